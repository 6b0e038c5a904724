// Group feed: the message list and paging back through older messages. Messages arrive in any order (a page,
// older pages, the live stream) and are kept in seq order without duplicates.
import { h } from '../../dom.js';
import { get } from '../../api.js';
import { t } from '../../i18n.js';
import { errorText } from '../../ui.js';
import { PAGE, enc } from './common.js';
import { insertMessage, messageItem } from './items.js';

/** The list with the first page in it, its "older" button, and add(message) for newer ones. */
export function feedList(gid, names, page) {
  const list = h('ol', { id: 'feed', class: 'feed', 'aria-label': t('group.feed') });
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
  const items = [...(page.items || [])].reverse();
  items.forEach(add);
  let oldest = items.length ? Number(items[0].seq) : null;
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
  return { list, older, add, refreshEmpty };
}
