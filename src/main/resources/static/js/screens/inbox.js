// The inbox (#/me/notifications): my notices, newest first, in plain words; mark one or all read; which kinds I
// want (security and moderation notices cannot be turned off). The unread badge in the navigation lives here too:
// it refreshes on every page and whenever a notification frame arrives over the feed connection. No streaks, no
// nagging: a notice says what happened once.
import { h, mount } from '../dom.js';
import { get, post, put } from '../api.js';
import { dateTime, t } from '../i18n.js';
import { alertBox, empty, errorText, loading, section, session } from '../ui.js';
import './notify-messages.js';

const PAGE = 30;

/** Sets the unread badge of the navigation's inbox link (#nav-inbox). */
export async function badge(count) {
  const link = document.getElementById('nav-inbox');
  if (!link || !session.me) return;
  let unread = count;
  if (unread === undefined) {
    try {
      unread = (await get('/api/me/notifications/unread')).unread;
    } catch {
      return;
    }
  }
  link.querySelector('.badge')?.remove();
  link.setAttribute('aria-label', unread > 0 ? t('inbox.navUnread', { n: unread }) : t('inbox.nav'));
  if (unread > 0) link.append(h('span', { class: 'badge', id: 'inbox-badge', 'aria-hidden': 'true' }, unread > 99 ? '99+' : String(unread)));
}

window.addEventListener('huzhu:notification', (event) => badge(event.detail?.unread));

const enc = encodeURIComponent;

/** The sentence for a notice, from its kind and facts. */
export function noticeText(n) {
  const detail = n.detail || '';
  switch (n.kind) {
    case 'ASSISTED': return t('notice.ASSISTED', { n: n.count });
    case 'RISK_DECISION': return t(n.subjectId === session.me?.id ? 'notice.RISK_DECISION.owner' : 'notice.RISK_DECISION.helper', { n: n.count });
    case 'MODERATION': return t(`notice.MODERATION.${detail}`, { until: dateTime(n.until) });
    case 'APPEAL_DECIDED': return t(`notice.APPEAL_DECIDED.${detail}`);
    case 'ACCOUNT_RESTRICTED': return t(`notice.ACCOUNT_RESTRICTED.${detail}`);
    case 'WEBHOOK_DISABLED': return t(`notice.WEBHOOK_DISABLED.${detail}`);
    default: return t(`notice.${n.kind}`);
  }
}

function noticeLink(n) {
  if (n.kind === 'WEBHOOK_DISABLED' && n.groupId) return `#/groups/${enc(n.groupId)}/webhooks`;
  if (n.kind === 'ACCOUNT_RESTRICTED' || n.kind === 'RISK_DECISION') return n.taskId ? `#/tasks/${enc(n.taskId)}` : '#/me/assists';
  if (n.kind === 'APPEAL_DECIDED') return n.groupId ? '#/me/appeals' : '#/me/assists';
  if (n.taskId) return `#/tasks/${enc(n.taskId)}`;
  if (n.groupId) return `#/groups/${enc(n.groupId)}`;
  return null;
}

function noticeItem(n, onRead) {
  const link = noticeLink(n);
  const text = link ? h('a', { href: link, class: 'notice-text' }, noticeText(n)) : h('span', { class: 'notice-text' }, noticeText(n));
  const item = h('li', { class: `inbox-item ${n.read ? 'read' : 'unread'}`, dataset: { id: n.id, kind: n.kind } },
    h('p', null, n.read ? null : h('span', { class: 'tag unread-tag' }, t('inbox.unread')), ' ', text),
    h('p', { class: 'muted' }, dateTime(n.updatedAt)));
  if (!n.read) {
    const mark = h('button', { type: 'button', class: 'small mark-read' }, t('inbox.markRead'));
    mark.addEventListener('click', async () => {
      mark.disabled = true;
      try {
        const { unread } = await post(`/api/me/notifications/${enc(n.id)}/read`);
        onRead(item, unread);
      } catch (error) {
        mark.disabled = false;
        window.alert(errorText(error));
      }
    });
    item.append(mark);
  }
  return item;
}

async function inboxPage(view) {
  if (!session.me) {
    location.hash = '#/login';
    return;
  }
  loading(view);
  const page = await get(`/api/me/notifications?limit=${PAGE}`);
  const list = h('ul', { class: 'inbox', id: 'inbox-list' });
  const markAll = h('button', { type: 'button', id: 'mark-all-read', disabled: page.unread === 0 }, t('inbox.markAll'));
  const onRead = (item, unread) => {
    item.classList.replace('unread', 'read');
    item.querySelector('.unread-tag')?.remove();
    item.querySelector('.mark-read')?.remove();
    markAll.disabled = unread === 0;
    badge(unread);
  };
  const add = (items) => list.append(...items.map((n) => noticeItem(n, onRead)));
  add(page.items);
  let next = page.nextBefore;
  const more = h('button', { type: 'button', id: 'inbox-more', hidden: !next }, t('common.more'));
  more.addEventListener('click', async () => {
    const older = await get(`/api/me/notifications?limit=${PAGE}&before=${next}`);
    add(older.items);
    next = older.nextBefore;
    more.hidden = !next;
  });
  markAll.addEventListener('click', async () => {
    markAll.disabled = true;
    await post('/api/me/notifications/read-all');
    for (const item of list.querySelectorAll('.inbox-item.unread')) onRead(item, 0);
  });
  const onLive = () => { if (location.hash === '#/me/notifications') inboxPage(view); };
  window.addEventListener('huzhu:notification', onLive);
  mount(view,
    h('h1', null, t('inbox.title')),
    h('p', { class: 'muted' }, t('inbox.intro')),
    h('div', { class: 'actions' }, markAll, h('a', { class: 'button', href: '#/me/notifications/settings', id: 'inbox-settings' }, t('inbox.settings'))),
    page.items.length ? list : empty(t('inbox.empty')),
    more);
  badge(page.unread);
  return () => window.removeEventListener('huzhu:notification', onLive);
}

async function settingsPage(view) {
  if (!session.me) {
    location.hash = '#/login';
    return;
  }
  loading(view);
  const settings = await get('/api/me/notification-preferences');
  const alert = alertBox();
  const saved = h('p', { class: 'notice', role: 'status', id: 'prefs-saved', hidden: true }, t('inbox.saved'));
  const rows = settings.map((s) => {
    const id = `pref-${s.kind}`;
    const box = h('input', { type: 'checkbox', id, name: s.kind, checked: s.enabled, disabled: s.mandatory });
    box.addEventListener('change', async () => {
      alert.clear();
      saved.hidden = true;
      try {
        await put('/api/me/notification-preferences', { [s.kind]: box.checked });
        saved.hidden = false;
      } catch (error) {
        box.checked = !box.checked;
        alert.show(errorText(error));
      }
    });
    return h('div', { class: 'field check' }, box, h('label', { for: id }, t(`kind.${s.kind}`)),
      s.mandatory ? h('p', { class: 'hint' }, t('inbox.mandatory')) : null);
  });
  mount(view, h('h1', null, t('inbox.settingsTitle')),
    section(t('inbox.kinds'), h('p', { class: 'muted' }, t('inbox.quiet')), alert, rows, saved),
    h('a', { href: '#/me/notifications' }, t('inbox.back')));
}

export const routes = [
  { path: /^\/me\/notifications$/, render: inboxPage },
  { path: /^\/me\/notifications\/settings$/, render: settingsPage },
];
