// Mutual-help groups: #/groups/{id}/queue, what to help next and why (rendered by ../helpqueue.js).
import { groupHeader, loadGroup } from './header.js';
import { taskCard } from './cards.js';
import { linkPost } from './items.js';
import { renderQueue } from '../helpqueue.js';

// ---------------------------------------------------------------------------------------------------------------
// #/groups/{id}/queue: what to help next, with the reason of each place

export async function queue(view, [id]) {
  const group = await loadGroup(view, id, `/groups/${id}/queue`);
  if (!group) return null;
  return renderQueue(view, group, { header: groupHeader, taskCard, linkPost });
}
