// Group admin (#/groups/{id}/admin): the review queue and link-help disputes.
import { h, mount, uid } from '../../dom.js';
import { get, post } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { actionButton, alertBox, empty, errorText, section } from '../../ui.js';
import { ask, findingExplanation, findingType, labelled, muteSelect, nameOf } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Review queue and link-help disputes

const MESSAGE_ACTIONS = ['APPROVE', 'DELETE', 'WARN', 'MUTE', 'KICK', 'BAN'];
const MEMBER_ACTIONS = ['APPROVE', 'WARN', 'MUTE', 'KICK', 'BAN'];

export async function queueTab(panel, ctx) {
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
