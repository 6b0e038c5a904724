// Mutual-help groups: #/groups/{id}/queue, what to help next, in fair order.
import { h, mount } from '../../dom.js';
import { get } from '../../api.js';
import { countdown, t } from '../../i18n.js';
import { empty } from '../../ui.js';
import { enc } from './common.js';
import { groupHeader, loadGroup } from './header.js';
import { taskCard } from './cards.js';
import { linkPost } from './items.js';

// ---------------------------------------------------------------------------------------------------------------
// #/groups/{id}/queue: what to help next, in fair order

export async function queue(view, [id]) {
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
