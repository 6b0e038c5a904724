// Mutual-help groups: my groups (create, join by code), the preview before joining (rules, safety score), the live
// feed (text, task cards with exact progress, external links with "I helped" and confirmation, success stories,
// reports), the fair help queue and the ledger. Live updates come over server-sent events (docs/realtime.md).
import { h, mount, safeUrl } from '../dom.js';
import { get, post } from '../api.js';
import { countdown, dateTime, lang, register, t } from '../i18n.js';
import { alertBox, empty, errorText, form, loading, percent, section, session, taskAmount } from '../ui.js';
import { go } from '../nav.js';

const REPORT_REASONS = ['SPAM', 'AD', 'PERSONAL_DATA', 'ABUSE', 'OFF_TOPIC', 'FRAUD', 'OTHER'];
const PAGE = 50;

const enc = encodeURIComponent;
const isMod = (role) => role === 'OWNER' || role === 'ADMIN';
const myId = () => session.me?.id;

function externalLink(url, label) {
  const href = safeUrl(url);
  if (href === '#' || href.startsWith('#') || href.startsWith('/')) return h('span', { class: 'mono' }, label || url);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'external-link' }, label || url);
}

function loginFirst(view, next) {
  mount(view, h('div', { class: 'empty' },
    h('p', null, t('groups.signInFirst')),
    h('a', { class: 'button primary', id: 'login-link', href: `#/login?next=${next}` }, t('nav.login'))));
}

// ---------------------------------------------------------------------------------------------------------------
// #/groups: my groups, create a group, join by code

async function groupsHome(view) {
  if (!session.me) return loginFirst(view, '/groups');
  loading(view);
  const [mine, templates] = await Promise.all([
    get('/api/groups/mine'),
    get(`/api/groups/rule-templates?lang=${enc(lang())}`).catch(() => []),
  ]);
  const items = mine.items || mine;
  const list = items.length
    ? h('ul', { class: 'list group-list', id: 'my-groups' }, items.map((g) => h('li', { class: 'group-item' },
      h('a', { class: 'group-link', href: `#/groups/${enc(g.id)}` }, g.name),
      h('span', { class: 'muted group-meta' }, ' ', t('groups.members', { n: g.memberCount, cap: g.capacity })),
      g.myRole !== 'MEMBER' ? h('span', { class: 'tag' }, t(`groupRole.${g.myRole}`)) : null)))
    : empty(t('groups.none'));

  const allRules = templates.map((tp) => `${tp.title}:${tp.text}`).join('\n');
  const templateOptions = [
    ...(templates.length ? [{ value: 'all', label: t('groups.templateAll') }] : []),
    ...templates.map((tp) => ({ value: tp.id, label: tp.title })),
    { value: 'custom', label: t('groups.templateCustom') },
  ];
  const create = form({
    id: 'create-group-form',
    fields: [
      { name: 'name', label: t('groups.name'), required: true, hint: t('groups.nameHint'), attrs: { maxlength: 40 } },
      { name: 'description', label: t('groups.description'), type: 'textarea', rows: 2, hint: t('groups.descriptionHint'), attrs: { maxlength: 500 } },
      { name: 'template', label: t('groups.template'), type: 'select', options: templateOptions, value: templates.length ? 'all' : 'custom', hint: t('groups.templateHint') },
      { name: 'rules', label: t('groups.rules'), type: 'textarea', rows: 5, value: allRules, required: true, attrs: { maxlength: 4000 } },
      { name: 'joinApproval', label: t('groups.joinApproval'), type: 'checkbox' },
    ],
    submit: t('groups.create'),
    onSubmit: async (v) => {
      const created = await post('/api/groups', {
        name: v.name.trim(), description: v.description.trim(), rules: v.rules.trim(), joinApproval: v.joinApproval,
      });
      go(`/groups/${created.id}`);
    },
  });
  create.inputs.template.addEventListener('change', () => {
    const value = create.inputs.template.value;
    if (value === 'all') create.inputs.rules.value = allRules;
    else if (value !== 'custom') {
      const tp = templates.find((x) => x.id === value);
      if (tp) create.inputs.rules.value = `${tp.title}:${tp.text}`;
    }
  });

  const join = form({
    id: 'join-form',
    fields: [{ name: 'code', label: t('groups.code'), required: true, hint: t('groups.codeHint'), attrs: { autocomplete: 'off', autocapitalize: 'characters' } }],
    submit: t('groups.lookUp'),
    onSubmit: async (v) => {
      // Accept the bare code or a pasted invite link (…/g/CODE or …#/g/CODE).
      const raw = v.code.trim();
      const fromLink = /\/g\/([A-Za-z0-9_-]+)\/?$/.exec(raw);
      const code = fromLink ? fromLink[1] : raw;
      if (!/^[A-Za-z0-9_-]{3,64}$/.test(code)) {
        throw { fields: [{ field: 'code', reason: raw ? 'INVALID' : 'REQUIRED' }] };
      }
      go(`/g/${enc(code)}`);
    },
  });

  mount(view, h('h1', null, t('groups.title')),
    section(t('groups.mine'), list),
    section(t('groups.joinTitle'), join),
    section(t('groups.createTitle'), create));
}

// ---------------------------------------------------------------------------------------------------------------
// #/g/{code}: what the group shows before joining

function safetyScore(score) {
  if (!score) return h('p', { class: 'muted' }, t('safety.unavailable'));
  const level = score.score >= 80 ? 'good' : score.score >= 60 ? 'fair' : 'poor';
  return h('div', { class: `safety safety-${level}` },
    h('p', { class: 'safety-total' }, h('strong', { class: 'safety-value' }, String(score.score)), ' / 100 · ', t(`safety.${level}`)),
    h('ul', { class: 'list safety-components' }, (score.components || []).map((c) => h('li', { class: 'safety-component', dataset: { name: c.name } },
      h('div', { class: 'safety-row' },
        h('span', { class: 'safety-name' }, t(`safety.c.${c.name}`) === `safety.c.${c.name}` ? c.name : t(`safety.c.${c.name}`)),
        h('span', { class: 'safety-points' }, t('safety.points', { p: Number(c.points).toFixed(1).replace(/\.0$/, ''), w: c.weight }))),
      h('p', { class: 'hint' }, lang() === 'zh-CN' ? c.explanationZh : c.explanationEn)))));
}

async function preview(view, [code]) {
  if (!session.me) {
    mount(view, h('h1', null, t('join.title')),
      h('div', { class: 'empty' },
        h('p', null, t('join.signIn')),
        h('a', { class: 'button primary', id: 'login-link', href: `#/login?next=/g/${enc(code)}` }, t('nav.login')),
        ' ', h('a', { class: 'button', href: `#/register` }, t('nav.register'))));
    return;
  }
  loading(view);
  let group;
  try {
    group = await get(`/api/groups/preview?code=${enc(code)}`);
  } catch (error) {
    mount(view, h('h1', null, t('join.title')),
      h('p', { class: 'alert', role: 'alert' }, errorText(error)),
      empty(t('join.checkCode'), h('a', { class: 'button', href: '#/groups' }, t('join.back'))));
    return;
  }
  const [score, mine] = await Promise.all([
    get(`/api/groups/${enc(group.id)}/safety-score?code=${enc(code)}`).catch(() => null),
    get('/api/groups/mine').catch(() => []),
  ]);
  const member = (mine.items || mine).some((g) => g.id === group.id);
  const alert = alertBox();
  const outcome = h('div', { id: 'join-outcome', role: 'status' });
  const button = h('button', { type: 'button', class: 'primary', id: 'join-confirm' },
    member ? t('join.open') : group.joinApproval ? t('join.request') : t('join.confirm'));
  button.addEventListener('click', async () => {
    if (member) { go(`/groups/${group.id}`); return; }
    alert.clear();
    button.disabled = true;
    try {
      const result = await post('/api/groups/join', { inviteCode: code, acceptRules: true });
      if (result.status === 'ACTIVE') {
        go(`/groups/${result.groupId}`);
        return;
      }
      mount(outcome, h('p', { class: 'notice', id: 'join-pending' }, t('join.pending')),
        h('a', { href: '#/groups' }, t('join.back')));
      button.hidden = true;
    } catch (error) {
      if (error.code === 'ALREADY_MEMBER') {
        go(`/groups/${group.id}`);
        return;
      }
      alert.show(errorText(error));
    } finally {
      button.disabled = false;
    }
  });
  mount(view,
    h('h1', { id: 'group-name' }, group.name),
    group.description ? h('p', { class: 'pre group-description' }, group.description) : null,
    h('dl', { class: 'facts card' },
      h('dt', null, t('join.memberCount')), h('dd', { id: 'group-member-count' }, t('groups.members', { n: group.memberCount, cap: group.capacity })),
      h('dt', null, t('join.admins')), h('dd', null, (group.admins || []).map((a) => t('join.adminEntry', { name: a.displayName, role: t(`groupRole.${a.role}`) })).join(t('join.listSep')) || '—'),
      h('dt', null, t('join.since')), h('dd', null, dateTime(group.createdAt)),
      h('dt', null, t('join.approval')), h('dd', null, group.joinApproval ? t('join.approvalYes') : t('join.approvalNo'))),
    h('section', { class: 'card', id: 'group-rules' },
      h('h2', null, t('join.rules', { v: group.rulesVersion })),
      h('p', { class: 'pre rules-text' }, group.rules),
      h('p', { class: 'hint mono' }, t('join.rulesHash', { hash: String(group.rulesHash || '').slice(0, 16) }))),
    h('section', { class: 'card', id: 'group-safety-score' }, h('h2', null, t('safety.title')), safetyScore(score)),
    h('div', { class: 'card join-box' },
      h('p', { class: member ? 'notice' : null }, member ? t('join.already') : t('join.accept')),
      alert, outcome,
      h('div', { class: 'actions' }, button, h('a', { class: 'button', href: '#/groups' }, t('common.cancel')))));
}

// ---------------------------------------------------------------------------------------------------------------
// The group header shared by feed, queue and ledger: name, tabs, admin link, leave

function groupHeader(group, active) {
  const base = `#/groups/${enc(group.id)}`;
  const tab = (href, label, key) => h('a', { href, 'aria-current': key === active ? 'page' : null, id: `tab-${key}` }, label);
  const leaveBox = h('div', { class: 'leave-box' });
  const showLeave = () => {
    const alert = alertBox();
    const confirm = h('button', { type: 'button', class: 'danger', id: 'leave-confirm' }, t('group.leaveConfirm'));
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      alert.clear();
      try {
        await post(`/api/groups/${enc(group.id)}/leave`, {});
        go('/groups');
      } catch (error) {
        alert.show(errorText(error));
        confirm.disabled = false;
      }
    });
    const cancel = h('button', { type: 'button', id: 'leave-cancel' }, t('common.cancel'));
    cancel.addEventListener('click', () => mount(leaveBox, leave));
    mount(leaveBox, h('div', { class: 'leave-confirm card', role: 'group', 'aria-label': t('group.leave') },
      h('p', null, t('group.leaveQuestion', { name: group.name })),
      group.myRole === 'OWNER' ? h('p', { class: 'hint' }, t('group.ownerLeave')) : null,
      alert, h('div', { class: 'actions' }, confirm, cancel)));
    confirm.focus();
  };
  const leave = h('button', { type: 'button', class: 'danger small', id: 'leave-group' }, t('group.leave'));
  leave.addEventListener('click', showLeave);
  mount(leaveBox, leave);
  return h('header', { class: 'group-head' },
    h('div', { class: 'group-title' },
      h('h1', { id: 'group-name' }, group.name),
      h('p', { class: 'muted group-meta' }, t('groups.members', { n: group.memberCount, cap: group.capacity }),
        ' · ', t(`groupRole.${group.myRole}`))),
    h('nav', { class: 'tabs', 'aria-label': t('group.tabs') },
      tab(base, t('group.feed'), 'feed'),
      tab(`${base}/queue`, t('group.queue'), 'queue'),
      tab(`${base}/ledger`, t('group.ledger'), 'ledger'),
      isMod(group.myRole) ? h('a', { href: `${base}/admin`, id: 'group-admin-link' }, t('group.admin')) : null),
    leaveBox);
}

async function loadGroup(view, id, path) {
  if (!session.me) {
    loginFirst(view, path);
    return null;
  }
  loading(view);
  return get(`/api/groups/${enc(id)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Task cards (feed and queue)

function taskCard(task, { authorId, messageId } = {}) {
  const fill = h('span', { class: 'task-progress' });
  fill.style.width = `${percent(task.progress, task.targetAmount)}%`;
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': t('card.progress'), 'aria-valuemin': 0, 'aria-valuemax': 100 }, fill);
  const remaining = h('strong', { class: 'task-remaining' }, taskAmount(task.unit, task.remaining));
  const maxAssists = h('span', { class: 'task-max-assists' }, String(task.maxAssistsRemaining));
  const status = h('span', { class: 'tag task-status' }, t(`taskStatus.${task.status || 'OPEN'}`));
  const result = h('p', { class: 'task-result success', role: 'status', hidden: true });
  const alert = alertBox();
  const card = h('div', { class: 'task-card', dataset: { taskId: task.taskId } },
    h('div', { class: 'task-head' }, h('h3', { class: 'task-title' }, task.title), status),
    bar,
    h('p', { class: 'task-numbers' },
      h('span', null, t('card.remaining'), ' ', remaining),
      h('span', null, t('task.maxAssistsBefore'), ' ', maxAssists, ' ', t('task.maxAssistsAfter'))),
    task.expiresAt || task.deadline ? h('p', { class: 'hint task-deadline' }, t('task.endsIn', { left: countdown(task.expiresAt || task.deadline) })) : null,
    alert, result);
  card.update = (next) => {
    if (next.targetAmount !== undefined) task.targetAmount = next.targetAmount;
    Object.assign(task, next);
    fill.style.width = `${percent(task.progress, task.targetAmount)}%`;
    bar.setAttribute('aria-valuenow', String(percent(task.progress, task.targetAmount)));
    remaining.textContent = taskAmount(task.unit, task.remaining);
    maxAssists.textContent = String(task.maxAssistsRemaining);
    if (next.status) status.textContent = t(`taskStatus.${next.status}`);
    if (assist && task.status && task.status !== 'OPEN') assist.hidden = true;
  };
  bar.setAttribute('aria-valuenow', String(percent(task.progress, task.targetAmount)));
  let assist = null;
  if (authorId !== myId() && (task.status || 'OPEN') === 'OPEN') {
    assist = h('button', { type: 'button', class: 'primary assist-button', dataset: { taskId: task.taskId } }, t('task.assist'));
    assist.addEventListener('click', async () => {
      assist.disabled = true;
      alert.clear();
      result.hidden = true;
      try {
        const r = await post(`/api/tasks/${enc(task.taskId)}/assists`, {});
        card.update({ progress: r.progress, remaining: r.remaining, maxAssistsRemaining: r.maxAssistsRemaining, status: r.taskStatus });
        result.textContent = r.taskStatus === 'SUCCEEDED'
          ? t('task.assistedDone', { cut: taskAmount(task.unit, r.cut) })
          : t('task.assisted', { cut: taskAmount(task.unit, r.cut), left: taskAmount(task.unit, r.remaining) });
        result.hidden = false;
        assist.hidden = true;
      } catch (error) {
        alert.show(errorText(error));
        if (['ALREADY_ASSISTED', 'SELF_ASSIST', 'TASK_NOT_OPEN', 'TASK_EXPIRED'].includes(error.code)) assist.hidden = true;
      } finally {
        assist.disabled = false;
      }
    });
    card.append(h('div', { class: 'actions' }, assist));
  }
  if (messageId) card.dataset.messageId = messageId;
  return card;
}

// ---------------------------------------------------------------------------------------------------------------
// Feed messages

function reportButton(groupId, messageId, slot) {
  const button = h('button', { type: 'button', class: 'link-button report-button', 'aria-expanded': 'false' }, t('report.open'));
  button.addEventListener('click', () => {
    if (slot.firstChild) {
      slot.replaceChildren();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    const alert = alertBox();
    const reasonId = `report-reason-${messageId}`;
    const noteId = `report-note-${messageId}`;
    const reason = h('select', { name: 'reason', id: reasonId },
      REPORT_REASONS.map((r) => h('option', { value: r }, t(`reason.${r}`))));
    const note = h('input', { name: 'note', id: noteId, maxlength: 500, autocomplete: 'off' });
    const submit = h('button', { type: 'submit', class: 'primary report-submit' }, t('report.submit'));
    const cancel = h('button', { type: 'button', class: 'report-cancel' }, t('common.cancel'));
    cancel.addEventListener('click', () => { slot.replaceChildren(); button.setAttribute('aria-expanded', 'false'); button.focus(); });
    const el = h('form', { class: 'report-form', novalidate: true },
      alert,
      h('div', { class: 'field' }, h('label', { for: reasonId }, t('report.reason')), reason),
      h('div', { class: 'field' }, h('label', { for: noteId }, t('report.note')), note),
      h('div', { class: 'actions' }, submit, cancel));
    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      alert.clear();
      submit.disabled = true;
      try {
        await post(`/api/groups/${enc(groupId)}/reports`, { messageId, reason: reason.value, note: note.value.trim() || null });
        mount(slot, h('p', { class: 'success report-done', role: 'status' }, t('report.done')));
        button.hidden = true;
      } catch (error) {
        alert.show(errorText(error));
      } finally {
        submit.disabled = false;
      }
    });
    mount(slot, el);
    reason.focus();
  });
  return button;
}

/** The requester's panel under their own link post: helpers who said they helped, to confirm or dispute. */
function confirmPanel(groupId, message, names) {
  const box = h('div', { class: 'confirm-panel' });
  const alert = alertBox();
  const refresh = async () => {
    let reports;
    try {
      reports = (await get(`/api/groups/${enc(groupId)}/messages/${enc(message.id)}/helped`)).items || [];
    } catch (error) {
      if (['HELP_REQUEST_NOT_FOUND', 'NOT_REQUESTER'].includes(error.code)) { box.replaceChildren(); return; }
      mount(box, alert);
      alert.show(errorText(error));
      return;
    }
    const reload = h('button', { type: 'button', class: 'link-button reports-refresh' }, t('helped.refresh'));
    reload.addEventListener('click', refresh);
    if (!reports.length) {
      mount(box, h('p', { class: 'hint' }, t('helped.noneYet'), ' ', reload));
      return;
    }
    mount(box, h('p', { class: 'confirm-title' }, t('helped.waiting', { n: reports.length })), alert,
      h('ul', { class: 'list helped-reports' }, reports.map((r) => {
        const row = h('li', { class: 'helped-report', dataset: { helperId: r.helperId } });
        const decide = (decision) => async () => {
          alert.clear();
          try {
            const out = await post(`/api/groups/${enc(groupId)}/messages/${enc(message.id)}/confirmations`, { helperId: r.helperId, decision });
            mount(row, h('span', { class: 'success' }, t(`helped.decided.${out.status}`, { name: names.get(r.helperId) || t('helped.someone') })));
            const left = box.querySelectorAll('.confirm-button').length;
            const title = box.querySelector('.confirm-title');
            if (title) title.textContent = left ? t('helped.waiting', { n: left }) : t('helped.allDone');
          } catch (error) {
            alert.show(errorText(error));
          }
        };
        const confirm = h('button', { type: 'button', class: 'primary confirm-button', dataset: { helperId: r.helperId } }, t('helped.confirm'));
        confirm.addEventListener('click', decide('CONFIRM'));
        const dispute = h('button', { type: 'button', class: 'dispute-button', dataset: { helperId: r.helperId } }, t('helped.dispute'));
        dispute.addEventListener('click', decide('DISPUTE'));
        mount(row, h('span', null, t('helped.says', { name: names.get(r.helperId) || t('helped.someone') })),
          h('span', { class: 'hint' }, ' ', t('helped.lapses', { when: dateTime(r.lapsesAt) })),
          h('div', { class: 'actions' }, confirm, dispute));
        return row;
      })), reload);
  };
  box.refresh = refresh;
  refresh();
  return box;
}

function linkPost(groupId, message, names) {
  const mine = message.authorId === myId();
  const alert = alertBox();
  const result = h('p', { class: 'success helped-result', role: 'status', hidden: true });
  const parts = [
    h('p', { class: 'link-line' }, externalLink(message.link, message.link), ' ',
      message.linkDomain ? h('span', { class: 'tag' }, message.linkDomain) : null),
    h('p', { class: 'hint' }, mine ? t('link.mineHint') : t('link.hint')),
    alert, result,
  ];
  if (!mine) {
    const helped = h('button', { type: 'button', class: 'helped-button', dataset: { messageId: message.id } }, t('link.helped'));
    helped.addEventListener('click', async () => {
      helped.disabled = true;
      alert.clear();
      try {
        await post(`/api/groups/${enc(groupId)}/messages/${enc(message.id)}/helped`, {});
        result.textContent = t('link.reported');
        result.hidden = false;
        helped.hidden = true;
      } catch (error) {
        alert.show(errorText(error));
        if (error.code === 'ALREADY_REPORTED') helped.hidden = true;
      } finally {
        helped.disabled = false;
      }
    });
    parts.push(h('div', { class: 'actions' }, helped));
  } else if (message.status === 'VISIBLE') {
    parts.push(confirmPanel(groupId, message, names));
  }
  return h('div', { class: 'link-post', dataset: { messageId: message.id } }, parts);
}

function messageItem(groupId, message, names) {
  const mine = message.authorId === myId();
  const classes = ['message', `kind-${String(message.kind).toLowerCase()}`];
  if (message.kind === 'SUCCESS') classes.push('success-story');
  if (mine) classes.push('mine');
  if (message.status !== 'VISIBLE') classes.push(`status-${String(message.status).toLowerCase()}`);
  const slot = h('div', { class: 'report-slot' });
  const body = [];
  if (message.kind === 'SUCCESS') body.push(h('p', { class: 'success-badge' }, t('message.success')));
  if (message.text) body.push(h('p', { class: 'message-text pre' }, message.text));
  if (message.kind === 'TASK' && message.task) body.push(taskCard({ ...message.task }, { authorId: message.authorId, messageId: message.id }));
  if (message.kind === 'LINK' && message.link) body.push(linkPost(groupId, message, names));
  if (message.status === 'HELD') body.push(h('p', { class: 'notice held-note' }, t('message.held')));
  return h('li', {
    class: classes.join(' '),
    dataset: { id: message.id, seq: message.seq ?? '', status: message.status },
  },
  h('div', { class: 'message-head' },
    h('span', { class: 'message-author' }, mine ? t('message.me') : (message.authorName || t('message.someone'))),
    h('time', { class: 'message-time', datetime: message.createdAt }, dateTime(message.createdAt))),
  body,
  h('div', { class: 'message-foot' }, message.seq ? reportButton(groupId, message.id, slot) : null),
  slot);
}

/** Puts a message in the list in seq order; a message already shown is left alone. Held ones go to the end. */
function insertMessage(list, item) {
  if (list.querySelector(`.message[data-id="${CSS.escape(item.dataset.id)}"]`)) return false;
  const seq = Number(item.dataset.seq || 0);
  if (seq) {
    for (const other of list.children) {
      const s = Number(other.dataset.seq || 0);
      if (s && s > seq) { list.insertBefore(item, other); return true; }
    }
  }
  list.append(item);
  return true;
}

async function board(groupId) {
  const [announcements, tips] = await Promise.all([
    get(`/api/groups/${enc(groupId)}/announcements`).catch(() => []),
    get(`/api/groups/${enc(groupId)}/tips`).catch(() => []),
  ]);
  const anns = announcements.items || announcements;
  const tipItems = tips.items || tips;
  if (!anns.length && !tipItems.length) return null;
  const item = (it, kind) => h('li', { class: `board-item ${kind}${it.pinned ? ' pinned' : ''}` },
    it.pinned ? h('span', { class: 'tag pinned-tag' }, t('board.pinned')) : null, ' ',
    h('strong', null, it.title),
    it.body ? h('p', { class: 'pre' }, it.body) : null,
    h('p', { class: 'hint' }, it.authorName, ' · ', dateTime(it.createdAt)));
  return h('section', { class: 'card board', id: 'group-board' },
    anns.length ? [h('h2', null, t('board.announcements')), h('ul', { class: 'list', id: 'announcements' }, anns.map((a) => item(a, 'announcement')))] : null,
    tipItems.length ? [h('h2', null, t('board.tips')), h('ul', { class: 'list', id: 'tips' }, tipItems.map((a) => item(a, 'tip')))] : null);
}

/** Text of a safety refusal in the reader's language, with where it was found. */
function rejectionText(error) {
  const findings = Array.isArray(error.problem?.findings) ? error.problem.findings : [];
  if (!findings.length) return errorText(error);
  const lines = [];
  for (const f of findings) {
    const typeKey = `finding.${f.type}`;
    const explanation = (lang() === 'zh-CN' ? f.explanationZh : f.explanationEn)
      || (t(typeKey) !== typeKey ? t(typeKey) : error.detail);
    const where = Number.isInteger(f.start) && Number.isInteger(f.end) ? t('compose.where', { from: f.start + 1, to: f.end }) : '';
    const line = `${explanation}${where}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return `${t('compose.rejected')}\n${lines.join('\n')}`;
}

async function feed(view, [id]) {
  const group = await loadGroup(view, id, `/groups/${id}`);
  if (!group) return undefined;
  const gid = group.id;
  const names = new Map();
  let closed = false;
  let source = null;
  let retry = 2500;
  let cursor = 0;
  let oldest = null;

  const [page, boardSection, tasks, ledger] = await Promise.all([
    get(`/api/groups/${enc(gid)}/messages?limit=${PAGE}`),
    board(gid),
    get('/api/me/tasks?limit=100').catch(() => ({ items: [] })),
    get(`/api/groups/${enc(gid)}/ledger`).catch(() => ({ items: [] })),
  ]);
  for (const m of ledger.items || []) names.set(m.userId, m.displayName);
  // Navigated elsewhere while loading: render nothing and open no stream.
  if ((location.hash.replace(/^#/, '') || '/').split('?')[0] !== `/groups/${id}`) return undefined;

  const list = h('ol', { id: 'feed', class: 'feed', 'aria-label': t('group.feed') });
  const status = h('span', { id: 'feed-status', class: 'live-status connecting', role: 'status' }, t('live.connecting'));
  const setStatus = (state) => {
    status.className = `live-status ${state}`;
    status.textContent = t(`live.${state}`);
  };
  const emptyNote = h('li', { class: 'feed-empty empty' }, t('feed.empty'));
  const refreshEmpty = () => {
    const has = list.querySelector('.message');
    if (!has && !emptyNote.isConnected) list.append(emptyNote);
    if (has && emptyNote.isConnected) emptyNote.remove();
  };
  const add = (message) => {
    if (message.authorId && message.authorName) names.set(message.authorId, message.authorName);
    const inserted = insertMessage(list, messageItem(gid, message, names));
    refreshEmpty();
    return inserted;
  };
  const nearBottom = () => window.innerHeight + window.scrollY >= document.body.scrollHeight - 160;

  const items = [...(page.items || [])].reverse();
  items.forEach(add);
  cursor = Number(page.cursor || 0);
  oldest = items.length ? Number(items[0].seq) : null;
  refreshEmpty();

  const older = h('button', { type: 'button', class: 'older-button', id: 'feed-older', hidden: (page.items || []).length < PAGE }, t('feed.older'));
  older.addEventListener('click', async () => {
    older.disabled = true;
    try {
      const prev = await get(`/api/groups/${enc(gid)}/messages?limit=${PAGE}&before=${oldest}`);
      const got = [...(prev.items || [])].reverse();
      got.forEach(add);
      if (got.length) oldest = Number(got[0].seq);
      older.hidden = got.length < PAGE;
    } catch (error) {
      window.alert(errorText(error));
    } finally {
      older.disabled = false;
    }
  });

  // Composer
  const muted = group.myMutedUntil && new Date(group.myMutedUntil).getTime() > Date.now();
  const messageForm = form({
    id: 'message-form',
    fields: [{ name: 'text', label: t('compose.text'), type: 'textarea', rows: 2, required: true, attrs: { maxlength: 2000 } }],
    submit: t('compose.send'),
    onSubmit: async (v) => {
      if (!v.text.trim()) throw { fields: [{ field: 'text', reason: 'REQUIRED' }] };
      try {
        const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'TEXT', text: v.text });
        messageForm.inputs.text.value = '';
        posted(messageForm, sent, sent.text !== null && sent.text !== v.text.trim() && sent.text !== v.text);
      } catch (error) {
        if (error.code === 'CONTENT_REJECTED') {
          messageForm.alert.show(rejectionText(error));
          const f = (error.problem?.findings || [])[0];
          if (f && Number.isInteger(f.start)) {
            messageForm.inputs.text.setAttribute('aria-invalid', 'true');
            messageForm.inputs.text.focus();
            messageForm.inputs.text.setSelectionRange(f.start, f.end);
          }
          return;
        }
        throw error;
      }
    },
  });
  const openTasks = (tasks.items || []).filter((x) => x.status === 'OPEN');
  const taskForm = form({
    id: 'post-task-form',
    fields: [
      {
        name: 'taskId', label: t('compose.task'), type: 'select',
        options: openTasks.length
          ? openTasks.map((x) => ({ value: x.id, label: `${x.title} · ${t('card.remaining')} ${taskAmount(x.unit, x.remaining)}` }))
          : [{ value: '', label: t('compose.noTasks') }],
        hint: openTasks.length ? t('compose.taskHint') : null,
      },
      { name: 'text', label: t('compose.note'), attrs: { maxlength: 500 } },
    ],
    submit: t('compose.postTask'),
    extra: openTasks.length ? null : h('p', { class: 'hint' }, t('compose.noTasksHint'), ' ', h('a', { href: '#/campaigns' }, t('nav.campaigns'))),
    onSubmit: async (v) => {
      if (!v.taskId) throw { fields: [{ field: 'taskId', reason: 'REQUIRED' }] };
      const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'TASK', taskId: v.taskId, text: v.text.trim() || null })
        .catch((error) => { throw renameFields(error, { text: 'text' }); });
      taskForm.inputs.text.value = '';
      posted(taskForm, sent);
    },
  });
  const linkForm = form({
    id: 'post-link-form',
    fields: [
      { name: 'url', label: t('compose.url'), type: 'url', required: true, hint: t('compose.urlHint', { domains: (group.linkAllowlist || []).join('、') || t('compose.anyKnown') }), attrs: { inputmode: 'url', autocomplete: 'off' } },
      { name: 'note', label: t('compose.note'), attrs: { maxlength: 500 } },
    ],
    submit: t('compose.postLink'),
    onSubmit: async (v) => {
      if (!v.url.trim()) throw { fields: [{ field: 'url', reason: 'REQUIRED' }] };
      try {
        const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'LINK', link: v.url.trim(), text: v.note.trim() || null });
        linkForm.inputs.url.value = '';
        linkForm.inputs.note.value = '';
        posted(linkForm, sent);
      } catch (error) {
        if (error.code === 'CONTENT_REJECTED') { linkForm.alert.show(rejectionText(error)); return; }
        throw renameFields(error, { link: 'url', text: 'note' });
      }
    },
  });
  const doneTasks = (tasks.items || []).filter((x) => ['SUCCEEDED', 'CLAIMED', 'SETTLED'].includes(x.status));
  const successForm = form({
    id: 'post-success-form',
    fields: [
      { name: 'text', label: t('compose.story'), type: 'textarea', rows: 2, required: true, hint: t('compose.storyHint'), attrs: { maxlength: 2000 } },
      {
        name: 'taskId', label: t('compose.storyTask'), type: 'select',
        options: [{ value: '', label: t('compose.storyNoTask') }, ...doneTasks.map((x) => ({ value: x.id, label: x.title }))],
      },
    ],
    submit: t('compose.postStory'),
    onSubmit: async (v) => {
      if (!v.text.trim()) throw { fields: [{ field: 'text', reason: 'REQUIRED' }] };
      try {
        const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'SUCCESS', text: v.text, taskId: v.taskId || null });
        successForm.inputs.text.value = '';
        posted(successForm, sent);
      } catch (error) {
        if (error.code === 'CONTENT_REJECTED') { successForm.alert.show(rejectionText(error)); return; }
        throw error;
      }
    },
  });
  function posted(formEl, sent, masked = false) {
    formEl.querySelector('.held-notice')?.remove();
    const notes = [];
    if (sent.status === 'HELD') notes.push(t('compose.held'));
    if (masked) notes.push(t('compose.masked'));
    if (notes.length) formEl.prepend(h('p', { class: 'notice held-notice', role: 'status' }, notes.join(' ')));
    add(sent);
    const el = list.querySelector(`.message[data-id="${CSS.escape(sent.id)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }

  const composer = muted
    ? h('p', { class: 'notice', id: 'muted-note' }, t('compose.muted', { until: dateTime(group.myMutedUntil) }))
    : h('section', { class: 'card composer', id: 'composer' },
      h('h2', null, t('compose.title')), messageForm,
      h('h3', null, t('compose.taskTitle')), taskForm,
      h('h3', null, t('compose.linkTitle')), linkForm,
      h('h3', null, t('compose.storyTitle')), successForm);

  // No scrolling on load (the page opens at the group's header); a button jumps to the newest message and the composer.
  const latest = h('button', { type: 'button', class: 'link-button', id: 'jump-latest' }, t('feed.latest'));
  latest.addEventListener('click', () => {
    composer.scrollIntoView({ block: 'end' });
    (messageForm.inputs.text.isConnected ? messageForm.inputs.text : latest).focus({ preventScroll: true });
  });
  mount(view, groupHeader(group, 'feed'), boardSection,
    h('div', { class: 'feed-bar' }, h('h2', { class: 'feed-title' }, t('group.feed')), latest, status),
    older, list, composer);

  // Live updates
  const connect = () => {
    if (closed) return;
    source = new EventSource(`/api/groups/${enc(gid)}/stream?after=${cursor}`);
    source.addEventListener('open', () => { retry = 2500; setStatus('live'); });
    source.addEventListener('message', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      const message = frame.message || frame;
      const seq = Number(frame.seq ?? message.seq ?? 0);
      if (seq && seq <= cursor && list.querySelector(`.message[data-id="${CSS.escape(message.id)}"]`)) return;
      const stick = nearBottom();
      add(message);
      if (seq > cursor) cursor = seq;
      if (stick) list.lastElementChild?.scrollIntoView({ block: 'end' });
    });
    source.addEventListener('card', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      if (frame.type === 'card' && frame.card) {
        for (const card of list.querySelectorAll(`.task-card[data-task-id="${CSS.escape(frame.card.taskId)}"]`)) card.update?.(frame.card);
      } else if ((frame.type === 'hidden' || frame.type === 'removed') && frame.messageId) {
        list.querySelector(`.message[data-id="${CSS.escape(frame.messageId)}"]`)?.remove();
        refreshEmpty();
      } else if (frame.type === 'restored' && frame.message) {
        add(frame.message);
      }
    });
    source.addEventListener('error', () => {
      if (closed) return;
      if (source.readyState === EventSource.CLOSED) {
        setStatus('offline');
        // The server refused or ended the stream; try again later from our cursor, waiting longer each time.
        retry = Math.min(60000, retry * 2);
        setTimeout(() => { if (!closed) connect(); }, retry);
      } else {
        setStatus('reconnecting');
      }
    });
  };
  connect();
  return () => {
    closed = true;
    source?.close();
  };
}

/** Moves API field errors to the names the form uses (the API's "link" is the form's "url"). */
function renameFields(error, map) {
  if (error && Array.isArray(error.fields)) {
    error.fields = error.fields.map((f) => (map[f.field] ? { ...f, field: map[f.field] } : f));
  }
  return error;
}

// ---------------------------------------------------------------------------------------------------------------
// #/groups/{id}/queue: what to help next, in fair order

async function queue(view, [id]) {
  const group = await loadGroup(view, id, `/groups/${id}/queue`);
  if (!group) return;
  const gid = group.id;
  const data = await get(`/api/groups/${enc(gid)}/help-queue`);
  const items = data.items || [];
  const box = h('div', { id: 'help-queue' });
  if (!items.length) {
    mount(box, empty(t('queue.empty'), h('a', { class: 'button', href: `#/groups/${enc(gid)}` }, t('queue.toFeed'))));
  } else {
    mount(box, h('ol', { class: 'list queue-list' }, items.map((it) => {
      const parts = [
        h('div', { class: 'message-head' },
          h('span', { class: 'message-author' }, it.requesterName),
          h('span', { class: 'hint' }, t('queue.balance', { g: it.requesterGiven, r: it.requesterReceived }))),
        it.lowPriority ? h('p', { class: 'tag low-priority' }, t('queue.lowPriority')) : null,
        it.note ? h('p', { class: 'message-text pre' }, it.note) : null,
      ];
      if (it.kind === 'TASK' && it.task) {
        parts.push(taskCard({ ...it.task, status: 'OPEN' }, { authorId: it.requesterId, messageId: it.messageId }));
      } else if (it.link) {
        parts.push(linkPost(gid, { id: it.messageId, authorId: it.requesterId, link: it.link, status: 'VISIBLE' }, new Map()));
      }
      parts.push(h('p', { class: 'hint' }, t('queue.meta', { n: it.helpCount, left: countdown(it.deadline) })));
      return h('li', { class: 'queue-item', dataset: { messageId: it.messageId } }, parts);
    })));
  }
  mount(view, groupHeader(group, 'queue'),
    h('p', { class: 'hint' }, t('queue.lead')), box);
}

// ---------------------------------------------------------------------------------------------------------------
// #/groups/{id}/ledger: my balance, who I owe, who owes me, and the whole group

async function ledgerScreen(view, [id]) {
  const group = await loadGroup(view, id, `/groups/${id}/ledger`);
  if (!group) return;
  const gid = group.id;
  const [all, me] = await Promise.all([
    get(`/api/groups/${enc(gid)}/ledger`),
    get(`/api/groups/${enc(gid)}/ledger/me?limit=100`),
  ]);
  const members = all.items || [];
  const iOwe = me.notHelpedBack || [];
  // Who owes me: counterparts I helped more often than they helped me, from my recent history.
  const tally = new Map();
  for (const e of me.history?.items || []) {
    const row = tally.get(e.counterpartId) || { name: e.counterpartName, gave: 0, got: 0 };
    if (e.direction === 'GAVE') row.gave += 1; else row.got += 1;
    tally.set(e.counterpartId, row);
  }
  const owesMe = [...tally.entries()].filter(([, r]) => r.gave > r.got);
  const balanceClass = me.balance > 0 ? 'positive' : me.balance < 0 ? 'negative' : 'zero';
  mount(view, groupHeader(group, 'ledger'),
    h('div', { id: 'ledger' },
      h('section', { class: 'card', id: 'ledger-me' },
        h('h2', null, t('ledger.mine')),
        h('div', { class: 'ledger-stats' },
          h('div', null, h('span', { class: 'stat-value', id: 'ledger-given' }, String(me.given)), h('span', { class: 'stat-label' }, t('ledger.given'))),
          h('div', null, h('span', { class: 'stat-value', id: 'ledger-received' }, String(me.received)), h('span', { class: 'stat-label' }, t('ledger.received'))),
          h('div', null, h('span', { class: `stat-value balance ${balanceClass}`, id: 'ledger-balance' }, me.balance > 0 ? `+${me.balance}` : String(me.balance)), h('span', { class: 'stat-label' }, t('ledger.balance')))),
        h('p', { class: 'hint' }, t('ledger.balanceHint'))),
      section(t('ledger.iOwe'), iOwe.length
        ? h('ul', { class: 'list', id: 'ledger-i-owe' }, iOwe.map((d) => h('li', null, h('strong', null, d.displayName), ' ',
          t('ledger.owe', { a: d.helpedMe, b: d.helpedThem }))))
        : empty(t('ledger.iOweNone'))),
      section(t('ledger.owesMe'), owesMe.length
        ? h('ul', { class: 'list', id: 'ledger-owes-me' }, owesMe.map(([, r]) => h('li', null, h('strong', null, r.name), ' ',
          t('ledger.owed', { a: r.gave, b: r.got }))))
        : empty(t('ledger.owesMeNone'))),
      section(t('ledger.history'), (me.history?.items || []).length
        ? h('ul', { class: 'list', id: 'ledger-history' }, me.history.items.map((e) => h('li', null,
          t(e.direction === 'GAVE' ? 'ledger.gave' : 'ledger.got', { name: e.counterpartName }),
          ' ', h('span', { class: 'tag' }, t(`source.${e.source}`)), ' ', h('span', { class: 'hint' }, dateTime(e.at)))))
        : empty(t('ledger.historyNone'), h('a', { class: 'button', href: `#/groups/${enc(gid)}/queue` }, t('group.queue')))),
      section(t('ledger.group'), h('div', { class: 'table-wrap' }, h('table', { class: 'ledger-table', id: 'ledger-group' },
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('ledger.member')), h('th', { scope: 'col' }, t('ledger.given')),
          h('th', { scope: 'col' }, t('ledger.received')), h('th', { scope: 'col' }, t('ledger.balance')))),
        h('tbody', null, members.map((m) => h('tr', { class: m.userId === myId() ? 'me' : null },
          h('th', { scope: 'row' }, m.displayName), h('td', null, String(m.given)), h('td', null, String(m.received)),
          h('td', null, m.balance > 0 ? `+${m.balance}` : String(m.balance))))))))));
}

export const routes = [
  { path: /^\/groups$/, render: groupsHome },
  { path: /^\/g\/([A-Za-z0-9_-]+)$/, render: preview },
  { path: /^\/groups\/([0-9a-fA-F-]{8,})$/, render: feed },
  { path: /^\/groups\/([0-9a-fA-F-]{8,})\/queue$/, render: queue },
  { path: /^\/groups\/([0-9a-fA-F-]{8,})\/ledger$/, render: ledgerScreen },
];

register({
  'zh-CN': {
    'groups.title': '互助群', 'groups.mine': '我的互助群', 'groups.none': '你还没有加入互助群。输入朋友发来的邀请码加入,或者在下面建一个自己的群。',
    'groups.members': '{n}/{cap} 人', 'groups.signInFirst': '登录后才能查看和加入互助群。',
    'groups.joinTitle': '用邀请码加入', 'groups.code': '邀请码或邀请链接', 'groups.codeHint': '例如 NCHXA708,也可以直接粘贴 /g/ 开头的邀请链接', 'groups.lookUp': '查看这个群',
    'groups.createTitle': '创建互助群', 'groups.name': '群名称', 'groups.nameHint': '最多 40 个字', 'groups.description': '群简介', 'groups.descriptionHint': '可以不填,最多 500 字',
    'groups.template': '群规模板', 'groups.templateHint': '选一个模板填入下面的群规,再按需要修改', 'groups.templateAll': '全部推荐群规', 'groups.templateCustom': '自己写',
    'groups.rules': '群规', 'groups.joinApproval': '新成员加入需要我审核', 'groups.create': '创建群',
    'groupRole.OWNER': '群主', 'groupRole.ADMIN': '管理员', 'groupRole.MEMBER': '成员',
    'join.title': '加入互助群', 'join.signIn': '登录后可以查看这个群的介绍、群规和安全分,然后决定是否加入。', 'join.checkCode': '请检查邀请码是否正确,或向群主要一个新的邀请链接。', 'join.back': '回到我的互助群',
    'join.memberCount': '成员', 'join.admins': '管理团队', 'join.since': '创建于', 'join.approval': '加入方式', 'join.approvalYes': '需要管理员审核', 'join.approvalNo': '直接加入',
    'join.rules': '群规(第 {v} 版)', 'join.rulesHash': '群规指纹 {hash}…', 'join.accept': '加入即表示你已阅读并同意上面的群规。',
    'join.open': '进入群聊', 'join.already': '你已经是这个群的成员了。', 'join.adminEntry': '{name}({role})', 'join.listSep': '、',
    'join.confirm': '同意群规并加入', 'join.request': '同意群规并申请加入', 'join.pending': '申请已提交,等待群管理员审核。通过后这个群会出现在“我的互助群”里。',
    'safety.title': '群安全分', 'safety.unavailable': '暂时无法获取安全分。', 'safety.good': '良好', 'safety.fair': '一般', 'safety.poor': '需留意', 'safety.points': '{p}/{w} 分',
    'group.tabs': '群内导航', 'group.feed': '群聊', 'group.queue': '帮谁', 'group.ledger': '互助账本', 'group.admin': '群管理',
    'group.leave': '退出群', 'group.leaveQuestion': '确定要退出“{name}”吗?退出后需要重新通过邀请码加入。', 'group.leaveConfirm': '确定退出', 'group.ownerLeave': '群主需要先把群转让给其他成员才能退出。',
    'live.connecting': '正在连接…', 'live.live': '实时更新中', 'live.reconnecting': '连接中断,正在重连…', 'live.offline': '已断开,稍后自动重试',
    'feed.empty': '群里还没有消息。打个招呼,或者发出你的第一个求助吧。', 'feed.older': '查看更早的消息', 'feed.latest': '到最新消息 ↓',
    'message.me': '我', 'message.someone': '群成员', 'message.success': '成功故事', 'message.held': '这条消息正在等待管理员审核,审核通过前只有你能看到。',
    'card.progress': '进度', 'card.remaining': '还差', 'task.maxAssistsBefore': '最多还需', 'task.maxAssistsAfter': '次助力', 'task.endsIn': '剩余时间 {left}',
    'task.assist': '帮 TA 助力', 'task.assisted': '助力成功!你帮忙减少了 {cut},还差 {left}。', 'task.assistedDone': '助力成功!你帮忙减少了 {cut},任务已完成!',
    'link.hint': '点开链接在对应 App 里帮忙,完成后点“我帮了”,对方确认后记入账本。', 'link.mineHint': '别人点“我帮了”后,请在这里如实确认。',
    'link.helped': '我帮了', 'link.reported': '已告诉对方你帮了忙,等待对方确认。',
    'helped.noneYet': '还没有人报告帮了你。', 'helped.refresh': '刷新', 'helped.allDone': '都处理好了。', 'helped.waiting': '{n} 人说帮了你,请确认:', 'helped.says': '{name} 说帮了你',
    'helped.lapses': '({when} 前未确认将失效)', 'helped.confirm': '确认', 'helped.dispute': '没有帮到', 'helped.someone': '一位成员',
    'helped.decided.CONFIRMED': '已确认 {name} 的帮忙,已记入账本。', 'helped.decided.DISPUTED': '已提出异议,管理员会核实 {name} 的报告。',
    'report.open': '举报', 'report.reason': '举报原因', 'report.note': '补充说明(可不填)', 'report.submit': '提交举报', 'report.done': '已收到你的举报,管理员会尽快处理。谢谢!',
    'reason.SPAM': '刷屏/垃圾信息', 'reason.AD': '广告', 'reason.PERSONAL_DATA': '泄露个人信息', 'reason.ABUSE': '辱骂骚扰', 'reason.OFF_TOPIC': '与群无关', 'reason.FRAUD': '诈骗/有偿助力', 'reason.OTHER': '其他',
    'board.announcements': '群公告', 'board.pinned': '置顶', 'board.tips': '小贴士',
    'compose.title': '发消息', 'compose.text': '消息内容', 'compose.send': '发送', 'compose.note': '附言(可不填)',
    'compose.taskTitle': '发出我的助力任务', 'compose.task': '我的进行中任务', 'compose.taskHint': '群成员可以直接在卡片上帮你助力', 'compose.postTask': '发到群里求助',
    'compose.noTasks': '没有进行中的任务', 'compose.noTasksHint': '你还没有进行中的任务,先去活动页发起一个:',
    'compose.linkTitle': '发外部助力链接', 'compose.url': '助力链接', 'compose.urlHint': '本群允许的网站:{domains}', 'compose.anyKnown': '常见电商平台', 'compose.postLink': '发出链接',
    'compose.masked': '为保护隐私,消息里的个人信息(如手机号)已被部分遮盖后发出。', 'compose.held': '已提交,这条消息需要管理员审核后才会显示给其他成员。', 'compose.muted': '你在本群被禁言到 {until},暂时不能发消息。',
    'compose.rejected': '消息没有发送:', 'compose.where': '(第 {from}–{to} 个字符)',
    
    
    'queue.lead': '按公平顺序排列:帮得多、被帮得少、等得久的成员排在前面。', 'queue.empty': '现在没有需要你帮忙的请求。去群聊看看,或者发出你自己的求助。', 'queue.toFeed': '去群聊',
    'queue.balance': '帮过别人 {g} 次 · 被帮 {r} 次', 'queue.lowPriority': '靠后:TA 最近求助较多', 'queue.meta': '已有 {n} 人帮忙 · 剩余 {left}',
    'ledger.mine': '我的互助账', 'ledger.given': '我帮别人', 'ledger.received': '别人帮我', 'ledger.balance': '差额', 'ledger.balanceHint': '差额 = 我帮别人的次数 − 别人帮我的次数。',
    'ledger.iOwe': '帮过我、我还没回帮的', 'ledger.iOweNone': '没有欠下的人情。', 'ledger.owe': '帮了我 {a} 次,我帮了 TA {b} 次',
    'ledger.owesMe': '我帮过、还没回帮我的', 'ledger.owesMeNone': '最近没有。', 'ledger.owed': '我帮了 TA {a} 次,TA 帮了我 {b} 次',
    'ledger.history': '最近记录', 'ledger.historyNone': '还没有互助记录。去“帮谁”里帮帮别人吧。', 'ledger.gave': '我帮了 {name}', 'ledger.got': '{name} 帮了我',
    'ledger.group': '全群账本', 'ledger.member': '成员',
    'source.HUZHU_ASSIST': '平台助力', 'source.CONFIRMED_LINK': '外部链接(已确认)',
    
    'field.text.TOO_LONG': '内容太长了', 'field.text.CONTROL_CHARACTERS': '不能包含控制字符', 'field.note.TOO_LONG': '附言最多 500 字',
    'field.note.CONTROL_CHARACTERS': '附言不能包含控制字符', 'field.taskId.REQUIRED': '请选择一个进行中的任务', 'field.url.REQUIRED': '请填写链接',
    'field.url.NOT_ALLOWLISTED': '这个网站不在本群允许的名单里,可以请管理员添加', 'field.url.UNKNOWN_DOMAIN': '不认识这个网站,不能发送',
    'field.url.MALFORMED': '这不是一个有效的链接', 'field.url.SCHEME': '只能发 http 或 https 链接', 'field.url.IP_HOST': '不能发 IP 地址形式的链接',
    'field.url.PORT': '链接不能带端口号', 'field.url.USERINFO': '链接不能包含用户名或密码', 'field.url.INVALID': '这不是一个有效的链接', 'field.url.LENGTH': '链接太长了',
    'error.INVITE_CODE_INVALID': '邀请码无效或已更换。',
    'error.BANNED_FROM_GROUP': '你已被禁止加入这个群。', 'error.ALREADY_MEMBER': '你已经是这个群的成员了。',
    'error.OWNER_CANNOT_LEAVE': '群主需要先转让群才能退出。', 'error.MEMBER_MUTED': '你在本群被禁言了,暂时不能发消息。',
    'error.LINK_NOT_ALLOWED': '本群不允许发这个链接。', 'error.NOT_YOUR_TASK': '只能发你自己发起的任务。',
    'error.NEW_MEMBER_POST_LIMIT': '新成员前 3 天每天只能发 5 条消息,明天再来吧。', 'error.POLICY_HELP_FIRST': '本群规定先帮别人再求助:去“帮谁”里帮几位成员吧。',
    'error.POLICY_DAILY_POSTS': '今天在本群的求助次数已达上限。', 'error.HELP_REQUEST_NOT_FOUND': '这个求助不存在了。', 'error.HELP_REQUEST_NOT_OPEN': '这个求助已经结束了。',
    'error.NOT_EXTERNAL_LINK': '只有外部链接求助需要报告“我帮了”。', 'error.SELF_HELP': '不能在自己的求助上报告帮忙。', 'error.ALREADY_REPORTED': '你已经报告过帮了这个忙。',
    'error.NOT_REQUESTER': '只有发出求助的人能确认。',
    'error.ALREADY_REPORTED_TARGET': '你已经举报过这条消息了。',
    
    
  },
  en: {
    'groups.title': 'Groups', 'groups.mine': 'My groups', 'groups.none': "You haven't joined a group yet. Enter an invite code a friend sent you, or create your own group below.",
    'groups.members': '{n}/{cap} members', 'groups.signInFirst': 'Sign in to see and join groups.',
    'groups.joinTitle': 'Join with an invite code', 'groups.code': 'Invite code or link', 'groups.codeHint': 'For example NCHXA708; you can also paste an invite link ending in /g/CODE', 'groups.lookUp': 'Look at this group',
    'groups.createTitle': 'Create a group', 'groups.name': 'Group name', 'groups.nameHint': 'At most 40 characters', 'groups.description': 'Description', 'groups.descriptionHint': 'Optional, at most 500 characters',
    'groups.template': 'Rule template', 'groups.templateHint': 'Pick a template to fill in the rules below, then edit them as you like', 'groups.templateAll': 'All recommended rules', 'groups.templateCustom': 'Write my own',
    'groups.rules': 'Rules', 'groups.joinApproval': 'New members need my approval', 'groups.create': 'Create group',
    'groupRole.OWNER': 'Owner', 'groupRole.ADMIN': 'Admin', 'groupRole.MEMBER': 'Member',
    'join.title': 'Join a group', 'join.signIn': "Sign in to see this group's description, rules and safety score before you decide to join.", 'join.checkCode': 'Check the invite code, or ask the owner for a new invite link.', 'join.back': 'Back to my groups',
    'join.memberCount': 'Members', 'join.admins': 'Admin team', 'join.since': 'Created', 'join.approval': 'Joining', 'join.approvalYes': 'Needs admin approval', 'join.approvalNo': 'Open to anyone with the code',
    'join.rules': 'Rules (version {v})', 'join.rulesHash': 'Rules fingerprint {hash}…', 'join.accept': 'By joining you confirm you have read and accept the rules above.',
    'join.open': 'Open the chat', 'join.already': 'You are already a member of this group.', 'join.adminEntry': '{name} ({role})', 'join.listSep': ', ',
    'join.confirm': 'Accept rules and join', 'join.request': 'Accept rules and ask to join', 'join.pending': 'Request sent; an admin of the group will review it. Once approved the group appears under "My groups".',
    'safety.title': 'Safety score', 'safety.unavailable': 'The safety score is not available right now.', 'safety.good': 'good', 'safety.fair': 'fair', 'safety.poor': 'take care', 'safety.points': '{p} of {w} points',
    'group.tabs': 'Group sections', 'group.feed': 'Chat', 'group.queue': 'Help next', 'group.ledger': 'Ledger', 'group.admin': 'Manage group',
    'group.leave': 'Leave group', 'group.leaveQuestion': 'Leave "{name}"? You would need an invite code to join again.', 'group.leaveConfirm': 'Yes, leave', 'group.ownerLeave': 'The owner must transfer the group to another member before leaving.',
    'live.connecting': 'Connecting…', 'live.live': 'Live', 'live.reconnecting': 'Connection lost; reconnecting…', 'live.offline': 'Disconnected; retrying shortly',
    'feed.empty': 'No messages yet. Say hello, or post your first request for help.', 'feed.older': 'Show earlier messages', 'feed.latest': 'Latest ↓',
    'message.me': 'Me', 'message.someone': 'A member', 'message.success': 'Success story', 'message.held': 'This message awaits review by an admin; until then only you can see it.',
    'card.progress': 'Progress', 'card.remaining': 'Left:', 'task.maxAssistsBefore': 'At most', 'task.maxAssistsAfter': 'more assists', 'task.endsIn': 'Time left {left}',
    'task.assist': 'Assist', 'task.assisted': 'Thanks! You took off {cut}; {left} to go.', 'task.assistedDone': 'Thanks! You took off {cut} and the task is complete!',
    'link.hint': 'Open the link and help in the app it belongs to, then tap "I helped"; it is booked once they confirm.', 'link.mineHint': 'When members say they helped, confirm it here honestly.',
    'link.helped': 'I helped', 'link.reported': 'They have been told you helped; waiting for their confirmation.',
    'helped.noneYet': 'Nobody has reported helping you yet.', 'helped.refresh': 'Refresh', 'helped.allDone': 'All answered.', 'helped.waiting': '{n} said they helped you; please confirm:', 'helped.says': '{name} says they helped you',
    'helped.lapses': '(lapses {when} if not confirmed)', 'helped.confirm': 'Confirm', 'helped.dispute': "They didn't", 'helped.someone': 'A member',
    'helped.decided.CONFIRMED': "Confirmed {name}'s help; it is on the ledger.", 'helped.decided.DISPUTED': "Disputed; an admin will check {name}'s report.",
    'report.open': 'Report', 'report.reason': 'Reason', 'report.note': 'Note (optional)', 'report.submit': 'Send report', 'report.done': 'Thanks, your report was received; an admin will look at it soon.',
    'reason.SPAM': 'Spam or flooding', 'reason.AD': 'Advertising', 'reason.PERSONAL_DATA': 'Personal data', 'reason.ABUSE': 'Abuse or harassment', 'reason.OFF_TOPIC': 'Off topic', 'reason.FRAUD': 'Fraud or paid assists', 'reason.OTHER': 'Other',
    'board.announcements': 'Announcements', 'board.pinned': 'Pinned', 'board.tips': 'Tips',
    'compose.title': 'Write a message', 'compose.text': 'Message', 'compose.send': 'Send', 'compose.note': 'Note (optional)',
    'compose.taskTitle': 'Ask for help with my task', 'compose.task': 'My open task', 'compose.taskHint': 'Members can assist right on the card', 'compose.postTask': 'Post for help',
    'compose.noTasks': 'No open tasks', 'compose.noTasksHint': 'You have no open task; start one from a campaign first:',
    'compose.linkTitle': 'Post an external assist link', 'compose.url': 'Assist link', 'compose.urlHint': 'Sites allowed in this group: {domains}', 'compose.anyKnown': 'well-known shopping sites', 'compose.postLink': 'Post link',
    'compose.masked': 'To protect privacy, personal data in your message (such as a phone number) was partly masked.', 'compose.held': 'Sent; this message awaits review by an admin before other members see it.', 'compose.muted': 'You are muted in this group until {until}.',
    'compose.rejected': 'The message was not sent:', 'compose.where': ' (characters {from}–{to})',
    
    
    'queue.lead': 'In fair order: members who help a lot, are helped little and have waited long come first.', 'queue.empty': 'Nobody needs your help right now. Look at the chat, or post your own request.', 'queue.toFeed': 'Go to the chat',
    'queue.balance': 'helped others {g} times · was helped {r} times', 'queue.lowPriority': 'Later: asked for help often lately', 'queue.meta': '{n} helped so far · {left} left',
    'ledger.mine': 'My balance', 'ledger.given': 'I helped', 'ledger.received': 'Helped me', 'ledger.balance': 'Balance', 'ledger.balanceHint': 'Balance = times I helped others − times others helped me.',
    'ledger.iOwe': 'Helped me, not helped back yet', 'ledger.iOweNone': 'You owe nobody a favour.', 'ledger.owe': 'helped me {a} times, I helped them {b} times',
    'ledger.owesMe': 'I helped, not helped me back yet', 'ledger.owesMeNone': 'Nobody lately.', 'ledger.owed': 'I helped them {a} times, they helped me {b} times',
    'ledger.history': 'Recent entries', 'ledger.historyNone': 'No help recorded yet. Help someone under "Help next".', 'ledger.gave': 'I helped {name}', 'ledger.got': '{name} helped me',
    'ledger.group': 'Whole group', 'ledger.member': 'Member',
    'source.HUZHU_ASSIST': 'Huzhu assist', 'source.CONFIRMED_LINK': 'External link (confirmed)',
    
    'field.text.TOO_LONG': 'That is too long', 'field.text.CONTROL_CHARACTERS': 'Control characters are not allowed', 'field.note.TOO_LONG': 'At most 500 characters',
    'field.note.CONTROL_CHARACTERS': 'Control characters are not allowed', 'field.taskId.REQUIRED': 'Choose one of your open tasks', 'field.url.REQUIRED': 'Enter a link',
    'field.url.NOT_ALLOWLISTED': 'This site is not on the group\'s allowed list; ask an admin to add it', 'field.url.UNKNOWN_DOMAIN': 'Unknown site; it cannot be posted',
    'field.url.MALFORMED': 'This is not a valid link', 'field.url.SCHEME': 'Only http and https links', 'field.url.IP_HOST': 'Links to IP addresses are not allowed',
    'field.url.PORT': 'Links with a port number are not allowed', 'field.url.USERINFO': 'Links may not contain a user name or password', 'field.url.INVALID': 'This is not a valid link', 'field.url.LENGTH': 'The link is too long',
    'error.INVITE_CODE_INVALID': 'This invite code is invalid or was replaced.',
    'error.BANNED_FROM_GROUP': 'You are banned from this group.', 'error.ALREADY_MEMBER': 'You are already a member of this group.',
    'error.OWNER_CANNOT_LEAVE': 'The owner must transfer the group before leaving.', 'error.MEMBER_MUTED': 'You are muted in this group.',
    'error.LINK_NOT_ALLOWED': 'This link is not allowed in this group.', 'error.NOT_YOUR_TASK': 'You can only post tasks you started.',
    'error.NEW_MEMBER_POST_LIMIT': 'New members may post 5 messages a day during their first 3 days; try again tomorrow.', 'error.POLICY_HELP_FIRST': 'This group asks you to help others first: help a few members under "Help next".',
    'error.POLICY_DAILY_POSTS': "You've reached this group's daily limit of help posts.", 'error.HELP_REQUEST_NOT_FOUND': 'This request no longer exists.', 'error.HELP_REQUEST_NOT_OPEN': 'This request has ended.',
    'error.NOT_EXTERNAL_LINK': 'Only external-link requests take "I helped" reports.', 'error.SELF_HELP': 'You cannot report help on your own request.', 'error.ALREADY_REPORTED': 'You already reported helping with this.',
    'error.NOT_REQUESTER': 'Only the member who asked may confirm.',
    'error.ALREADY_REPORTED_TARGET': 'You already reported this message.',
    
    
  },
});
