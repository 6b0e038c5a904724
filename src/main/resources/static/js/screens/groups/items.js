// Mutual-help groups: feed messages (text, task cards, links with "I helped" and confirmation, stories), reports and the board.
import { h, mount } from '../../dom.js';
import { get, post } from '../../api.js';
import { dateTime, lang, t } from '../../i18n.js';
import { alertBox, errorText } from '../../ui.js';
import { go } from '../../nav.js';
import { REPORT_REASONS, enc, externalLink, myId } from './common.js';
import { taskCard } from './cards.js';

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

export function linkPost(groupId, message, names) {
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

export function messageItem(groupId, message, names) {
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
export function insertMessage(list, item) {
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

export async function board(groupId) {
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
export function rejectionText(error) {
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
