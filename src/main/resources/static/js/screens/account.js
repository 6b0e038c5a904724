// Home, sign up, sign in, sign out and my profile (account status, roles, trust level in each group).
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { register, t, dateTime } from '../i18n.js';
import { empty, errorText, form, section, session } from '../ui.js';
import { go, refreshSession } from '../nav.js';

async function home(view) {
  mount(view,
    h('section', { class: 'hero' },
      h('h1', null, t('home.title')),
      h('p', null, t('home.lead')),
      h('div', { class: 'actions' },
        h('a', { class: 'button primary', href: '#/campaigns' }, t('home.campaigns')),
        h('a', { class: 'button', href: '#/assist' }, t('home.assist')),
        session.me ? h('a', { class: 'button', href: '#/groups' }, t('home.groups'))
          : h('a', { class: 'button', href: '#/register' }, t('home.register')))),
    h('ul', { class: 'promises' },
      ['home.p1', 'home.p2', 'home.p3', 'home.p4'].map((k) => h('li', null, t(k)))));
}

async function login(view) {
  const next = new URLSearchParams(location.hash.split('?')[1] || '').get('next') || '/';
  mount(view, h('h1', null, t('login.title')),
    form({
      id: 'login-form',
      fields: [
        { name: 'username', label: t('account.username'), required: true, attrs: { autocomplete: 'username' } },
        { name: 'password', label: t('account.password'), type: 'password', required: true, attrs: { autocomplete: 'current-password' } },
      ],
      submit: t('login.submit'),
      onSubmit: async (v) => {
        await post('/api/session', { username: v.username.trim(), password: v.password });
        await refreshSession();
        go(next);
      },
    }),
    h('p', null, t('login.noAccount'), ' ', h('a', { href: '#/register' }, t('nav.register'))));
}

async function signup(view) {
  mount(view, h('h1', null, t('register.title')),
    form({
      id: 'register-form',
      fields: [
        { name: 'username', label: t('account.username'), required: true, hint: t('register.usernameHint'), attrs: { autocomplete: 'username' } },
        { name: 'displayName', label: t('account.displayName'), hint: t('register.displayNameHint') },
        { name: 'password', label: t('account.password'), type: 'password', required: true, hint: t('register.passwordHint'), attrs: { autocomplete: 'new-password' } },
      ],
      submit: t('register.submit'),
      onSubmit: async (v) => {
        await post('/api/auth/register', { username: v.username.trim(), password: v.password, displayName: v.displayName.trim() || null });
        await post('/api/session', { username: v.username.trim(), password: v.password });
        await refreshSession();
        go('/');
      },
    }),
    h('p', null, t('register.haveAccount'), ' ', h('a', { href: '#/login' }, t('nav.login'))));
}

async function profile(view) {
  if (!session.me) return go('/login?next=/me');
  const me = session.me;
  const trust = h('ul', { class: 'list', id: 'trust-levels' });
  const logout = h('button', { type: 'button', id: 'logout' }, t('me.logout'));
  logout.addEventListener('click', async () => {
    await post('/api/session/logout', {}).catch(() => {});
    await refreshSession();
    go('/');
  });
  mount(view, h('h1', null, t('me.title')),
    section(t('me.account'),
      h('dl', { class: 'facts' },
        h('dt', null, t('account.username')), h('dd', { id: 'me-username' }, me.username),
        h('dt', null, t('account.displayName')), h('dd', null, me.displayName || '—'),
        h('dt', null, t('me.status')), h('dd', { id: 'me-status' }, t(`status.${me.status}`)),
        h('dt', null, t('me.trustLevel')), h('dd', { id: 'me-trust' }, t('trust.level', { n: me.trustLevel ?? 0, label: t(`trust.L${me.trustLevel ?? 0}`) })),
        h('dt', null, t('me.roles')), h('dd', null, (me.roles || []).map((r) => t(`role.${r}`)).join(' · ')),
        h('dt', null, t('me.since')), h('dd', null, dateTime(me.createdAt))),
      me.status === 'RESTRICTED' ? h('p', { class: 'alert' }, t('me.restricted')) : null),
    section(t('me.trust'), trust),
    h('div', { class: 'actions' }, h('a', { class: 'button', href: '#/me/assists', id: 'my-assists-link' }, t('risk.mine.title')),
      h('a', { class: 'button', href: '#/me/limits', id: 'my-limits-link' }, t('me.limits')), h('a', { class: 'button', href: '#/me/summary' }, t('me.summary')),
      h('a', { class: 'button', href: '#/me/appeals' }, t('me.appeals')), logout));
  try {
    const groups = await get('/api/groups/mine');
    const items = groups.items || groups;
    if (!items.length) {
      mount(trust, empty(t('me.noGroups'), h('a', { href: '#/groups' }, t('nav.groups'))));
      return;
    }
    mount(trust, await Promise.all(items.map(async (g) => {
      const level = await get(`/api/groups/${g.id}/members/${me.id}/trust`).catch(() => null);
      return h('li', null, h('a', { href: `#/groups/${g.id}` }, g.name), ': ',
        level ? t('trust.level', { n: level.level, label: t(`trust.L${level.level}`) }) : '—');
    })));
  } catch (error) {
    mount(trust, h('li', { class: 'alert' }, errorText(error)));
  }
}

export const routes = [
  { path: /^\/$/, render: home },
  { path: /^\/login$/, render: login },
  { path: /^\/register$/, render: signup },
  { path: /^\/me$/, render: profile },
];

register({
  'zh-CN': {
    'home.title': '互助:一起砍价、助力、互相帮忙', 'home.lead': '店铺的助力活动规则公开冻结,剩余金额精确到分,每一刀可验证;互助群里的每一次帮忙都记在账上,轮到谁一目了然。',
    'home.campaigns': '看看活动', 'home.assist': '输入助力码', 'home.groups': '我的互助群', 'home.register': '注册账号',
    'home.p1': '规则发布后不再改变,随时可查', 'home.p2': '还差多少钱、最多还要几刀,精确告诉你', 'home.p3': '每一刀的金额事先承诺,结束后公开随机种子供验证', 'home.p4': '个人信息、陌生链接和广告在发出前被拦下',
    'account.username': '用户名', 'account.password': '密码', 'account.displayName': '昵称',
    'login.title': '登录', 'login.submit': '登录', 'login.noAccount': '还没有账号?',
    'register.title': '注册', 'register.submit': '注册并登录', 'register.haveAccount': '已有账号?',
    'register.usernameHint': '3–32 位字母、数字、下划线、点或连字符', 'register.displayNameHint': '群里别人看到的名字,可以不填', 'register.passwordHint': '至少 8 位；不要用常见密码、用户名或 12345678 这类连续、重复的字符',
    'me.title': '我的', 'me.trustLevel': '信任等级', 'me.account': '账号', 'me.status': '账号状态', 'me.roles': '角色', 'me.since': '注册时间', 'me.trust': '我在各群的信任等级',
    'me.noGroups': '你还没有加入互助群。', 'me.logout': '退出登录', 'me.appeals': '我的申诉', 'me.limits': '限额与休息', 'me.summary': '每月小结', 'me.restricted': '你的账号目前受限:只能浏览,不能发布或助力。可以在“我的申诉”里提出申诉。',
    'status.ACTIVE': '正常', 'status.RESTRICTED': '受限(只读)', 'status.BANNED': '已封禁',
    'role.MEMBER': '会员', 'role.OPERATOR': '运营', 'role.ADMIN': '平台管理员',
    'trust.level': 'Lv{n} · {label}', 'trust.L0': '新成员', 'trust.L1': '普通成员', 'trust.L2': '可信成员', 'trust.L3': '骨干成员',
    'field.username.PATTERN': '3–32 位:字母、数字、下划线、点或连字符', 'field.password.LENGTH': '密码需要 8–128 位',
    'field.password.COMMON': '这是最常见或已泄露的密码之一，请换一个', 'field.password.CONTAINS_USERNAME': '密码不能包含用户名',
    'field.password.PREDICTABLE': '重复或连续的字符很容易被猜中，请换一个', 'field.password.CONTROL_CHARACTER': '密码不能包含控制字符', 'field.displayName.INVALID': '昵称最多 64 个字,不能有控制字符', 'field.username.TAKEN': '这个用户名已被占用',
  },
  en: {
    'home.title': 'Huzhu: bargain, assist and help each other', 'home.lead': "A shop's assist campaigns with frozen, published rules, exact remaining amounts and verifiable cuts; in mutual-help groups every help is on the ledger and everyone can see whose turn it is.",
    'home.campaigns': 'Browse campaigns', 'home.assist': 'Enter a share code', 'home.groups': 'My groups', 'home.register': 'Create an account',
    'home.p1': 'Rules never change once published', 'home.p2': 'Exactly how much is left and at most how many assists', 'home.p3': 'Every cut is committed in advance; the seed is revealed at the end', 'home.p4': 'Personal data, unknown links and ads are stopped before posting',
    'account.username': 'Username', 'account.password': 'Password', 'account.displayName': 'Display name',
    'login.title': 'Sign in', 'login.submit': 'Sign in', 'login.noAccount': 'No account yet?',
    'register.title': 'Sign up', 'register.submit': 'Sign up and sign in', 'register.haveAccount': 'Already have an account?',
    'register.usernameHint': '3–32 letters, digits, underscores, dots or hyphens', 'register.displayNameHint': 'The name others see in groups; optional', 'register.passwordHint': 'At least 8 characters; not a common password, your username, or a run like 12345678',
    'me.title': 'Me', 'me.trustLevel': 'Trust level', 'me.account': 'Account', 'me.status': 'Account status', 'me.roles': 'Roles', 'me.since': 'Member since', 'me.trust': 'My trust level in each group',
    'me.noGroups': "You haven't joined a group yet.", 'me.logout': 'Sign out', 'me.appeals': 'My appeals', 'me.limits': 'Limits and breaks', 'me.summary': 'My month', 'me.restricted': 'Your account is restricted: you can read but not post or assist. You can appeal under "My appeals".',
    'status.ACTIVE': 'Active', 'status.RESTRICTED': 'Restricted (read only)', 'status.BANNED': 'Banned',
    'role.MEMBER': 'Member', 'role.OPERATOR': 'Operator', 'role.ADMIN': 'Platform admin',
    'trust.level': 'Lv{n} · {label}', 'trust.L0': 'New', 'trust.L1': 'Basic', 'trust.L2': 'Trusted', 'trust.L3': 'Leader',
    'field.username.PATTERN': '3–32 characters: letters, digits, underscore, dot or hyphen', 'field.password.LENGTH': 'Passwords have 8–128 characters',
    'field.password.COMMON': 'This is one of the most common or leaked passwords; choose another', 'field.password.CONTAINS_USERNAME': 'The password must not contain the username',
    'field.password.PREDICTABLE': 'Repeated or consecutive characters are guessed at once; choose another', 'field.password.CONTROL_CHARACTER': 'No control characters', 'field.displayName.INVALID': 'At most 64 characters, no control characters', 'field.username.TAKEN': 'This username is taken',
  },
});
