// Mutual-help groups: task cards with live progress (feed and queue).
import { h } from '../../dom.js';
import { post } from '../../api.js';
import { countdown, t } from '../../i18n.js';
import { alertBox, errorText, percent, taskAmount } from '../../ui.js';
import { enc, myId } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Task cards (feed and queue)

export function taskCard(task, { authorId, messageId } = {}) {
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
