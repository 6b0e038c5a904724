// Group admin pages for the owner and admins (#/groups/{id}/admin[/tab]): review queue and link-help disputes,
// members and join requests, settings and invite, announcements and tips, audit log, appeals, safety score and a
// dry run of the content gate. Also #/me/appeals: a member's own appeals. Every text is a Text node (reported
// content such as "<script>" stays text); destructive actions ask for confirmation and a reason.
import { h, mount, uid } from '../dom.js';
import { del, get, post, put } from '../api.js';
import { dateTime, lang, register, t } from '../i18n.js';
import { actionButton, alertBox, empty, errorText, form, loading, section, session } from '../ui.js';
import { go } from '../nav.js';

const TABS = ['queue', 'members', 'settings', 'announcements', 'audit', 'appeals', 'safety', 'dry-run'];
const MUTE_OPTIONS = [10, 60, 1440, 4320, 10080, 43200];

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function short(id) {
  return String(id || '').slice(0, 8);
}

/** A name for a user id from the roster, or "成员 1a2b3c4d" when they are no longer in it. */
function nameOf(names, id) {
  if (!id) return t('admin.system');
  return names.get(String(id)) || t('admin.someone', { id: short(id) });
}

async function roster(gid) {
  const names = new Map();
  const members = [];
  let cursor = null;
  for (let page = 0; page < 10; page += 1) {
    const data = await get(`/api/groups/${gid}/members?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    for (const m of data.items || []) {
      members.push(m);
      names.set(String(m.userId), m.displayName);
    }
    cursor = data.nextCursor;
    if (!cursor) break;
  }
  return { names, members };
}

function muteSelect(id, value = 60) {
  return h('select', { id, name: 'minutes' },
    MUTE_OPTIONS.map((m) => h('option', { value: m, selected: m === value }, t(`admin.mute.${m}`))));
}

function findingType(type) {
  const key = `finding.${type}`;
  const text = t(key);
  return text === key ? type : text;
}

/** Findings from the review queue and audit log carry an English explanation; known rules get a Chinese one. */
function findingExplanation(f) {
  if (lang() !== 'en') {
    const key = `finding.rule.${f.rule}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return f.explanation;
}

function labelled(labelText, control, extraClass = '') {
  return h('div', { class: `field ${extraClass}` }, h('label', { for: control.id }, labelText), control);
}

/**
 * A modal confirmation (dialog#confirm-dialog): optional reason (textarea name=reason) and mute duration.
 * Resolves to {reason, minutes} or null when cancelled. Focus returns to the button that opened it.
 */
function ask({ title, message, confirm, danger = true, reason = false, reasonRequired = false, reasonValue = '', minutes = null }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const titleId = uid('dialog-title');
    const reasonId = uid('reason');
    const reasonInput = reason ? h('textarea', {
      id: reasonId, name: 'reason', rows: 3, maxlength: 500, required: reasonRequired || null,
      'aria-describedby': `${reasonId}-error`,
    }, reasonValue) : null;
    const reasonError = h('p', { class: 'field-error', id: `${reasonId}-error`, hidden: true });
    const minutesSelect = minutes ? muteSelect(uid('minutes'), minutes) : null;
    const ok = h('button', { type: 'submit', class: danger ? 'danger' : 'primary', id: 'confirm-ok' }, confirm);
    const cancel = h('button', { type: 'button', id: 'confirm-cancel' }, t('common.cancel'));
    const body = h('form', { method: 'dialog', class: 'form', novalidate: true },
      h('h2', { id: titleId }, title),
      message ? h('p', null, message) : null,
      minutesSelect ? labelled(t('admin.mute.duration'), minutesSelect) : null,
      reasonInput ? h('div', { class: 'field' },
        h('label', { for: reasonId }, reasonRequired ? t('admin.reason.required') : t('admin.reason.optional')),
        reasonInput, reasonError) : null,
      h('div', { class: 'actions' }, ok, cancel));
    const dialog = h('dialog', { id: 'confirm-dialog', class: 'admin-dialog', 'aria-labelledby': titleId }, body);
    let result = null;
    body.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = reasonInput ? reasonInput.value.trim() : '';
      if (reasonRequired && !text) {
        reasonError.textContent = t('admin.reason.missing');
        reasonError.hidden = false;
        reasonInput.setAttribute('aria-invalid', 'true');
        reasonInput.focus();
        return;
      }
      result = { reason: text, minutes: minutesSelect ? Number(minutesSelect.value) : null };
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && document.contains(opener)) opener.focus();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    (reasonInput || ok).focus();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The admin shell: title, tabs, success notice, then the tab's panel

async function adminPage(view, [gid, tab = 'queue']) {
  if (!session.me) return go(`/login?next=/groups/${gid}/admin${tab === 'queue' ? '' : `/${tab}`}`);
  loading(view);
  const group = await get(`/api/groups/${gid}`);
  const back = h('a', { href: `#/groups/${gid}`, id: 'back-to-feed' }, t('admin.backToFeed'));
  if (group.myRole !== 'OWNER' && group.myRole !== 'ADMIN') {
    mount(view, h('h1', null, group.name),
      h('div', { class: 'empty', id: 'admin-forbidden' },
        h('p', { role: 'alert' }, t('admin.forbidden')), back));
    return null;
  }
  if (!TABS.includes(tab)) {
    mount(view, h('div', { class: 'empty' }, h('h1', null, t('app.notFound')), back));
    return null;
  }
  const notice = h('p', { class: 'success', id: 'admin-notice', role: 'status', tabindex: '-1', hidden: true });
  const panel = h('div', { class: 'admin-panel', id: `admin-${tab}` });
  const ctx = {
    gid,
    group,
    owner: group.myRole === 'OWNER',
    me: String(session.me.id),
    notify(message) {
      notice.textContent = message;
      notice.hidden = false;
    },
    clear() {
      notice.hidden = true;
      notice.textContent = '';
    },
    names: null,
    async nameMap() {
      if (!this.names) this.names = roster(gid).then((r) => r.names).catch(() => new Map());
      return this.names;
    },
    rerender: () => adminPage(view, [gid, tab]),
  };
  const tabs = h('nav', { class: 'tabs admin-tabs', 'aria-label': t('admin.tabs') },
    TABS.map((name) => h('a', {
      href: `#/groups/${gid}/admin/${name}`, id: `tab-${name}`, 'aria-current': name === tab ? 'page' : null,
    }, t(`admin.tab.${name}`))),
    h('a', { href: `#/groups/${gid}/analytics`, id: 'tab-analytics' }, t('analytics.title')),
    h('a', { href: `#/groups/${gid}`, id: 'tab-feed', class: 'tab-back' }, t('admin.backToFeed')));
  mount(view,
    h('h1', null, t('admin.title', { name: group.name })),
    h('p', { class: 'muted admin-role' }, t(`admin.youAre.${group.myRole}`)),
    tabs, notice, panel);
  await RENDER[tab](panel, ctx);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Review queue and link-help disputes

const MESSAGE_ACTIONS = ['APPROVE', 'DELETE', 'WARN', 'MUTE', 'KICK', 'BAN'];
const MEMBER_ACTIONS = ['APPROVE', 'WARN', 'MUTE', 'KICK', 'BAN'];

async function queueTab(panel, ctx) {
  const list = h('ul', { class: 'list review-queue', id: 'review-queue' });
  const disputes = h('ul', { class: 'list', id: 'disputes' });
  mount(panel,
    section(t('admin.queue.title'), h('p', { class: 'hint' }, t('admin.queue.lead')), list),
    section(t('admin.disputes.title'), h('p', { class: 'hint' }, t('admin.disputes.lead')), disputes));
  mount(list, h('li', { class: 'loading' }, t('common.loading')));
  mount(disputes, h('li', { class: 'loading' }, t('common.loading')));
  const names = await ctx.nameMap();
  try {
    const { items } = await get(`/api/groups/${ctx.gid}/moderation/queue`);
    if (!items.length) mount(list, h('li', null, empty(t('admin.queue.empty'))));
    else mount(list, items.map((item) => reviewItem(item, ctx, names, list)));
  } catch (error) {
    mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }
  try {
    const { items } = await get(`/api/groups/${ctx.gid}/disputes`);
    if (!items.length) mount(disputes, h('li', null, empty(t('admin.disputes.empty'))));
    else mount(disputes, items.map((d) => disputeItem(d, ctx, names, disputes)));
  } catch (error) {
    mount(disputes, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

function stateTag(item) {
  if (item.target === 'MEMBER') return h('span', { class: 'tag tag-warn' }, t('admin.queue.memberCase'));
  if (item.held) return h('span', { class: 'tag tag-warn' }, t('admin.queue.held'));
  if (item.hidden) return h('span', { class: 'tag tag-warn' }, t('admin.queue.hidden'));
  return h('span', { class: 'tag' }, t('admin.queue.reported'));
}

function approveLabel(item) {
  if (item.target === 'MEMBER') return t('admin.act.APPROVE.member');
  if (item.held) return t('admin.act.APPROVE.held');
  if (item.hidden) return t('admin.act.APPROVE.hidden');
  return t('admin.act.APPROVE.visible');
}

function reviewItem(item, ctx, names, list) {
  const author = nameOf(names, item.subjectId);
  const message = item.message;
  const alert = alertBox();
  const reasonId = uid('review-reason');
  const reasonInput = h('input', { id: reasonId, name: 'reason', type: 'text', maxlength: 500, autocomplete: 'off' });
  const minutes = muteSelect(uid('review-minutes'));
  const done = h('p', { class: 'notice review-done', hidden: true });
  const reasons = Object.entries(item.reports?.reasons || {});
  const li = h('li', {
    class: 'review-item',
    dataset: { messageId: item.messageId || '', userId: item.subjectId, caseId: item.caseId },
  },
  h('div', { class: 'review-head' }, stateTag(item), ' ',
    h('span', { class: 'review-author' }, t('admin.queue.author', { name: author })), ' ',
    item.subjectTrust ? h('span', { class: 'tag' }, t('trust.level', { n: item.subjectTrust.level, label: t(`trust.L${item.subjectTrust.level}`) })) : null,
    h('span', { class: 'muted review-time' }, dateTime(item.openedAt))),
  message ? h('blockquote', { class: 'review-text pre' }, message.text || t('admin.queue.noText')) : null,
  message?.link ? h('p', { class: 'mono review-link' }, t('admin.queue.link'), ' ', message.link) : null,
  h('p', { class: 'review-reports' },
    item.reports?.count
      ? t('admin.queue.reports', { n: item.reports.count, trusted: item.reports.trusted })
      : t('admin.queue.noReports'),
    reasons.length ? h('span', { class: 'review-reasons' }, ' · ',
      reasons.map(([r, n]) => t('admin.queue.reason', { reason: t(`report.${r}`), n })).join('、')) : null),
  item.findings?.length ? h('ul', { class: 'findings' }, item.findings.map((f) => h('li', { class: 'finding' },
    h('span', { class: 'tag finding-type' }, findingType(f.type)), ' ',
    h('span', { class: 'finding-explanation' }, findingExplanation(f))))) : null,
  h('div', { class: 'review-controls' },
    labelled(t('admin.queue.reasonLabel'), reasonInput),
    labelled(t('admin.mute.duration'), minutes)),
  alert, done);

  const actions = h('div', { class: 'actions review-actions' });
  const kinds = item.target === 'MEMBER' || !item.messageId ? MEMBER_ACTIONS : MESSAGE_ACTIONS;
  for (const kind of kinds) {
    const label = kind === 'APPROVE' ? approveLabel(item) : t(`admin.act.${kind}`);
    const button = h('button', {
      type: 'button', 'data-action': kind,
      class: kind === 'APPROVE' ? 'primary' : (kind === 'KICK' || kind === 'BAN' || kind === 'DELETE') ? 'danger' : null,
    }, label);
    button.addEventListener('click', async () => {
      alert.clear();
      let reason = reasonInput.value.trim();
      if (kind === 'KICK' || kind === 'BAN') {
        const answer = await ask({
          title: t(`admin.confirm.${kind}.title`, { name: author }),
          message: t(`admin.confirm.${kind}.text`),
          confirm: t(`admin.act.${kind}`),
          reason: true, reasonRequired: true, reasonValue: reason,
        });
        if (!answer) return;
        reason = answer.reason;
      }
      if (!reason) reason = t(`admin.reason.default.${kind}`);
      const body = { action: kind, reason };
      if (item.messageId) body.messageId = item.messageId; else body.userId = item.subjectId;
      if (kind === 'MUTE') body.minutes = Number(minutes.value);
      button.disabled = true;
      try {
        const result = await post(`/api/groups/${ctx.gid}/moderation/actions`, body);
        let text = t(`admin.done.${kind}`, { name: author });
        if (result?.until) text += ` ${t('admin.done.until', { time: dateTime(result.until) })}`;
        if (kind === 'WARN' && result?.ladder?.consequence && result.ladder.consequence !== 'WARNING_ONLY') {
          text += ` ${t(`admin.done.ladder.${result.ladder.consequence}`, { n: result.ladder.warnings })}`;
        }
        // A decision on the message closes the case; a sanction on its author leaves the message to decide.
        const closes = kind === 'APPROVE' || kind === 'DELETE' || !item.messageId;
        if (closes) {
          li.remove();
          if (!list.querySelector('.review-item')) mount(list, h('li', null, empty(t('admin.queue.empty'))));
          ctx.notify(text);
        } else {
          done.textContent = `${text} ${t('admin.queue.stillOpen')}`;
          done.hidden = false;
          ctx.notify(text);
        }
        document.getElementById('admin-notice')?.focus();
      } catch (error) {
        alert.show(errorText(error));
      } finally {
        button.disabled = false;
      }
    });
    actions.append(button);
  }
  li.append(actions);
  return li;
}

function disputeItem(d, ctx, names, list) {
  const alert = alertBox();
  const noteId = uid('dispute-note');
  const noteError = h('p', { class: 'field-error', id: `${noteId}-error`, hidden: true });
  const note = h('input', { id: noteId, name: 'note', type: 'text', maxlength: 500, required: true, 'aria-describedby': `${noteId}-error` });
  const li = h('li', { class: 'dispute', dataset: { reportId: d.reportId, messageId: d.messageId } },
    h('p', null, t('admin.disputes.item', { helper: nameOf(names, d.helperId), requester: nameOf(names, d.requesterId) })),
    d.note ? h('blockquote', { class: 'pre' }, d.note) : null,
    h('p', { class: 'muted' }, dateTime(d.reportedAt)),
    h('div', { class: 'field' }, h('label', { for: noteId }, t('admin.disputes.note')), note, noteError),
    alert);
  const actions = h('div', { class: 'actions' });
  for (const decision of ['CONFIRM', 'REJECT']) {
    actions.append(actionButton(t(`admin.disputes.${decision}`), async () => {
      noteError.hidden = true;
      note.removeAttribute('aria-invalid');
      if (!note.value.trim()) {
        noteError.textContent = t('admin.disputes.noteMissing');
        noteError.hidden = false;
        note.setAttribute('aria-invalid', 'true');
        note.focus();
        return;
      }
      await post(`/api/groups/${ctx.gid}/disputes/${d.reportId}/resolve`, { decision, note: note.value.trim() });
      li.remove();
      if (!list.querySelector('.dispute')) mount(list, h('li', null, empty(t('admin.disputes.empty'))));
      ctx.notify(t(`admin.disputes.done.${decision}`));
    }, alert, { 'data-decision': decision, class: decision === 'CONFIRM' ? 'primary' : 'danger' }));
  }
  li.append(actions);
  return li;
}

// ---------------------------------------------------------------------------------------------------------------
// Members, join requests and recently banned members

async function membersTab(panel, ctx) {
  const requests = h('ul', { class: 'list', id: 'join-requests' });
  const members = h('ul', { class: 'list', id: 'members' });
  const banned = h('ul', { class: 'list', id: 'banned-members' });
  const alert = alertBox();
  mount(panel,
    section(t('admin.requests.title'), requests),
    section(t('admin.members.title'), alert, members),
    section(t('admin.banned.title'), h('p', { class: 'hint' }, t('admin.banned.lead')), banned));
  mount(members, h('li', { class: 'loading' }, t('common.loading')));
  const reload = () => membersTab(panel, ctx);

  try {
    const pending = await get(`/api/groups/${ctx.gid}/join-requests`);
    if (!pending.length) mount(requests, h('li', null, empty(t('admin.requests.empty'))));
    else {
      mount(requests, pending.map((r) => {
        const rowAlert = alertBox();
        return h('li', { class: 'join-request', dataset: { userId: r.userId } },
          h('p', null, h('strong', null, r.displayName), ' ', h('span', { class: 'muted' }, t('admin.requests.at', { time: dateTime(r.requestedAt) }))),
          rowAlert,
          h('div', { class: 'actions' },
            actionButton(t('admin.requests.approve'), async () => {
              await post(`/api/groups/${ctx.gid}/join-requests/${r.userId}/approve`, {});
              ctx.names = null;
              ctx.notify(t('admin.requests.approved', { name: r.displayName }));
              await reload();
            }, rowAlert, { class: 'primary', 'data-action': 'approve' }),
            actionButton(t('admin.requests.reject'), async () => {
              await post(`/api/groups/${ctx.gid}/join-requests/${r.userId}/reject`, {});
              ctx.notify(t('admin.requests.rejected', { name: r.displayName }));
              await reload();
            }, rowAlert, { class: 'danger', 'data-action': 'reject' })));
      }));
    }
  } catch (error) {
    mount(requests, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }

  let list;
  try {
    list = await roster(ctx.gid);
    ctx.names = Promise.resolve(list.names);
  } catch (error) {
    mount(members, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
    return;
  }
  const trust = await Promise.all(list.members.map((m) => get(`/api/groups/${ctx.gid}/members/${m.userId}/trust`).catch(() => null)));
  mount(members, list.members.map((m, i) => memberRow(m, trust[i], ctx, reload)));

  // Banned members are no longer in the roster; the audit log tells who was banned.
  try {
    const audit = await get(`/api/groups/${ctx.gid}/audit?limit=100`);
    const entries = audit.items || [];
    const overturned = new Set(entries.filter((e) => e.action === 'APPEAL_OVERTURNED' && e.causedBy).map((e) => String(e.causedBy)));
    const ids = [...new Set(entries.filter((e) => e.action === 'BAN' && e.targetUserId && !overturned.has(String(e.id)))
      .map((e) => String(e.targetUserId)))]
      .filter((id) => !list.names.has(id));
    if (!ids.length) mount(banned, h('li', null, empty(t('admin.banned.empty'))));
    else {
      mount(banned, ids.map((id) => {
        const rowAlert = alertBox();
        const li = h('li', { class: 'banned-member', dataset: { userId: id } },
          h('span', null, nameOf(list.names, id)), ' ', h('span', { class: 'tag' }, t('admin.status.BANNED')), rowAlert);
        li.append(h('div', { class: 'actions' }, actionButton(t('admin.member.unban'), async () => {
          try {
            await post(`/api/groups/${ctx.gid}/members/${id}/unban`, {});
          } catch (error) {
            if (error.code !== 'MEMBER_NOT_FOUND') throw error;
          }
          li.remove();
          ctx.notify(t('admin.member.done.unban', { name: nameOf(list.names, id) }));
        }, rowAlert, { 'data-action': 'unban' })));
        return li;
      }));
    }
  } catch (error) {
    mount(banned, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

function memberRow(m, trust, ctx, reload) {
  const id = String(m.userId);
  const self = id === ctx.me;
  const muted = m.mutedUntil && new Date(m.mutedUntil) > new Date();
  const canAct = !self && m.role !== 'OWNER' && (ctx.owner || m.role === 'MEMBER');
  const alert = alertBox();
  const li = h('li', { class: 'member', dataset: { userId: id, role: m.role } },
    h('div', { class: 'member-head' },
      h('strong', { class: 'member-name' }, m.displayName), self ? h('span', { class: 'muted' }, ` ${t('admin.member.you')}`) : null, ' ',
      h('span', { class: `tag role role-${m.role}` }, t(`admin.role.${m.role}`)), ' ',
      h('span', { class: `tag member-status${muted ? ' tag-warn' : ''}` },
        muted ? t('admin.status.MUTED', { time: dateTime(m.mutedUntil) }) : t('admin.status.ACTIVE')), ' ',
      h('span', { class: 'tag member-trust' }, trust ? t('trust.level', { n: trust.level, label: t(`trust.L${trust.level}`) }) : '—')),
    h('p', { class: 'muted member-since' }, t('admin.member.joined', { time: dateTime(m.joinedAt) })),
    alert);
  if (!canAct && !(ctx.owner && !self)) return li;
  const actions = h('div', { class: 'actions member-actions' });
  const run = (label, action, attrs) => actionButton(label, action, alert, attrs);
  const name = m.displayName;
  if (canAct) {
    const minutes = muteSelect(uid('member-minutes'));
    actions.append(h('span', { class: 'inline-field' }, h('label', { for: minutes.id }, t('admin.mute.duration')), minutes));
    actions.append(run(t('admin.member.mute'), async () => {
      const result = await post(`/api/groups/${ctx.gid}/members/${id}/mute`, { minutes: Number(minutes.value), reason: '' });
      ctx.notify(`${t('admin.member.done.mute', { name })} ${t('admin.done.until', { time: dateTime(result.mutedUntil) })}`);
      await reload();
    }, { 'data-action': 'mute' }));
    if (muted) {
      actions.append(run(t('admin.member.unmute'), async () => {
        await post(`/api/groups/${ctx.gid}/members/${id}/unmute`, {});
        ctx.notify(t('admin.member.done.unmute', { name }));
        await reload();
      }, { 'data-action': 'unmute' }));
    }
    for (const kind of ['kick', 'ban']) {
      actions.append(run(t(`admin.member.${kind}`), async () => {
        const answer = await ask({
          title: t(`admin.confirm.${kind.toUpperCase()}.title`, { name }),
          message: t(`admin.confirm.${kind.toUpperCase()}.text`),
          confirm: t(`admin.member.${kind}`), reason: true, reasonRequired: true,
        });
        if (!answer) return;
        await post(`/api/groups/${ctx.gid}/members/${id}/${kind}`, { reason: answer.reason });
        ctx.names = null;
        ctx.notify(t(`admin.member.done.${kind}`, { name }));
        await reload();
      }, { 'data-action': kind, class: 'danger' }));
    }
  }
  if (ctx.owner && !self) {
    if (m.role === 'MEMBER') {
      actions.append(run(t('admin.member.promote'), async () => {
        await post(`/api/groups/${ctx.gid}/members/${id}/promote`, {});
        ctx.notify(t('admin.member.done.promote', { name }));
        await reload();
      }, { 'data-action': 'promote' }));
    } else if (m.role === 'ADMIN') {
      actions.append(run(t('admin.member.demote'), async () => {
        await post(`/api/groups/${ctx.gid}/members/${id}/demote`, {});
        ctx.notify(t('admin.member.done.demote', { name }));
        await reload();
      }, { 'data-action': 'demote' }));
    }
    actions.append(run(t('admin.member.transfer'), async () => {
      const answer = await ask({
        title: t('admin.confirm.transfer.title', { name }), message: t('admin.confirm.transfer.text'),
        confirm: t('admin.member.transfer'),
      });
      if (!answer) return;
      await post(`/api/groups/${ctx.gid}/members/${id}/transfer-ownership`, {});
      await ctx.rerender();
      document.getElementById('admin-notice')?.replaceChildren(t('admin.member.done.transfer', { name }));
      document.getElementById('admin-notice')?.removeAttribute('hidden');
    }, { 'data-action': 'transfer' }));
  }
  li.append(actions);
  return li;
}

// ---------------------------------------------------------------------------------------------------------------
// Settings, posting policy and invite

function withPlainFields(error) {
  // "linkAllowlist[2]" belongs under the allowlist field.
  if (error?.fields) error.fields = error.fields.map((f) => ({ ...f, field: String(f.field || '').replace(/\[\d+\]$/, '') }));
  return error;
}

async function settingsTab(panel, ctx) {
  const g = ctx.group;
  const settings = form({
    id: 'group-settings-form',
    fields: [
      { name: 'name', label: t('admin.settings.name'), value: g.name, required: true, hint: t('admin.settings.nameHint'), attrs: { maxlength: 40 } },
      { name: 'description', label: t('admin.settings.description'), type: 'textarea', value: g.description, hint: t('admin.settings.descriptionHint') },
      { name: 'rules', label: t('admin.settings.rules'), type: 'textarea', rows: 8, value: g.rules, required: true, hint: t('admin.settings.rulesHint', { v: g.rulesVersion }) },
      { name: 'capacity', label: t('admin.settings.capacity'), type: 'number', value: g.capacity, hint: t('admin.settings.capacityHint', { n: g.memberCount }), attrs: { min: 2, max: 5000, inputmode: 'numeric' } },
      { name: 'joinApproval', label: t('admin.settings.joinApproval'), type: 'checkbox', value: g.joinApproval },
      { name: 'linkAllowlist', label: t('admin.settings.linkAllowlist'), type: 'textarea', value: (g.linkAllowlist || []).join('\n'), hint: t('admin.settings.linkAllowlistHint') },
    ],
    submit: t('common.save'),
    onSubmit: async (v) => {
      const capacity = v.capacity.trim() === '' ? null : Number(v.capacity);
      try {
        ctx.group = await put(`/api/groups/${ctx.gid}`, {
          name: v.name, description: v.description, rules: v.rules,
          capacity: Number.isInteger(capacity) ? capacity : -1,
          joinApproval: v.joinApproval,
          linkAllowlist: v.linkAllowlist.split(/[\s,，]+/).map((d) => d.trim()).filter(Boolean),
        });
      } catch (error) {
        throw withPlainFields(error);
      }
      ctx.notify(t('admin.settings.saved', { v: ctx.group.rulesVersion }));
      document.getElementById('admin-notice')?.focus();
    },
  });

  const policyNote = h('p', { class: 'hint' }, ctx.owner ? t('admin.policies.lead') : t('admin.policies.ownerOnly'));
  const policyBox = h('div', null, h('p', { class: 'loading' }, t('common.loading')));

  const code = h('span', { class: 'mono', id: 'invite-code' }, g.inviteCode);
  const linkInput = h('input', { id: 'invite-link', type: 'text', readonly: true, value: g.inviteLink });
  const qr = h('img', {
    id: 'invite-qr', class: 'invite-qr', width: 200, height: 200, alt: t('admin.invite.qrAlt'),
    src: `/api/groups/${ctx.gid}/invite/qr.png?size=320&v=${encodeURIComponent(g.inviteCode)}`,
  });
  const inviteAlert = alertBox();
  const copy = actionButton(t('admin.invite.copy'), async () => {
    await navigator.clipboard.writeText(linkInput.value);
    ctx.notify(t('admin.invite.copied'));
  }, inviteAlert, { id: 'copy-invite' });
  const rotate = actionButton(t('admin.invite.rotate'), async () => {
    const answer = await ask({ title: t('admin.invite.rotateTitle'), message: t('admin.invite.rotateText'), confirm: t('admin.invite.rotate') });
    if (!answer) return;
    const invite = await post(`/api/groups/${ctx.gid}/invite/rotate`, {});
    ctx.group = { ...ctx.group, inviteCode: invite.inviteCode, inviteLink: invite.inviteLink };
    code.textContent = invite.inviteCode;
    linkInput.value = invite.inviteLink;
    qr.setAttribute('src', `/api/groups/${ctx.gid}/invite/qr.png?size=320&v=${encodeURIComponent(invite.inviteCode)}`);
    ctx.notify(t('admin.invite.rotated'));
  }, inviteAlert, { id: 'rotate-invite', class: 'danger' });

  mount(panel,
    section(t('admin.settings.title'), settings),
    section(t('admin.policies.title'), policyNote, policyBox),
    section(t('admin.invite.title'),
      h('p', { class: 'hint' }, t('admin.invite.lead')),
      inviteAlert,
      h('dl', { class: 'facts' }, h('dt', null, t('admin.invite.code')), h('dd', null, code)),
      labelled(t('admin.invite.link'), linkInput),
      h('div', { class: 'invite-qr-box' }, qr),
      h('div', { class: 'actions' }, copy, rotate)));

  try {
    const p = await get(`/api/groups/${ctx.gid}/policies`);
    const policies = form({
      id: 'policies-form',
      fields: [
        { name: 'helpBeforePost', label: t('admin.policies.helpBeforePost'), type: 'number', value: p.helpBeforePost ?? 0, hint: t('admin.policies.helpBeforePostHint'), attrs: { min: 0, max: 100, inputmode: 'numeric', disabled: !ctx.owner } },
        { name: 'maxPostsPerDay', label: t('admin.policies.maxPostsPerDay'), type: 'number', value: p.maxPostsPerDay ?? 0, hint: t('admin.policies.maxPostsPerDayHint'), attrs: { min: 0, max: 100, inputmode: 'numeric', disabled: !ctx.owner } },
        { name: 'balanceFloor', label: t('admin.policies.balanceFloor'), type: 'number', value: p.balanceFloor ?? '', hint: t('admin.policies.balanceFloorHint'), attrs: { min: -10000, max: 10000, disabled: !ctx.owner } },
      ],
      submit: t('common.save'),
      onSubmit: async (v) => {
        const num = (s) => (String(s).trim() === '' ? null : Number(s));
        await put(`/api/groups/${ctx.gid}/policies`, {
          helpBeforePost: num(v.helpBeforePost) ?? 0,
          maxPostsPerDay: num(v.maxPostsPerDay) ?? 0,
          balanceFloor: num(v.balanceFloor),
        });
        ctx.notify(t('admin.policies.saved'));
        document.getElementById('admin-notice')?.focus();
      },
    });
    if (!ctx.owner) policies.querySelector('button[type="submit"]').disabled = true;
    mount(policyBox, policies);
  } catch (error) {
    mount(policyBox, h('p', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Announcements and tips

async function boardTab(panel, ctx) {
  const announcements = h('ul', { class: 'list board-list', id: 'announcements' });
  const tips = h('ul', { class: 'list board-list', id: 'tips' });
  const board = (kind, path, list, formId) => {
    const load = async () => {
      mount(list, h('li', { class: 'loading' }, t('common.loading')));
      try {
        const items = await get(`/api/groups/${ctx.gid}/${path}`);
        if (!items.length) {
          mount(list, h('li', null, empty(t(`admin.board.${kind}.empty`))));
          return;
        }
        mount(list, items.map((item) => {
          const alert = alertBox();
          return h('li', { class: `board-item ${kind}`, dataset: { itemId: item.id } },
            h('h3', { class: 'board-title' }, item.title, item.pinned ? h('span', { class: 'tag' }, ` ${t('admin.board.pinned')}`) : null),
            h('p', { class: 'pre' }, item.body),
            h('p', { class: 'muted' }, t('admin.board.by', { name: item.authorName, time: dateTime(item.createdAt) })),
            alert,
            h('div', { class: 'actions' }, actionButton(t('admin.board.delete'), async () => {
              const answer = await ask({ title: t('admin.board.deleteTitle', { title: item.title }), confirm: t('admin.board.delete') });
              if (!answer) return;
              await del(`/api/groups/${ctx.gid}/${path}/${item.id}`);
              ctx.notify(t('admin.board.deleted'));
              await load();
            }, alert, { class: 'danger', 'data-action': 'delete' })));
        }));
      } catch (error) {
        mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
      }
    };
    const f = form({
      id: formId,
      fields: [
        { name: 'title', label: t('admin.board.titleLabel'), required: true, attrs: { maxlength: 100 } },
        { name: 'body', label: t('admin.board.body'), type: 'textarea', rows: 4, required: true, attrs: { maxlength: 2000 } },
        { name: 'pinned', label: t('admin.board.pin'), type: 'checkbox', value: false },
      ],
      submit: t(`admin.board.${kind}.submit`),
      onSubmit: async (v) => {
        await post(`/api/groups/${ctx.gid}/${path}`, { title: v.title.trim(), body: v.body.trim(), pinned: v.pinned });
        f.reset();
        ctx.notify(t(`admin.board.${kind}.posted`));
        await load();
      },
    });
    return { form: f, load };
  };
  const a = board('announcement', 'announcements', announcements, 'announcement-form');
  const tp = board('tip', 'tips', tips, 'tip-form');
  mount(panel,
    section(t('admin.board.announcement.title'), h('p', { class: 'hint' }, t('admin.board.announcement.lead')), a.form, announcements),
    section(t('admin.board.tip.title'), h('p', { class: 'hint' }, t('admin.board.tip.lead')), tp.form, tips));
  await Promise.all([a.load(), tp.load()]);
}

// ---------------------------------------------------------------------------------------------------------------
// Audit log

async function auditTab(panel, ctx) {
  const list = h('ul', { class: 'list', id: 'audit-log' });
  const alert = alertBox();
  const more = h('button', { type: 'button', id: 'audit-more', hidden: true }, t('admin.audit.more'));
  mount(panel, section(t('admin.audit.title'), h('p', { class: 'hint' }, t('admin.audit.lead')), alert, list, h('div', { class: 'actions' }, more)));
  const names = await ctx.nameMap();
  let before = null;
  const load = async () => {
    alert.clear();
    more.disabled = true;
    try {
      const page = await get(`/api/groups/${ctx.gid}/audit?limit=50${before !== null ? `&before=${before}` : ''}`);
      if (before === null && !page.items.length) mount(list, h('li', null, empty(t('admin.audit.empty'))));
      else list.append(...page.items.map((e) => auditEntry(e, names)));
      before = page.next ?? null;
      more.hidden = before === null;
    } catch (error) {
      alert.show(errorText(error));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  await load();
}

function auditEntry(e, names) {
  return h('li', { class: 'audit-entry', dataset: { entryId: e.id, action: e.action } },
    h('div', { class: 'audit-head' },
      h('time', { class: 'audit-time', datetime: e.at }, dateTime(e.at)), ' ',
      h('span', { class: `tag audit-action action-${e.action}` }, t(`audit.${e.action}`))),
    h('p', { class: 'audit-who' },
      h('span', { class: 'audit-actor' }, t('admin.audit.actor', { name: e.actorId ? nameOf(names, e.actorId) : t('admin.system') })),
      e.targetUserId ? h('span', { class: 'audit-target' }, ' → ', t('admin.audit.target', { name: nameOf(names, e.targetUserId) })) : null,
      e.messageId ? h('span', { class: 'muted' }, ' ', t('admin.audit.message', { id: short(e.messageId) })) : null),
    e.reason ? h('p', { class: 'audit-reason pre' }, t('admin.audit.reason'), e.reason) : null,
    e.until ? h('p', { class: 'muted' }, t('admin.audit.until', { time: dateTime(e.until) })) : null,
    e.findings?.length ? h('ul', { class: 'findings' }, e.findings.map((f) => h('li', { class: 'finding' },
      h('span', { class: 'tag finding-type' }, findingType(f.type)), ' ', findingExplanation(f)))) : null,
    h('p', { class: 'muted mono audit-id' }, t('admin.audit.id', { id: e.id })));
}

// ---------------------------------------------------------------------------------------------------------------
// Appeals

async function appealsTab(panel, ctx) {
  const list = h('ul', { class: 'list', id: 'appeals' });
  mount(panel, section(t('admin.appeals.title'), h('p', { class: 'hint' }, t('admin.appeals.lead')), list));
  mount(list, h('li', { class: 'loading' }, t('common.loading')));
  const names = await ctx.nameMap();
  try {
    const { items } = await get(`/api/groups/${ctx.gid}/appeals`);
    if (!items.length) mount(list, h('li', null, empty(t('admin.appeals.empty'))));
    else mount(list, items.map((a) => appealItem(a, ctx, names)));
  } catch (error) {
    mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

function appealFacts(a, names) {
  return [
    h('div', { class: 'appeal-head' },
      h('span', { class: `tag appeal-status status-${a.status}` }, t(`appeal.status.${a.status}`)), ' ',
      h('strong', null, t('appeal.against', { action: t(`audit.${a.action}`) })), ' ',
      h('span', { class: 'muted' }, dateTime(a.createdAt))),
    names ? h('p', null, t('appeal.appellant', { name: nameOf(names, a.appellantId) })) : null,
    a.actionReason ? h('p', { class: 'pre' }, t('appeal.actionReason'), a.actionReason) : null,
    h('blockquote', { class: 'pre appeal-text' }, a.text),
    a.status !== 'OPEN' ? h('p', { class: 'appeal-decision pre' },
      t('appeal.decided', { time: dateTime(a.decidedAt) }), names && a.decidedBy ? ` (${nameOf(names, a.decidedBy)})` : '', ' ',
      a.decisionNote || '') : null,
  ];
}

function appealItem(a, ctx, names) {
  const li = h('li', { class: 'appeal', dataset: { appealId: a.id, status: a.status } }, appealFacts(a, names));
  if (a.status !== 'OPEN') return li;
  const alert = alertBox();
  const noteId = uid('appeal-note');
  const noteError = h('p', { class: 'field-error', id: `${noteId}-error`, hidden: true });
  const note = h('textarea', { id: noteId, name: 'note', rows: 2, maxlength: 1000, required: true, 'aria-describedby': `${noteId}-error` });
  li.append(h('div', { class: 'field' }, h('label', { for: noteId }, t('admin.appeals.note')), note, noteError), alert);
  const actions = h('div', { class: 'actions' });
  for (const decision of ['OVERTURN', 'UPHOLD']) {
    actions.append(actionButton(t(`admin.appeals.${decision}`), async () => {
      noteError.hidden = true;
      note.removeAttribute('aria-invalid');
      if (!note.value.trim()) {
        noteError.textContent = t('admin.appeals.noteMissing');
        noteError.hidden = false;
        note.setAttribute('aria-invalid', 'true');
        note.focus();
        return;
      }
      const decided = await post(`/api/appeals/${a.id}/decision`, { decision, note: note.value.trim() });
      li.replaceWith(appealItem(decided, ctx, names));
      ctx.notify(t(`admin.appeals.done.${decision}`));
    }, alert, { 'data-decision': decision, class: decision === 'OVERTURN' ? 'primary' : null }));
  }
  li.append(actions);
  return li;
}

// ---------------------------------------------------------------------------------------------------------------
// Safety score and dry run

async function safetyTab(panel, ctx) {
  const box = h('div', { id: 'safety-score' }, h('p', { class: 'loading' }, t('common.loading')));
  mount(panel, section(t('admin.safety.title'), h('p', { class: 'hint' }, t('admin.safety.lead')), box));
  try {
    const s = await get(`/api/groups/${ctx.gid}/safety-score`);
    const en = lang() === 'en';
    mount(box,
      h('p', { class: 'safety-total' }, h('span', { id: 'safety-score-value', class: 'safety-value' }, String(s.score)), ' / 100'),
      h('meter', { min: 0, max: 100, low: 50, high: 80, optimum: 100, value: s.score, 'aria-label': t('admin.safety.total') }),
      h('ul', { class: 'list safety-components' }, s.components.map((c) => h('li', { class: 'safety-component', dataset: { name: c.name } },
        h('div', { class: 'safety-row' },
          h('strong', null, t(`safety.c.${c.name}`)),
          h('span', { class: 'safety-points' }, t('admin.safety.points', { points: Number(c.points).toFixed(1), weight: c.weight }))),
        h('meter', { min: 0, max: c.weight, value: c.points, 'aria-label': t(`safety.c.${c.name}`) }),
        h('p', { class: 'safety-explanation' }, en ? c.explanationEn : c.explanationZh)))));
  } catch (error) {
    mount(box, h('p', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

async function dryRunTab(panel, ctx) {
  const result = h('div', { id: 'dry-run-result', 'aria-live': 'polite' });
  const f = form({
    id: 'dry-run-form',
    fields: [{ name: 'text', label: t('admin.dry.text'), type: 'textarea', rows: 5, required: true, hint: t('admin.dry.hint'), attrs: { maxlength: 4000 } }],
    submit: t('admin.dry.submit'),
    onSubmit: async (v) => {
      const text = v.text;
      const r = await post('/api/safety/check', { text, groupId: ctx.gid });
      const en = lang() === 'en';
      mount(result,
        h('p', { class: `dry-verdict verdict-${r.verdict}`, id: 'dry-run-verdict', dataset: { verdict: r.verdict } },
          h('strong', null, t('admin.dry.verdict')), ' ', t(`verdict.${r.verdict}`)),
        h('p', { class: 'hint' }, t(`verdict.${r.verdict}.explain`)),
        r.findings.length
          ? h('ul', { class: 'list findings dry-findings' }, r.findings.map((fd) => h('li', { class: 'finding', dataset: { type: fd.type, action: fd.action } },
            h('span', { class: 'tag finding-type' }, findingType(fd.type)), ' ',
            h('span', { class: 'tag' }, t(`verdict.${fd.action}`)), ' ',
            h('span', { class: 'finding-span' }, t('admin.dry.span', { start: fd.start + 1, end: fd.end })), ' ',
            h('q', { class: 'mono' }, text.slice(fd.start, fd.end)),
            h('p', { class: 'finding-explanation' }, en ? fd.explanationEn : fd.explanationZh),
            h('p', { class: 'muted mono' }, t('admin.dry.rule', { rule: fd.rule })))))
          : h('p', null, t('admin.dry.noFindings')),
        h('h3', null, t('admin.dry.masked')),
        h('pre', { class: 'pre dry-masked', id: 'dry-run-masked' }, r.masked),
        h('p', { class: 'muted' }, t('admin.dry.notPosted')));
    },
  });
  mount(panel, section(t('admin.dry.title'), h('p', { class: 'hint' }, t('admin.dry.lead')), f, result));
}

const RENDER = {
  queue: queueTab, members: membersTab, settings: settingsTab, announcements: boardTab,
  audit: auditTab, appeals: appealsTab, safety: safetyTab, 'dry-run': dryRunTab,
};

// ---------------------------------------------------------------------------------------------------------------
// My appeals

async function myAppeals(view) {
  if (!session.me) return go('/login?next=/me/appeals');
  const entry = new URLSearchParams(location.hash.split('?')[1] || '').get('entry') || '';
  const list = h('ul', { class: 'list', id: 'my-appeals' });
  const notice = h('p', { class: 'success', id: 'appeal-notice', role: 'status', tabindex: '-1', hidden: true });
  const groups = new Map();
  const load = async () => {
    mount(list, h('li', { class: 'loading' }, t('common.loading')));
    try {
      const { items } = await get('/api/me/appeals');
      if (!items.length) {
        mount(list, h('li', null, empty(t('me.appeals.empty'))));
        return;
      }
      mount(list, items.map((a) => h('li', { class: 'appeal', dataset: { appealId: a.id, status: a.status } },
        h('p', null, groups.has(String(a.groupId))
          ? h('a', { href: `#/groups/${a.groupId}` }, groups.get(String(a.groupId)))
          : t('me.appeals.group', { id: short(a.groupId) })),
        appealFacts(a, null))));
    } catch (error) {
      mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
    }
  };
  const appealForm = form({
    id: 'appeal-form',
    fields: [
      { name: 'auditEntryId', label: t('me.appeals.entry'), value: entry, required: true, hint: t('me.appeals.entryHint'), attrs: { autocomplete: 'off', spellcheck: 'false' } },
      { name: 'text', label: t('me.appeals.text'), type: 'textarea', rows: 4, required: true, hint: t('me.appeals.textHint'), attrs: { maxlength: 2000 } },
    ],
    submit: t('me.appeals.submit'),
    onSubmit: async (v) => {
      const id = v.auditEntryId.trim();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
        throw { fields: [{ field: 'auditEntryId', reason: 'FORMAT' }] };
      }
      await post('/api/appeals', { auditEntryId: id, text: v.text.trim() });
      appealForm.reset();
      notice.textContent = t('me.appeals.filed');
      notice.hidden = false;
      notice.focus();
      await load();
    },
  });
  mount(view, h('h1', null, t('me.appeals.title')),
    notice,
    section(t('me.appeals.new'), h('p', { class: 'hint' }, t('me.appeals.lead')), appealForm),
    section(t('me.appeals.list'), list),
    h('p', null, h('a', { href: '#/me' }, t('me.appeals.back'))));
  try {
    for (const g of await get('/api/groups/mine')) groups.set(String(g.id), g.name);
  } catch {
    // Names are a nicety; the list still shows.
  }
  await load();
  return null;
}

export const routes = [
  { path: /^\/groups\/([^/]+)\/admin$/, render: (view, [gid]) => adminPage(view, [gid, 'queue']) },
  { path: /^\/groups\/([^/]+)\/admin\/([a-z-]+)$/, render: adminPage },
  { path: /^\/me\/appeals$/, render: myAppeals },
];

register({
  'zh-CN': {
    'admin.title': '{name} · 群管理', 'admin.tabs': '管理页面', 'admin.backToFeed': '← 回到群聊',
    'admin.youAre.OWNER': '你是本群群主', 'admin.youAre.ADMIN': '你是本群管理员',
    'admin.forbidden': '只有本群的群主和管理员可以进入管理页面。如果你需要处理某条消息,可以在群里举报它。',
    'admin.tab.queue': '待审核', 'admin.tab.members': '成员', 'admin.tab.settings': '设置', 'admin.tab.announcements': '公告与贴士',
    'admin.tab.audit': '操作记录', 'admin.tab.appeals': '申诉', 'admin.tab.safety': '安全分', 'admin.tab.dry-run': '内容检测',
    'admin.system': '系统自动', 'admin.someone': '成员 {id}',
    'admin.mute.duration': '禁言时长', 'admin.mute.10': '10 分钟', 'admin.mute.60': '1 小时', 'admin.mute.1440': '1 天',
    'admin.mute.4320': '3 天', 'admin.mute.10080': '7 天', 'admin.mute.43200': '30 天',
    'admin.reason.required': '理由(必填,会记入操作记录,对方可以看到并申诉)', 'admin.reason.optional': '理由(选填)',
    'admin.reason.missing': '请写下理由。',
    'admin.reason.default.APPROVE': '管理员审核通过', 'admin.reason.default.DELETE': '违反群规,已删除',
    'admin.reason.default.WARN': '违反群规,给予警告', 'admin.reason.default.MUTE': '违反群规,暂时禁言',
    'admin.reason.default.KICK': '违反群规,移出本群', 'admin.reason.default.BAN': '严重违反群规,封禁',
    'admin.queue.title': '待审核', 'admin.queue.lead': '被系统暂扣或被成员举报的内容,最早的在最前。处理后会从队列里移走,并记入操作记录。',
    'admin.queue.empty': '队列是空的:没有待处理的举报或暂扣消息。',
    'admin.queue.memberCase': '成员被举报', 'admin.queue.held': '已暂扣(未公开)', 'admin.queue.hidden': '已被举报隐藏', 'admin.queue.reported': '被举报(仍可见)',
    'admin.queue.author': '发送者:{name}', 'admin.queue.noText': '(这条消息没有文字)', 'admin.queue.link': '链接:',
    'admin.queue.reports': '被举报 {n} 次(其中可信成员 {trusted} 次)', 'admin.queue.noReports': '没有举报,由安全检测暂扣',
    'admin.queue.reason': '{reason} ×{n}', 'admin.queue.reasonLabel': '处理理由(选填,不填用默认理由)',
    'admin.queue.stillOpen': '这条消息还需要你决定:通过或删除。',
    'admin.act.APPROVE.held': '通过并发布', 'admin.act.APPROVE.hidden': '恢复显示', 'admin.act.APPROVE.visible': '驳回举报',
    'admin.act.APPROVE.member': '驳回举报', 'admin.act.DELETE': '删除消息', 'admin.act.WARN': '警告',
    'admin.act.MUTE': '禁言', 'admin.act.KICK': '移出群', 'admin.act.BAN': '封禁',
    'admin.done.APPROVE': '已处理:{name} 的内容已通过。', 'admin.done.DELETE': '已删除 {name} 的消息。',
    'admin.done.WARN': '已警告 {name}。', 'admin.done.MUTE': '已禁言 {name}。', 'admin.done.KICK': '已把 {name} 移出本群。',
    'admin.done.BAN': '已封禁 {name}。', 'admin.done.until': '到 {time} 为止。',
    'admin.done.ladder.MUTE': '这是 30 天内第 {n} 次警告,按警告阶梯自动禁言。', 'admin.done.ladder.BAN': '这是 30 天内第 {n} 次警告,按警告阶梯自动封禁。',
    'admin.confirm.KICK.title': '把 {name} 移出本群?', 'admin.confirm.KICK.text': '对方会被移出,但以后仍可以凭邀请码重新加入。',
    'admin.confirm.BAN.title': '封禁 {name}?', 'admin.confirm.BAN.text': '对方会被移出并且不能再加入,直到你解除封禁。对方可以申诉。',
    'admin.confirm.transfer.title': '把群主转让给 {name}?', 'admin.confirm.transfer.text': '转让后你会成为管理员,不能再改群规和发帖规则,也不能撤销转让。',
    'admin.disputes.title': '链接互助争议', 'admin.disputes.lead': '有人说帮了忙,发起人却不认可。请看过聊天记录后决定是否记入互助账本。',
    'admin.disputes.empty': '没有待处理的争议。', 'admin.disputes.item': '{helper} 说帮了 {requester} 的链接助力,{requester} 不认可。',
    'admin.disputes.note': '处理说明(必填)', 'admin.disputes.noteMissing': '请写下处理说明。',
    'admin.disputes.CONFIRM': '认可,记入账本', 'admin.disputes.REJECT': '不认可',
    'admin.disputes.done.CONFIRM': '已认可,这次帮忙已记入账本。', 'admin.disputes.done.REJECT': '已处理:不记入账本。',
    'admin.requests.title': '加入申请', 'admin.requests.empty': '没有待审批的加入申请。', 'admin.requests.at': '{time} 申请',
    'admin.requests.approve': '同意', 'admin.requests.reject': '拒绝',
    'admin.requests.approved': '已同意 {name} 加入。', 'admin.requests.rejected': '已拒绝 {name} 的申请。',
    'admin.members.title': '成员', 'admin.member.you': '(你)', 'admin.member.joined': '{time} 加入',
    'admin.role.OWNER': '群主', 'admin.role.ADMIN': '管理员', 'admin.role.MEMBER': '成员',
    'admin.status.ACTIVE': '正常', 'admin.status.MUTED': '禁言中,到 {time}', 'admin.status.BANNED': '已封禁',
    'admin.member.mute': '禁言', 'admin.member.unmute': '解除禁言', 'admin.member.kick': '移出群', 'admin.member.ban': '封禁',
    'admin.member.unban': '解除封禁', 'admin.member.promote': '设为管理员', 'admin.member.demote': '取消管理员', 'admin.member.transfer': '转让群主',
    'admin.member.done.mute': '已禁言 {name}。', 'admin.member.done.unmute': '已解除 {name} 的禁言。', 'admin.member.done.kick': '已把 {name} 移出本群。',
    'admin.member.done.ban': '已封禁 {name}。', 'admin.member.done.unban': '已解除 {name} 的封禁,对方可以重新加入。',
    'admin.member.done.promote': '{name} 现在是管理员。', 'admin.member.done.demote': '{name} 不再是管理员。', 'admin.member.done.transfer': '群主已转让给 {name}。',
    'admin.banned.title': '已封禁的人', 'admin.banned.lead': '根据最近的操作记录列出;解除封禁后对方可以凭邀请码重新加入。', 'admin.banned.empty': '最近没有封禁过任何人。',
    'admin.settings.title': '群资料与群规', 'admin.settings.name': '群名称', 'admin.settings.nameHint': '1–40 个字',
    'admin.settings.description': '群介绍', 'admin.settings.descriptionHint': '最多 500 字,加入前就能看到',
    'admin.settings.rules': '群规', 'admin.settings.rulesHint': '当前是第 {v} 版;修改后成员需要重新确认',
    'admin.settings.capacity': '人数上限', 'admin.settings.capacityHint': '2–5000 人,现在有 {n} 人',
    'admin.settings.joinApproval': '加入需要管理员同意', 'admin.settings.linkAllowlist': '允许的链接域名',
    'admin.settings.linkAllowlistHint': '每行一个,例如 pinduoduo.com;其他域名的链接会被暂扣审核', 'admin.settings.saved': '已保存。群规现在是第 {v} 版。',
    'admin.policies.title': '发帖规则', 'admin.policies.lead': '填 0 表示不限制。', 'admin.policies.ownerOnly': '只有群主可以修改发帖规则,你可以查看。',
    'admin.policies.helpBeforePost': '先帮别人几次才能发求助', 'admin.policies.helpBeforePostHint': '0–100 次,0 为不要求',
    'admin.policies.maxPostsPerDay': '每人每天最多发几条求助', 'admin.policies.maxPostsPerDayHint': '0–100 条,0 为不限',
    'admin.policies.balanceFloor': '互助余额下限', 'admin.policies.balanceFloorHint': '余额低于它的人求助排在后面(不会被禁止);留空为不启用',
    'admin.policies.saved': '发帖规则已保存。',
    'admin.invite.title': '邀请', 'admin.invite.lead': '把邀请链接或二维码发给想加入的人。换新邀请码后,旧的链接和二维码立即失效。',
    'admin.invite.code': '邀请码', 'admin.invite.link': '邀请链接', 'admin.invite.qrAlt': '本群的邀请二维码',
    'admin.invite.copy': '复制链接', 'admin.invite.copied': '邀请链接已复制。', 'admin.invite.rotate': '换新邀请码',
    'admin.invite.rotateTitle': '换一个新的邀请码?', 'admin.invite.rotateText': '旧的邀请码、链接和二维码会立即失效,已经在群里的人不受影响。',
    'admin.invite.rotated': '已换新邀请码,旧的已失效。',
    'admin.board.announcement.title': '群公告', 'admin.board.announcement.lead': '公告显示在群聊顶部,置顶的排在最前。',
    'admin.board.announcement.empty': '还没有公告。在上面写一条,让大家知道群里的新消息。', 'admin.board.announcement.submit': '发布公告',
    'admin.board.announcement.posted': '公告已发布。',
    'admin.board.tip.title': '互助小贴士', 'admin.board.tip.lead': '教新成员怎么助力、怎么识别骗局。',
    'admin.board.tip.empty': '还没有小贴士。写一条帮新成员上手吧。', 'admin.board.tip.submit': '发布贴士', 'admin.board.tip.posted': '贴士已发布。',
    'admin.board.titleLabel': '标题', 'admin.board.body': '内容', 'admin.board.pin': '置顶', 'admin.board.pinned': '置顶',
    'admin.board.by': '{name} · {time}', 'admin.board.delete': '删除', 'admin.board.deleteTitle': '删除“{title}”?', 'admin.board.deleted': '已删除。',
    'admin.audit.title': '操作记录', 'admin.audit.lead': '本群的每一次管理操作(包括系统自动处理),最新的在最前。记录不可修改。',
    'admin.audit.empty': '还没有任何管理操作。', 'admin.audit.more': '加载更早的记录',
    'admin.audit.actor': '操作人:{name}', 'admin.audit.target': '对象:{name}', 'admin.audit.message': '(消息 {id})',
    'admin.audit.reason': '理由:', 'admin.audit.until': '到 {time} 为止', 'admin.audit.id': '记录编号 {id}',
    'admin.appeals.title': '申诉', 'admin.appeals.lead': '成员对处理结果的申诉,待处理的在最前。处理人不能复核自己做的处理,需要另一位管理员或群主来决定。',
    'admin.appeals.empty': '没有申诉。', 'admin.appeals.note': '决定说明(必填,申诉人会看到)', 'admin.appeals.noteMissing': '请写下决定说明。',
    'admin.appeals.OVERTURN': '接受申诉,撤销处理', 'admin.appeals.UPHOLD': '驳回申诉,维持处理',
    'admin.appeals.done.OVERTURN': '已接受申诉,原处理已撤销。', 'admin.appeals.done.UPHOLD': '已驳回申诉,维持原处理。',
    'admin.safety.title': '群安全分', 'admin.safety.lead': '想加入的人会看到这个分数和每一项的原因。', 'admin.safety.total': '总分',
    'admin.safety.points': '{points} / {weight} 分',
    'admin.dry.title': '内容检测(试运行)', 'admin.dry.lead': '把一段文字过一遍本群的内容安全检测,看看会不会被拦下、为什么。不会发到群里,也不会记到任何人名下。',
    'admin.dry.text': '要检测的文字', 'admin.dry.hint': '最多 4000 字', 'admin.dry.submit': '检测',
    'admin.dry.verdict': '结果:', 'admin.dry.noFindings': '没有发现问题。', 'admin.dry.span': '第 {start}–{end} 个字符',
    'admin.dry.rule': '规则 {rule}', 'admin.dry.masked': '发出后大家看到的样子', 'admin.dry.notPosted': '这只是检测,什么都没有发出。',
    'verdict.ALLOW': '可以发出', 'verdict.MASK': '部分内容会被隐藏', 'verdict.HOLD': '会被暂扣,等管理员审核', 'verdict.REJECT': '不能发出',
    'verdict.ALLOW.explain': '这段文字会原样发出。', 'verdict.MASK.explain': '这段文字会发出,但个人信息等内容会被打码。',
    'verdict.HOLD.explain': '这段文字会先暂扣,只有作者和管理员能看到,管理员通过后才公开。', 'verdict.REJECT.explain': '这段文字不会被保存,发送者会被告知原因并可以修改。',
    
    'finding.rule.CONTACT_LURE': '疑似引流(加微信、私聊、加群),已暂扣等待管理员审核',
    'finding.rule.LINK_NOT_ALLOWLISTED': '链接的域名不在本群允许的名单里,已暂扣等待审核;可以在“设置”里添加允许的域名',
    'finding.rule.FIRST_MESSAGE_LINK': '新成员的前几条消息不能带链接,已暂扣等待审核',
    'finding.rule.SIMILAR_TO_SPAM': '和已确认的垃圾信息很像', 'finding.rule.PAID_ASSIST': '疑似付费代砍、代助力',
    'finding.rule.FAKE_JOB': '疑似刷单兼职诈骗', 'finding.rule.GAMBLING': '疑似赌博内容',
    'finding.rule.TOO_MANY_LINKS': '链接太多', 'finding.rule.TOO_MANY_MENTIONS': '@ 的人太多', 'finding.rule.TOO_MANY_EMOJI': '表情太多',
    'finding.rule.FLOOD': '短时间内发送太多消息', 'finding.rule.DUPLICATE': '重复发送相同内容',
    'finding.rule.MODEL_PAID_ASSIST': '疑似有偿助力或代砍', 'finding.rule.MODEL_TRAFFIC_DIVERSION': '疑似引流(加好友、进群、扫码)',
    'finding.rule.MODEL_PART_TIME_JOB': '疑似虚假兼职或刷单', 'finding.rule.MODEL_GAMBLING': '疑似赌博、博彩',
    'finding.rule.MODEL_INVESTMENT_SCAM': '疑似投资理财或虚拟币骗局', 'finding.rule.MODEL_LOAN_CASHOUT': '疑似贷款、套现、代还',
    'finding.rule.MODEL_ACCOUNT_TRADING': '疑似买卖或出租账号、手机卡、银行卡', 'finding.rule.MODEL_FAKE_GIVEAWAY': '疑似虚假赠送或转发领奖',
    'finding.rule.MODEL_PHISHING': '疑似钓鱼或冒充客服', 'finding.rule.MODEL_ADULT': '疑似色情内容', 'finding.rule.MODEL_MLM': '疑似传销、拉人头返佣',
    'finding.rule.LINK_SCHEME': '只允许 http 和 https 链接', 'finding.rule.LINK_LOOKALIKE': '仿冒域名(混用形似的外文字母)',
    'finding.rule.LINK_INVISIBLE': '链接里藏有看不见的字符', 'finding.rule.LINK_SHORTENER': '短链接看不出去向,已暂扣等待审核',
    'report.SPAM': '垃圾信息', 'report.AD': '广告', 'report.PERSONAL_DATA': '泄露个人信息', 'report.ABUSE': '辱骂骚扰',
    'report.OFF_TOPIC': '与本群无关', 'report.FRAUD': '诈骗', 'report.OTHER': '其他',
    'audit.HOLD': '暂扣', 'audit.HIDE': '隐藏', 'audit.DELETE': '删除', 'audit.WARN': '警告', 'audit.MUTE': '禁言', 'audit.KICK': '移出',
    'audit.BAN': '封禁', 'audit.APPROVE': '通过', 'audit.APPEAL_UPHELD': '驳回申诉', 'audit.APPEAL_OVERTURNED': '接受申诉', 'audit.UNMUTE': '解除禁言', 'audit.UNBAN': '解除封禁', 'audit.JOIN': '加入', 'audit.LEAVE': '退出',
    
    'appeal.status.OPEN': '待处理', 'appeal.status.UPHELD': '已驳回', 'appeal.status.OVERTURNED': '已撤销处理',
    'appeal.against': '申诉:{action}', 'appeal.appellant': '申诉人:{name}', 'appeal.actionReason': '当时的理由:', 'appeal.decided': '{time} 决定:',
    'me.appeals.title': '我的申诉', 'me.appeals.new': '提出申诉', 'me.appeals.list': '我提出过的申诉',
    'me.appeals.lead': '如果你觉得对你的处理(暂扣、删除、警告、禁言、移出、封禁)不公平,可以申诉。由做出处理之外的另一位管理员或群主决定。',
    'me.appeals.entry': '处理记录编号', 'me.appeals.entryHint': '处理通知里的“记录编号”;也可以请群主或管理员在操作记录里帮你查到。',
    'me.appeals.text': '申诉理由', 'me.appeals.textHint': '说明为什么这个处理不对,最多 2000 字', 'me.appeals.submit': '提交申诉',
    'me.appeals.filed': '申诉已提交,管理员决定后会显示在下面。', 'me.appeals.empty': '你还没有提出过申诉。',
    'me.appeals.group': '群 {id}', 'me.appeals.back': '← 回到我的',
    'error.NOT_ON_YOURSELF': '不能对自己这样做。', 'error.MEMBER_PROTECTED': '管理员不能处理群主或其他管理员。',
    'error.JOIN_REQUEST_NOT_FOUND': '这条加入申请已经被处理过了。',
    'error.GROUP_ITEM_NOT_FOUND': '这条公告或贴士已经不存在了。',
    'error.AUDIT_ENTRY_NOT_FOUND': '没有这条处理记录,请检查编号。', 'error.NOT_APPEALABLE': '这条记录不能申诉。',
    'error.NOT_AFFECTED_MEMBER': '只有被处理的人本人可以申诉。', 'error.APPEAL_ALREADY_OPEN': '对这条处理已经有一个申诉在等待决定。',
    'error.APPEAL_NOT_FOUND': '没有这个申诉。', 'error.APPEAL_ALREADY_DECIDED': '这个申诉已经有人决定过了。',
    'error.APPEAL_OWN_ACTION': '这条处理是你做的(或申诉人是你自己),不能由你来决定,请另一位管理员或群主处理。',
    'error.NO_INDEPENDENT_REVIEWER': '这条处理是你做的,群里没有其他管理员能复核。请先把一位可信成员设为管理员,由他来决定。',
    
    'field.reason.LENGTH': '理由最多 500 字', 'field.reason.INVALID': '理由最多 500 字,不能有控制字符', 'field.reason.REQUIRED': '请写下理由',
    'field.minutes.RANGE': '禁言时长在 1 分钟到 30 天之间', 'field.messageId.REQUIRED': '这个操作需要指定消息或成员',
    'field.capacity.BELOW_SIZE': '不能低于现在的成员人数',
    'field.linkAllowlist.TOO_MANY': '最多 20 个域名', 'field.linkAllowlist.DOMAIN': '每行一个域名,例如 pinduoduo.com,不要带 http:// 或路径',
    'field.helpBeforePost.RANGE': '0–100 次', 'field.maxPostsPerDay.RANGE': '0–100 条', 'field.balanceFloor.RANGE': '-10000 到 10000,或留空',
    'field.title.LENGTH': '标题 1–100 字', 'field.body.LENGTH': '内容 1–2000 字',
    'field.note.REQUIRED': '请写下说明', 'field.note.INVALID': '说明太长或包含不允许的字符',
    'field.text.INVALID': '最多 2000 字,不能有控制字符', 'field.text.SIZE': '最多 4000 字', 'field.text.NOTNULL': '请填写要检测的文字',
    'field.auditEntryId.REQUIRED': '请填写处理记录编号', 'field.auditEntryId.FORMAT': '编号的格式不对,应类似 01a2b3c4-…-…',
    'field.decision.REQUIRED': '请选择决定',
  },
  en: {
    'admin.title': '{name} · admin', 'admin.tabs': 'Admin pages', 'admin.backToFeed': '← Back to the group',
    'admin.youAre.OWNER': 'You own this group', 'admin.youAre.ADMIN': 'You are an admin of this group',
    'admin.forbidden': "Only the group's owner and admins can open the admin pages. To flag a message, report it in the group.",
    'admin.tab.queue': 'Review queue', 'admin.tab.members': 'Members', 'admin.tab.settings': 'Settings', 'admin.tab.announcements': 'Announcements & tips',
    'admin.tab.audit': 'Audit log', 'admin.tab.appeals': 'Appeals', 'admin.tab.safety': 'Safety score', 'admin.tab.dry-run': 'Content check',
    'admin.system': 'System (automatic)', 'admin.someone': 'Member {id}',
    'admin.mute.duration': 'Mute for', 'admin.mute.10': '10 minutes', 'admin.mute.60': '1 hour', 'admin.mute.1440': '1 day',
    'admin.mute.4320': '3 days', 'admin.mute.10080': '7 days', 'admin.mute.43200': '30 days',
    'admin.reason.required': 'Reason (required; logged, shown to the member, who may appeal)', 'admin.reason.optional': 'Reason (optional)',
    'admin.reason.missing': 'Please give a reason.',
    'admin.reason.default.APPROVE': 'Approved by an admin', 'admin.reason.default.DELETE': 'Against the group rules; removed',
    'admin.reason.default.WARN': 'Against the group rules; warning', 'admin.reason.default.MUTE': 'Against the group rules; muted for a while',
    'admin.reason.default.KICK': 'Against the group rules; removed from the group', 'admin.reason.default.BAN': 'Serious breach of the group rules; banned',
    'admin.queue.title': 'Review queue', 'admin.queue.lead': 'Content held by the safety checks or reported by members, oldest first. Once handled it leaves the queue and is logged.',
    'admin.queue.empty': 'The queue is empty: no reports or held messages to review.',
    'admin.queue.memberCase': 'Member reported', 'admin.queue.held': 'Held (not public)', 'admin.queue.hidden': 'Hidden by reports', 'admin.queue.reported': 'Reported (still visible)',
    'admin.queue.author': 'From: {name}', 'admin.queue.noText': '(no text)', 'admin.queue.link': 'Link:',
    'admin.queue.reports': 'Reported {n} times ({trusted} by trusted members)', 'admin.queue.noReports': 'No reports; held by the safety checks',
    'admin.queue.reason': '{reason} ×{n}', 'admin.queue.reasonLabel': 'Reason (optional; a standard reason is used if empty)',
    'admin.queue.stillOpen': 'The message itself still needs a decision: approve or delete it.',
    'admin.act.APPROVE.held': 'Approve and publish', 'admin.act.APPROVE.hidden': 'Restore', 'admin.act.APPROVE.visible': 'Dismiss reports',
    'admin.act.APPROVE.member': 'Dismiss reports', 'admin.act.DELETE': 'Delete message', 'admin.act.WARN': 'Warn',
    'admin.act.MUTE': 'Mute', 'admin.act.KICK': 'Remove from group', 'admin.act.BAN': 'Ban',
    'admin.done.APPROVE': "Done: {name}'s content is approved.", 'admin.done.DELETE': "{name}'s message was deleted.",
    'admin.done.WARN': '{name} was warned.', 'admin.done.MUTE': '{name} is muted.', 'admin.done.KICK': '{name} was removed from the group.',
    'admin.done.BAN': '{name} is banned.', 'admin.done.until': 'Until {time}.',
    'admin.done.ladder.MUTE': 'Warning {n} within 30 days: muted automatically by the warn ladder.', 'admin.done.ladder.BAN': 'Warning {n} within 30 days: banned automatically by the warn ladder.',
    'admin.confirm.KICK.title': 'Remove {name} from the group?', 'admin.confirm.KICK.text': 'They leave the group but may join again with the invite code.',
    'admin.confirm.BAN.title': 'Ban {name}?', 'admin.confirm.BAN.text': 'They leave the group and cannot join again until you unban them. They may appeal.',
    'admin.confirm.transfer.title': 'Make {name} the owner?', 'admin.confirm.transfer.text': 'You become an admin, can no longer change the posting rules, and cannot undo this.',
    'admin.disputes.title': 'Link-help disputes', 'admin.disputes.lead': 'Someone says they helped, the requester disagrees. Check the chat, then decide whether it goes on the ledger.',
    'admin.disputes.empty': 'No disputes to settle.', 'admin.disputes.item': "{helper} says they helped with {requester}'s link; {requester} disagrees.",
    'admin.disputes.note': 'Note (required)', 'admin.disputes.noteMissing': 'Please write a note.',
    'admin.disputes.CONFIRM': 'Confirm, book the help', 'admin.disputes.REJECT': 'Reject',
    'admin.disputes.done.CONFIRM': 'Confirmed; the help is on the ledger.', 'admin.disputes.done.REJECT': 'Rejected; nothing was booked.',
    'admin.requests.title': 'Join requests', 'admin.requests.empty': 'No join requests waiting.', 'admin.requests.at': 'asked {time}',
    'admin.requests.approve': 'Approve', 'admin.requests.reject': 'Reject',
    'admin.requests.approved': '{name} has joined.', 'admin.requests.rejected': "{name}'s request was rejected.",
    'admin.members.title': 'Members', 'admin.member.you': '(you)', 'admin.member.joined': 'joined {time}',
    'admin.role.OWNER': 'Owner', 'admin.role.ADMIN': 'Admin', 'admin.role.MEMBER': 'Member',
    'admin.status.ACTIVE': 'Active', 'admin.status.MUTED': 'Muted until {time}', 'admin.status.BANNED': 'Banned',
    'admin.member.mute': 'Mute', 'admin.member.unmute': 'Unmute', 'admin.member.kick': 'Remove', 'admin.member.ban': 'Ban',
    'admin.member.unban': 'Unban', 'admin.member.promote': 'Make admin', 'admin.member.demote': 'Remove admin', 'admin.member.transfer': 'Transfer ownership',
    'admin.member.done.mute': '{name} is muted.', 'admin.member.done.unmute': '{name} is no longer muted.', 'admin.member.done.kick': '{name} was removed from the group.',
    'admin.member.done.ban': '{name} is banned.', 'admin.member.done.unban': '{name} is unbanned and may join again.',
    'admin.member.done.promote': '{name} is now an admin.', 'admin.member.done.demote': '{name} is no longer an admin.', 'admin.member.done.transfer': '{name} now owns the group.',
    'admin.banned.title': 'Banned', 'admin.banned.lead': 'Taken from the recent audit log; once unbanned they may join again with the invite code.', 'admin.banned.empty': 'Nobody was banned recently.',
    'admin.settings.title': 'Group profile and rules', 'admin.settings.name': 'Group name', 'admin.settings.nameHint': '1–40 characters',
    'admin.settings.description': 'Description', 'admin.settings.descriptionHint': 'At most 500 characters; shown before joining',
    'admin.settings.rules': 'Rules', 'admin.settings.rulesHint': 'Version {v}; members confirm again after a change',
    'admin.settings.capacity': 'Capacity', 'admin.settings.capacityHint': '2–5000 members; {n} now',
    'admin.settings.joinApproval': 'Joining needs an admin’s approval', 'admin.settings.linkAllowlist': 'Allowed link domains',
    'admin.settings.linkAllowlistHint': 'One per line, e.g. pinduoduo.com; links elsewhere are held for review', 'admin.settings.saved': 'Saved. The rules are at version {v}.',
    'admin.policies.title': 'Posting rules', 'admin.policies.lead': '0 switches a rule off.', 'admin.policies.ownerOnly': 'Only the owner can change the posting rules; you can see them.',
    'admin.policies.helpBeforePost': 'Helps given before posting a request', 'admin.policies.helpBeforePostHint': '0–100; 0 for none',
    'admin.policies.maxPostsPerDay': 'Help requests per member per day', 'admin.policies.maxPostsPerDayHint': '0–100; 0 for no limit',
    'admin.policies.balanceFloor': 'Balance floor', 'admin.policies.balanceFloorHint': 'Requests of members below it lose priority (they are not blocked); empty for none',
    'admin.policies.saved': 'Posting rules saved.',
    'admin.invite.title': 'Invite', 'admin.invite.lead': 'Send the link or QR code to people who want to join. A new code makes the old link and QR code stop working at once.',
    'admin.invite.code': 'Invite code', 'admin.invite.link': 'Invite link', 'admin.invite.qrAlt': "The group's invite QR code",
    'admin.invite.copy': 'Copy link', 'admin.invite.copied': 'Invite link copied.', 'admin.invite.rotate': 'New invite code',
    'admin.invite.rotateTitle': 'Replace the invite code?', 'admin.invite.rotateText': 'The old code, link and QR code stop working at once; current members are not affected.',
    'admin.invite.rotated': 'New invite code; the old one no longer works.',
    'admin.board.announcement.title': 'Announcements', 'admin.board.announcement.lead': 'Shown at the top of the group; pinned ones first.',
    'admin.board.announcement.empty': 'No announcements yet. Write one above to tell everyone what is new.', 'admin.board.announcement.submit': 'Post announcement',
    'admin.board.announcement.posted': 'Announcement posted.',
    'admin.board.tip.title': 'Tips', 'admin.board.tip.lead': 'Teach new members how to assist and how to spot scams.',
    'admin.board.tip.empty': 'No tips yet. Write one to help new members get started.', 'admin.board.tip.submit': 'Post tip', 'admin.board.tip.posted': 'Tip posted.',
    'admin.board.titleLabel': 'Title', 'admin.board.body': 'Text', 'admin.board.pin': 'Pin', 'admin.board.pinned': 'Pinned',
    'admin.board.by': '{name} · {time}', 'admin.board.delete': 'Delete', 'admin.board.deleteTitle': 'Delete “{title}”?', 'admin.board.deleted': 'Deleted.',
    'admin.audit.title': 'Audit log', 'admin.audit.lead': 'Every moderation action in this group, automatic ones included, newest first. Entries cannot be changed.',
    'admin.audit.empty': 'No moderation actions yet.', 'admin.audit.more': 'Load older entries',
    'admin.audit.actor': 'By: {name}', 'admin.audit.target': 'On: {name}', 'admin.audit.message': '(message {id})',
    'admin.audit.reason': 'Reason: ', 'admin.audit.until': 'Until {time}', 'admin.audit.id': 'Entry {id}',
    'admin.appeals.title': 'Appeals', 'admin.appeals.lead': 'Appeals against moderation, open ones first. Whoever took the action cannot decide its appeal; another admin or the owner does.',
    'admin.appeals.empty': 'No appeals.', 'admin.appeals.note': 'Decision note (required; the member sees it)', 'admin.appeals.noteMissing': 'Please write a note.',
    'admin.appeals.OVERTURN': 'Accept: reverse the action', 'admin.appeals.UPHOLD': 'Reject: keep the action',
    'admin.appeals.done.OVERTURN': 'Appeal accepted; the action was reversed.', 'admin.appeals.done.UPHOLD': 'Appeal rejected; the action stands.',
    'admin.safety.title': 'Safety score', 'admin.safety.lead': 'People thinking of joining see this score and the reason for each part.', 'admin.safety.total': 'Total',
    'admin.safety.points': '{points} of {weight} points',
    'admin.dry.title': 'Content check (dry run)', 'admin.dry.lead': "Run a text through this group's safety checks to see whether and why it would be stopped. Nothing is posted or counted against anyone.",
    'admin.dry.text': 'Text to check', 'admin.dry.hint': 'At most 4000 characters', 'admin.dry.submit': 'Check',
    'admin.dry.verdict': 'Verdict:', 'admin.dry.noFindings': 'Nothing found.', 'admin.dry.span': 'characters {start}–{end}',
    'admin.dry.rule': 'rule {rule}', 'admin.dry.masked': 'What members would see', 'admin.dry.notPosted': 'This was only a check; nothing was posted.',
    'verdict.ALLOW': 'Allowed', 'verdict.MASK': 'Partly masked', 'verdict.HOLD': 'Held for an admin', 'verdict.REJECT': 'Refused',
    'verdict.ALLOW.explain': 'The text would be posted as written.', 'verdict.MASK.explain': 'The text would be posted with personal data and similar parts masked.',
    'verdict.HOLD.explain': 'The text would be held: only the author and admins see it until an admin approves it.', 'verdict.REJECT.explain': 'The text would not be stored; the sender is told why and may edit it.',
    
    'report.SPAM': 'Spam', 'report.AD': 'Ad', 'report.PERSONAL_DATA': 'Personal data', 'report.ABUSE': 'Abuse',
    'report.OFF_TOPIC': 'Off topic', 'report.FRAUD': 'Fraud', 'report.OTHER': 'Other',
    'audit.HOLD': 'Held', 'audit.HIDE': 'Hidden', 'audit.DELETE': 'Deleted', 'audit.WARN': 'Warning', 'audit.MUTE': 'Muted', 'audit.KICK': 'Removed',
    'audit.BAN': 'Banned', 'audit.APPROVE': 'Approved', 'audit.APPEAL_UPHELD': 'Appeal rejected', 'audit.APPEAL_OVERTURNED': 'Appeal accepted', 'audit.UNMUTE': 'Unmuted', 'audit.UNBAN': 'Unbanned', 'audit.JOIN': 'Joined', 'audit.LEAVE': 'Left',
    
    'appeal.status.OPEN': 'Open', 'appeal.status.UPHELD': 'Rejected', 'appeal.status.OVERTURNED': 'Action reversed',
    'appeal.against': 'Appeal against: {action}', 'appeal.appellant': 'By: {name}', 'appeal.actionReason': 'Reason given: ', 'appeal.decided': 'Decided {time}:',
    'me.appeals.title': 'My appeals', 'me.appeals.new': 'Appeal an action', 'me.appeals.list': 'Appeals I have made',
    'me.appeals.lead': 'If an action against you (held, deleted, warning, mute, removal, ban) was unfair, appeal it. An admin or the owner other than whoever acted decides.',
    'me.appeals.entry': 'Audit entry number', 'me.appeals.entryHint': "The entry number from the notice; a group admin can also find it in the group's audit log.",
    'me.appeals.text': 'Why you appeal', 'me.appeals.textHint': 'Explain why the action was wrong; at most 2000 characters', 'me.appeals.submit': 'Submit appeal',
    'me.appeals.filed': 'Appeal submitted; the decision will appear below.', 'me.appeals.empty': "You haven't made any appeals.",
    'me.appeals.group': 'Group {id}', 'me.appeals.back': '← Back to me',
    'error.NOT_ON_YOURSELF': 'You cannot do this to yourself.', 'error.MEMBER_PROTECTED': 'Admins cannot act on the owner or other admins.',
    'error.JOIN_REQUEST_NOT_FOUND': 'This join request was already handled.',
    'error.GROUP_ITEM_NOT_FOUND': 'That announcement or tip no longer exists.',
    'error.AUDIT_ENTRY_NOT_FOUND': 'No such audit entry; check the number.', 'error.NOT_APPEALABLE': 'This entry cannot be appealed.',
    'error.NOT_AFFECTED_MEMBER': 'Only the member the action was against can appeal it.', 'error.APPEAL_ALREADY_OPEN': 'An appeal against this action is already waiting.',
    'error.APPEAL_NOT_FOUND': 'No such appeal.', 'error.APPEAL_ALREADY_DECIDED': 'Someone already decided this appeal.',
    'error.APPEAL_OWN_ACTION': 'You took this action (or you are the appellant), so you cannot decide the appeal; another admin or the owner will.',
    'error.NO_INDEPENDENT_REVIEWER': 'You took this action and no other admin can review it. Make a trusted member an admin so they can decide.',
    
    'field.reason.LENGTH': 'At most 500 characters', 'field.reason.INVALID': 'At most 500 characters, no control characters', 'field.reason.REQUIRED': 'Please give a reason',
    'field.minutes.RANGE': 'Between 1 minute and 30 days', 'field.messageId.REQUIRED': 'This action needs a message or a member',
    'field.capacity.BELOW_SIZE': 'Not below the current number of members',
    'field.linkAllowlist.TOO_MANY': 'At most 20 domains', 'field.linkAllowlist.DOMAIN': 'One domain per line, like pinduoduo.com, without http:// or a path',
    'field.helpBeforePost.RANGE': '0–100', 'field.maxPostsPerDay.RANGE': '0–100', 'field.balanceFloor.RANGE': '-10000 to 10000, or empty',
    'field.title.LENGTH': '1–100 characters', 'field.body.LENGTH': '1–2000 characters',
    'field.note.REQUIRED': 'Please write a note', 'field.note.INVALID': 'Too long or has characters that are not allowed',
    'field.text.INVALID': 'At most 2000 characters, no control characters', 'field.text.SIZE': 'At most 4000 characters', 'field.text.NOTNULL': 'Please enter the text to check',
    'field.auditEntryId.REQUIRED': 'Please enter the entry number', 'field.auditEntryId.FORMAT': 'That is not an entry number; it looks like 01a2b3c4-…',
    'field.decision.REQUIRED': 'Please choose a decision',
  },
});
