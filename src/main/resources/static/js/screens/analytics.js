// Analytics dashboards: the platform and one campaign for operators, one group for its owner and admins. Every
// chart reads one table from /api/analytics (small member counts arrive as "< 5", hidden by the server) and links
// its CSV export. Definitions: docs/analytics.md.
import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { register, t } from '../i18n.js';
import { isOperator, loading, session } from '../ui.js';
import { go } from '../nav.js';
import { barOption, chartCard, retentionOption, seriesOption } from '../charts.js';

const RANGES = [30, 60, 90];

/** The period: the last 30, 60 or 90 days up to today (the server's today, in its analytics time zone). */
function rangeQuery() {
  const asked = Number(new URLSearchParams(location.hash.split('?')[1] || '').get('days'));
  const days = RANGES.includes(asked) ? asked : 60;
  return { days, query: `days=${days}` };
}

function rangePicker(base, days) {
  return h('nav', { class: 'analytics-range', 'aria-label': t('analytics.range') }, RANGES.map((n) => h('a', {
    href: `#${base}?days=${n}`, class: n === days ? 'button primary' : 'button', 'aria-current': n === days ? 'true' : null,
  }, t('analytics.days', { n }))));
}

/** Loads the charts' tables, then mounts the cards and draws them; returns the cleanup. */
async function dashboard(view, heading, base, specs, extra) {
  const { days, query } = rangeQuery();
  loading(view);
  const tables = await Promise.all(specs.map((s) => get(`${s.path}?${query}`)));
  const cards = specs.map((s, i) => chartCard(s.id, s.title, `${s.path}?${query}`, tables[i], s.option?.(tables[i])));
  mount(view, h('h1', null, heading), extra || null, rangePicker(base, days),
    h('p', { class: 'muted' }, t('analytics.small')),
    h('div', { class: 'analytics-grid', id: 'analytics' }, cards.map((c) => c.card)));
  await Promise.all(cards.map((c) => c.ready));
  view.querySelector('#analytics').dataset.ready = 'true';
  return () => cards.forEach((c) => c.card.dispose());
}

const line = (name, label, axis) => ({ name, label: t(label), axis });

function activeSpec(id, path) {
  return {
    id, path, title: t('analytics.active'),
    option: (tb) => seriesOption(tb, [line('dau', 'analytics.dau'), line('wau', 'analytics.wau'), line('mau', 'analytics.mau')]),
  };
}

function newSpec(path) {
  return {
    id: 'new', path, title: t('analytics.newReturning'),
    option: (tb) => seriesOption(tb, [{ ...line('new', 'analytics.new'), type: 'bar' }, { ...line('returning', 'analytics.returning'), type: 'bar' }], { stack: true }),
  };
}

function funnelSpecs(path) {
  return [
    { id: 'funnel', path: `${path}/funnel`, title: t('analytics.funnel'), option: (tb) => barOption(tb, 'tasks', t('analytics.tasks')) },
    {
      id: 'daily', path: `${path}/daily`, title: t('analytics.daily'),
      option: (tb) => seriesOption(tb, ['started', 'first_assists', 'succeeded', 'claimed', 'voided'].map((c) => line(c, `analytics.col.${c}`))),
    },
    { id: 'summary', path: `${path}/summary`, title: t('analytics.summary') },
  ];
}

function operatorGuard(view, next) {
  if (!session.me) { go(`/login?next=${next}`); return false; }
  if (!isOperator()) {
    mount(view, h('h1', null, t('analytics.title')), h('p', { class: 'alert', role: 'alert', id: 'forbidden' }, t('analytics.forbidden')));
    return false;
  }
  return true;
}

async function platform(view) {
  if (!operatorGuard(view, '/operator/analytics')) return null;
  const p = '/api/analytics/platform';
  const campaigns = await get('/api/campaigns?mine=true&limit=100');
  const links = h('ul', { class: 'list analytics-campaigns', id: 'analytics-campaigns' }, (campaigns.items || []).map((c) => h('li', null,
    h('a', { href: `#/operator/analytics/campaigns/${c.id}` }, c.terms.title))));
  return dashboard(view, t('analytics.platformTitle'), '/operator/analytics', [
    activeSpec('active', `${p}/active`),
    newSpec(`${p}/active`),
    { id: 'retention', path: `${p}/retention`, title: t('analytics.retention'), option: retentionOption },
    ...funnelSpecs(p),
  ], h('section', { class: 'card' }, h('h2', null, t('analytics.byCampaign')), links));
}

async function campaign(view, [id]) {
  if (!operatorGuard(view, `/operator/analytics/campaigns/${id}`)) return null;
  const c = await get(`/api/campaigns/${id}`);
  return dashboard(view, t('analytics.campaignTitle', { title: c.terms.title }), `/operator/analytics/campaigns/${id}`,
    funnelSpecs(`/api/analytics/campaigns/${id}`),
    h('p', null, h('a', { href: '#/operator/analytics' }, t('analytics.backPlatform'))));
}

async function group(view, [id]) {
  if (!session.me) { go(`/login?next=/groups/${id}/analytics`); return null; }
  const p = `/api/analytics/groups/${id}`;
  return dashboard(view, t('analytics.groupTitle'), `/groups/${id}/analytics`, [
    activeSpec('active', `${p}/activity`),
    {
      id: 'members', path: `${p}/activity`, title: t('analytics.members'),
      option: (tb) => seriesOption(tb, [line('members', 'analytics.col.members'), { ...line('departures', 'analytics.col.departures'), type: 'bar', axis: 1 }]),
    },
    {
      id: 'help', path: `${p}/help`, title: t('analytics.help'),
      option: (tb) => seriesOption(tb, [{ ...line('help_posts', 'analytics.col.help_posts'), type: 'bar' }, { ...line('completed', 'analytics.col.completed'), type: 'bar' },
        line('median_first_help_seconds', 'analytics.col.median_first_help_seconds', 1)]),
    },
    {
      id: 'safety', path: `${p}/safety`, title: t('analytics.safety'),
      option: (tb) => seriesOption(tb, [{ ...line('reports', 'analytics.col.reports'), type: 'bar' }, { ...line('actioned', 'analytics.col.actioned'), type: 'bar' },
        line('held_share', 'analytics.col.held_share', 1)]),
    },
    { id: 'retention', path: `${p}/retention`, title: t('analytics.retention'), option: retentionOption },
    { id: 'viral', path: `${p}/viral`, title: t('analytics.viral') },
  ], h('p', null, h('a', { href: `#/groups/${id}` }, t('analytics.backGroup'))));
}

export const routes = [
  { path: /^\/operator\/analytics$/, render: platform },
  { path: /^\/operator\/analytics\/campaigns\/([0-9a-f-]{36})$/, render: campaign },
  { path: /^\/groups\/([0-9a-f-]{36})\/analytics$/, render: group },
];

register({
  'zh-CN': {
    'analytics.title': '数据看板', 'analytics.platformTitle': '平台数据看板', 'analytics.campaignTitle': '活动数据：{title}',
    'analytics.groupTitle': '群数据看板', 'analytics.forbidden': '只有运营人员可以查看平台数据。', 'analytics.range': '时间范围',
    'analytics.days': '近 {n} 天', 'analytics.small': '少于 5 人的细分数字显示为“< 5”，以保护成员隐私。',
    'analytics.csv': '导出 CSV', 'analytics.numbers': '查看数字', 'analytics.active': '活跃成员（日 / 7 日 / 30 日）',
    'analytics.dau': '日活跃', 'analytics.wau': '7 日活跃', 'analytics.mau': '30 日活跃', 'analytics.newReturning': '新成员与回访成员',
    'analytics.new': '新成员', 'analytics.returning': '回访成员', 'analytics.retention': '每周留存（按首次活跃周）',
    'analytics.week': '第 {n} 周', 'analytics.funnel': '活动漏斗', 'analytics.tasks': '任务数', 'analytics.daily': '每日各步骤',
    'analytics.summary': '汇总', 'analytics.byCampaign': '按活动查看', 'analytics.backPlatform': '返回平台看板',
    'analytics.backGroup': '返回群', 'analytics.members': '成员与离开', 'analytics.help': '求助帖与首次帮助时间',
    'analytics.safety': '安全：举报、处理与拦截', 'analytics.viral': '邀请与传播系数 K',
    'analytics.step.started': '发起', 'analytics.step.first_assist': '首次助力', 'analytics.step.succeeded': '成功',
    'analytics.step.claimed': '领取', 'analytics.step.settled': '到期结算',
    'analytics.col.started': '发起', 'analytics.col.first_assists': '首次助力', 'analytics.col.succeeded': '成功',
    'analytics.col.claimed': '领取', 'analytics.col.voided': '风控作废助力', 'analytics.col.members': '成员数',
    'analytics.col.departures': '离开', 'analytics.col.help_posts': '求助帖', 'analytics.col.completed': '已完成',
    'analytics.col.median_first_help_seconds': '首次帮助中位时间（秒）', 'analytics.col.reports': '举报',
    'analytics.col.actioned': '已处理', 'analytics.col.held_share': '拦截比例',
  },
  en: {
    'analytics.title': 'Analytics', 'analytics.platformTitle': 'Platform analytics', 'analytics.campaignTitle': 'Campaign analytics: {title}',
    'analytics.groupTitle': 'Group analytics', 'analytics.forbidden': 'Only operators can see the platform analytics.', 'analytics.range': 'Period',
    'analytics.days': 'Last {n} days', 'analytics.small': 'Breakdowns of fewer than 5 members show “< 5” to protect members’ privacy.',
    'analytics.csv': 'Export CSV', 'analytics.numbers': 'Show the numbers', 'analytics.active': 'Active members (day / 7 days / 30 days)',
    'analytics.dau': 'Daily active', 'analytics.wau': '7-day active', 'analytics.mau': '30-day active', 'analytics.newReturning': 'New and returning members',
    'analytics.new': 'New', 'analytics.returning': 'Returning', 'analytics.retention': 'Weekly retention (by week of first activity)',
    'analytics.week': 'Week {n}', 'analytics.funnel': 'Campaign funnel', 'analytics.tasks': 'Tasks', 'analytics.daily': 'Steps per day',
    'analytics.summary': 'Summary', 'analytics.byCampaign': 'By campaign', 'analytics.backPlatform': 'Back to the platform',
    'analytics.backGroup': 'Back to the group', 'analytics.members': 'Members and departures', 'analytics.help': 'Help posts and time to first help',
    'analytics.safety': 'Safety: reports, actions and holds', 'analytics.viral': 'Invitations and the viral coefficient K',
    'analytics.step.started': 'Started', 'analytics.step.first_assist': 'First assist', 'analytics.step.succeeded': 'Succeeded',
    'analytics.step.claimed': 'Claimed', 'analytics.step.settled': 'Settled after expiry',
    'analytics.col.started': 'Started', 'analytics.col.first_assists': 'First assists', 'analytics.col.succeeded': 'Succeeded',
    'analytics.col.claimed': 'Claimed', 'analytics.col.voided': 'Assists voided by risk control', 'analytics.col.members': 'Members',
    'analytics.col.departures': 'Departures', 'analytics.col.help_posts': 'Help posts', 'analytics.col.completed': 'Completed',
    'analytics.col.median_first_help_seconds': 'Median time to first help (s)', 'analytics.col.reports': 'Reports',
    'analytics.col.actioned': 'Actioned', 'analytics.col.held_share': 'Share held',
  },
});
