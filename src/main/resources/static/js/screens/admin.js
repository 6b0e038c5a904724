// Group admin pages for the owner and admins (#/groups/{id}/admin[/tab]): the shell (title, tabs, notice) and the
// routes; each tab is a module of its own in admin/ (review queue, members, settings, announcements, audit log,
// appeals, safety score and dry run), and #/me/appeals lists a member's own appeals. Every text is a Text node
// (reported content such as "<script>" stays text); destructive actions ask for confirmation and a reason.
import './admin/messages.js';
import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { t } from '../i18n.js';
import { loading, session } from '../ui.js';
import { go } from '../nav.js';
import { roster } from './admin/common.js';
import { queueTab } from './admin/queue.js';
import { membersTab } from './admin/members.js';
import { settingsTab } from './admin/settings.js';
import { boardTab } from './admin/board.js';
import { auditTab } from './admin/audit.js';
import { appealsTab, myAppeals } from './admin/appeals.js';
import { dryRunTab, safetyTab } from './admin/safety.js';

const TABS = ['queue', 'members', 'settings', 'announcements', 'audit', 'appeals', 'safety', 'dry-run'];
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

const RENDER = {
  queue: queueTab, members: membersTab, settings: settingsTab, announcements: boardTab,
  audit: auditTab, appeals: appealsTab, safety: safetyTab, 'dry-run': dryRunTab,
};
export const routes = [
  { path: /^\/groups\/([^/]+)\/admin$/, render: (view, [gid]) => adminPage(view, [gid, 'queue']) },
  { path: /^\/groups\/([^/]+)\/admin\/([a-z-]+)$/, render: adminPage },
  { path: /^\/me\/appeals$/, render: myAppeals },
];
