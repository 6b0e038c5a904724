// #/groups/{id}: the group's live feed, put together from its parts: the list and paging (feedlist.js), the
// composer (composer.js) and the live stream (live.js), under the group header and its board.
import { h, mount } from '../../dom.js';
import { get } from '../../api.js';
import { t } from '../../i18n.js';
import { PAGE, enc } from './common.js';
import { groupHeader, loadGroup } from './header.js';
import { board } from './items.js';
import { feedList } from './feedlist.js';
import { composer } from './composer.js';
import { liveStatus, liveStream } from './live.js';

export async function feed(view, [id]) {
  const group = await loadGroup(view, id, `/groups/${id}`);
  if (!group) return undefined;
  const gid = group.id;
  const names = new Map();
  const [page, boardSection, tasks, ledger] = await Promise.all([
    get(`/api/groups/${enc(gid)}/messages?limit=${PAGE}`),
    board(gid),
    get('/api/me/tasks?limit=100').catch(() => ({ items: [] })),
    get(`/api/groups/${enc(gid)}/ledger`).catch(() => ({ items: [] })),
  ]);
  for (const m of ledger.items || []) names.set(m.userId, m.displayName);
  // Navigated elsewhere while loading: render nothing and open no stream.
  if ((location.hash.replace(/^#/, '') || '/').split('?')[0] !== `/groups/${id}`) return undefined;

  const feedPart = feedList(gid, names, page);
  const status = liveStatus();
  const posted = (formEl, sent, masked = false) => {
    formEl.querySelector('.held-notice')?.remove();
    const notes = [];
    if (sent.status === 'HELD') notes.push(t('compose.held'));
    if (masked) notes.push(t('compose.masked'));
    if (notes.length) formEl.prepend(h('p', { class: 'notice held-notice', role: 'status' }, notes.join(' ')));
    feedPart.add(sent);
    const el = feedPart.list.querySelector(`.message[data-id="${CSS.escape(sent.id)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  };
  const compose = composer(group, tasks, posted);

  // No scrolling on load (the page opens at the group's header); a button jumps to the newest message and the composer.
  const latest = h('button', { type: 'button', class: 'link-button', id: 'jump-latest' }, t('feed.latest'));
  latest.addEventListener('click', () => {
    compose.element.scrollIntoView({ block: 'end' });
    (compose.messageInput.isConnected ? compose.messageInput : latest).focus({ preventScroll: true });
  });
  mount(view, groupHeader(group, 'feed'), boardSection,
    h('div', { class: 'feed-bar' }, h('h2', { class: 'feed-title' }, t('group.feed')), latest, status),
    feedPart.older, feedPart.list, compose.element);
  return liveStream(gid, Number(page.cursor || 0), feedPart, status);
}
