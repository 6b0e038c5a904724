// The web app's shell: session, navigation, language switch and a fragment router (#/path). Each screen module
// exports `routes`: [{ path: /^\/regex$/, render: async (view, match) => optionalCleanup }].
import { h, mount } from './dom.js';
import { onRoute, refreshSession } from './nav.js';
import { lang, register, setLang, t } from './i18n.js';
import { failed, session } from './ui.js';
import './messages.js';
import * as account from './screens/account.js';
import * as campaigns from './screens/campaigns.js';
import * as tasks from './screens/tasks.js';
import * as landing from './screens/landing.js';
import * as groups from './screens/groups.js';
import * as admin from './screens/admin.js';
import * as operator from './screens/operator.js';
import * as assists from './screens/assists.js';
import * as risk from './screens/risk.js';
import * as riskcase from './screens/riskcase.js';
import * as riskappeals from './screens/riskappeals.js';
import * as inbox from './screens/inbox.js';
import * as webhooks from './screens/webhooks.js';
import * as guardrails from './screens/guardrails.js';
import * as analytics from './screens/analytics.js';

const modules = [account, campaigns, tasks, landing, groups, admin, operator, assists, risk, riskcase, riskappeals, inbox, webhooks, guardrails, analytics];
const routes = modules.flatMap((m) => m.routes || []);
let cleanup = null;

function renderChrome() {
  document.documentElement.lang = lang();
  document.title = t('app.title');
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = lang() === 'zh-CN' ? 'English' : '中文';
  switcher.lang = lang() === 'zh-CN' ? 'en' : 'zh-CN';
  switcher.setAttribute('aria-label', t('app.switchLanguage'));
  document.getElementById('skip-link').textContent = t('app.skip');
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('app.nav'));
  const links = [['#/campaigns', t('nav.campaigns'), 'nav-campaigns'], ['#/assist', t('nav.assist'), 'nav-assist']];
  if (session.me) {
    links.push(['#/tasks', t('nav.myTasks'), 'nav-tasks'], ['#/groups', t('nav.groups'), 'nav-groups']);
    const roles = session.me.roles || [];
    if (roles.includes('OPERATOR') || roles.includes('ADMIN')) links.push(['#/operator', t('nav.operator'), 'nav-operator']);
    links.push(['#/me/notifications', t('inbox.nav'), 'nav-inbox']);
    links.push(['#/me', session.me.displayName || session.me.username, 'nav-me']);
  } else {
    links.push(['#/login', t('nav.login'), 'nav-login'], ['#/register', t('nav.register'), 'nav-register']);
  }
  const here = location.hash || '#/';
  mount(nav, links.map(([href, label, id]) => h('a', {
    href, id, 'aria-current': here.startsWith(href) && !(href === '#/me' && here.startsWith('#/me/notifications')) ? 'page' : null,
  }, label)));
  if (session.me) inbox.badge();
  mount(document.getElementById('foot'), h('span', null, t('app.footer')), ' · ', h('a', { href: '/swagger-ui.html' }, 'API'));
}

async function route() {
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  const path = (location.hash.replace(/^#/, '') || '/').split('?')[0];
  const view = document.getElementById('view');
  renderChrome();
  for (const r of routes) {
    const match = path.match(r.path);
    if (match) {
      try {
        cleanup = await r.render(view, match.slice(1).map(decodeURIComponent));
      } catch (error) {
        failed(view, error);
      }
      return;
    }
  }
  mount(view, h('div', { class: 'empty' }, h('h1', null, t('app.notFound')), h('a', { href: '#/' }, t('common.home'))));
}

register({
  'zh-CN': {
    'app.title': '互助 · 助力互助平台', 'app.switchLanguage': '切换到英文', 'app.skip': '跳到正文', 'app.nav': '主导航',
    'app.footer': '互助:规则公开、余额精确、随机可验证', 'app.notFound': '页面不存在',
    'nav.campaigns': '活动', 'nav.assist': '助力', 'nav.myTasks': '我的任务', 'nav.groups': '互助群',
    'nav.operator': '运营', 'nav.login': '登录', 'nav.register': '注册',
  },
  en: {
    'app.title': 'Huzhu · mutual assist', 'app.switchLanguage': 'Switch to Chinese', 'app.skip': 'Skip to content', 'app.nav': 'Main navigation',
    'app.footer': 'Huzhu: published rules, exact amounts, verifiable randomness', 'app.notFound': 'No such page',
    'nav.campaigns': 'Campaigns', 'nav.assist': 'Assist', 'nav.myTasks': 'My tasks', 'nav.groups': 'Groups',
    'nav.operator': 'Operator', 'nav.login': 'Sign in', 'nav.register': 'Sign up',
  },
});

onRoute(route);
window.addEventListener('huzhu:session', renderChrome);
window.addEventListener('hashchange', route);
window.addEventListener('huzhu:lang', route);
document.getElementById('lang-switch').addEventListener('click', () => setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'));
refreshSession().then(route);
