// Risk control for operators (#/operator/risk): the case queue by status, a scan on demand that says what it
// decided, and per-rule outcomes (every dismissed case is a false positive of its rule). Also the pieces the case
// page and the appeals and audit pages share: the area's tabs, a case's tags, an audit entry, who acted.
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { dateTime, register, t } from '../i18n.js';
import { actionButton, alertBox, bilingual, empty, errorText, loading, section, session } from '../ui.js';
import { guard } from './operator.js';

const STATUSES = ['open', 'confirmed', 'dismissed'];
const PAGE = 20;

/** A known code's label, or the code itself (a rule added later still shows). */
export function label(prefix, code) {
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? String(code) : text;
}

/** The risk area's own tabs: cases, appeals, audit log. */
export function areaNav(current) {
  return h('nav', { class: 'tabs risk-area', 'aria-label': t('risk.area') },
    [['cases', '#/operator/risk'], ['appeals', '#/operator/risk/appeals'], ['audit', '#/operator/risk/audit']].map(([name, href]) =>
      h('a', { href, id: `risk-tab-${name}`, 'aria-current': name === current ? 'page' : null }, t(`risk.tab.${name}`))));
}

export function areaHead(current) {
  return [h('p', { class: 'crumbs' }, h('a', { href: '#/operator' }, t('operator.back'))),
    h('h1', null, t('risk.title')), areaNav(current)];
}

export function caseStatusTag(status) {
  return h('span', { class: `tag risk-case-status case-${status}`, dataset: { status } }, t(`riskCaseStatus.${status}`));
}

/** Detector, effect and score of a case as tags. */
export function caseTags(s) {
  return [
    h('span', { class: 'tag risk-detector' }, label('detector', s.detector)), ' ',
    h('span', { class: `tag risk-effect effect-${s.effect}` }, t(`riskEffect.${s.effect}`)), ' ',
    h('span', { class: 'tag risk-score' }, t('risk.score', { n: s.score })),
  ];
}

/** Who did something: the scan, me, a named member, or an operator by the start of their id. */
export function actorName(id, names = new Map(), name = null) {
  if (!id) return t('risk.actor.system');
  if (session.me && String(id) === String(session.me.id)) return t('risk.actor.me');
  return name || names.get(String(id)) || t('risk.actor.someone', { id: String(id).slice(0, 8) });
}

/** One line of the risk audit log. */
export function auditEntry(e, names, withCase = false) {
  return h('li', { class: 'audit-entry risk-audit-entry', dataset: { action: e.action, seq: e.seq } },
    h('p', { class: 'audit-head' }, h('span', { class: `tag audit-action action-${e.action}` }, label('riskAudit', e.action)),
      ' ', h('span', { class: 'audit-time' }, dateTime(e.at))),
    h('p', { class: 'audit-who' }, actorName(e.actorId, names, e.actorName),
      e.assists ? ` · ${t('risk.nAssists', { n: e.assists })}` : '',
      withCase && e.caseId ? [' · ', h('a', { href: `#/operator/risk/cases/${e.caseId}` }, t('risk.caseLink', { id: String(e.caseId).slice(0, 8) }))] : null),
    e.reason ? h('p', { class: 'audit-reason pre' }, e.reason) : null);
}

function caseItem(s) {
  return h('li', { class: 'risk-case', dataset: { id: s.id, status: s.status } },
    h('a', { class: 'risk-case-link', href: `#/operator/risk/cases/${s.id}` }, h('strong', null, bilingual(s.reasonZh, s.reasonEn))),
    h('p', { class: 'risk-tags' }, caseTags(s), s.status !== 'OPEN' ? [' ', caseStatusTag(s.status)] : null),
    h('p', { class: 'muted risk-counts' }, t('risk.counts', { accounts: s.accounts, assists: s.assists }), ' · ',
      t('risk.window', { from: dateTime(s.windowFrom), to: dateTime(s.windowTo) })));
}

function scanReport(r) {
  const touched = [...(r.opened || []).map((c) => ['opened', c]), ...(r.grown || []).map((c) => ['grown', c])];
  const observed = Object.entries(r.observedOnly || {});
  return [
    h('p', { class: 'success', id: 'scan-summary' }, t('risk.scan.summary', { n: r.assistsScanned, findings: r.findings, ms: r.millis })),
    touched.length
      ? h('ul', { class: 'list scan-cases', id: 'scan-cases' }, touched.map(([kind, c]) => h('li', { dataset: { id: c.caseId } },
        h('span', { class: 'tag' }, t(`risk.scan.${kind}`)), ' ',
        h('a', { href: `#/operator/risk/cases/${c.caseId}` }, label('detector', c.detector)), ' · ',
        t(`riskEffect.${c.effect}`), ' · ', t('risk.scan.touched', { assists: c.newAssists, accounts: c.accounts }))))
      : h('p', { id: 'scan-nothing' }, t('risk.scan.nothing')),
    h('p', { class: 'muted' }, t('risk.scan.effects', { voided: r.voided, held: r.held, released: r.released })),
    observed.length ? h('p', { class: 'muted' }, t('risk.scan.observed'), ' ',
      observed.map(([d, n]) => `${label('detector', d)} ${n}`).join(' · ')) : null,
  ];
}

function statsTable(stats) {
  if (!stats.length) return empty(t('risk.stats.empty'));
  return h('table', { class: 'risk-stats', id: 'risk-stats' },
    h('caption', { class: 'hint' }, t('risk.stats.caption')),
    h('thead', null, h('tr', null, ['rule', 'open', 'confirmed', 'dismissed'].map((c) => h('th', { scope: 'col' }, t(`risk.stats.${c}`))))),
    h('tbody', null, stats.map((s) => {
      const decided = s.confirmed + s.dismissed;
      return h('tr', { dataset: { detector: s.detector } },
        h('th', { scope: 'row' }, label('detector', s.detector)),
        h('td', null, String(s.open)), h('td', null, String(s.confirmed)),
        h('td', { class: 'false-positives' }, String(s.dismissed),
          decided ? h('span', { class: 'muted' }, ` (${Math.round((s.dismissed * 100) / decided)}%)`) : null));
    })));
}

async function queue(view, [status = 'open']) {
  if (!guard(view, '/operator/risk')) return null;
  loading(view);
  const list = h('ul', { class: 'list risk-cases', id: 'risk-cases' });
  const more = h('div', { class: 'actions' });
  const stats = h('div', { id: 'risk-stats-box' });
  const result = h('div', { id: 'scan-result', 'aria-live': 'polite' });
  const alert = alertBox();
  const items = [];

  async function load(before) {
    const page = await get(`/api/risk/cases?status=${status.toUpperCase()}&limit=${PAGE}${before ? `&before=${encodeURIComponent(before)}` : ''}`);
    items.push(...(page.items || []));
    mount(list, items.length ? items.map(caseItem) : h('li', null, empty(t(`risk.empty.${status}`))));
    mount(more, page.nextCursor ? actionButton(t('common.more'), () => load(page.nextCursor), alert, { id: 'risk-more' }) : null);
  }
  async function loadStats() {
    mount(stats, statsTable(await get('/api/risk/stats')));
  }

  const scan = actionButton(t('risk.scan.button'), async () => {
    mount(result, h('p', { class: 'muted', role: 'status' }, t('risk.scan.running')));
    try {
      mount(result, scanReport(await post('/api/admin/risk/scan')));
    } catch (error) {
      mount(result);
      throw error;
    }
    items.length = 0;
    await Promise.all([load(), loadStats()]);
  }, alert, { id: 'risk-scan', class: 'primary' });

  mount(view, areaHead('cases'),
    section(t('risk.scan.title'), h('p', { class: 'hint' }, t('risk.scan.lead')), alert, h('div', { class: 'actions' }, scan), result),
    section(t('risk.queue'),
      h('nav', { class: 'tabs risk-status-tabs', 'aria-label': t('risk.statusTabs') }, STATUSES.map((s) => h('a', {
        href: `#/operator/risk/${s}`, id: `risk-status-${s}`, 'aria-current': s === status ? 'page' : null,
      }, t(`riskCaseStatus.${s.toUpperCase()}`)))),
      list, more),
    section(t('risk.stats.title'), stats));
  await Promise.all([load(), loadStats().catch((error) => mount(stats, h('p', { class: 'alert' }, errorText(error))))]);
  return null;
}

export const routes = [
  { path: /^\/operator\/risk$/, render: (view) => queue(view, []) },
  { path: /^\/operator\/risk\/(open|confirmed|dismissed)$/, render: queue },
];

const AUDIT = {
  CASE_OPENED: ['发现新案件', 'Case opened'], CASE_GREW: ['案件扩大', 'Case grew'], ASSISTS_VOIDED: ['助力作废', 'Assists voided'],
  ASSISTS_HELD: ['助力暂扣核实', 'Assists held'], HOLDS_RELEASED: ['暂扣到期放行', 'Holds released'], CASE_CONFIRMED: ['确认案件', 'Case confirmed'],
  CASE_DISMISSED: ['驳回案件', 'Case dismissed'], PENALTY_APPLIED: ['处罚账号', 'Penalty applied'], APPEAL_FILED: ['收到申诉', 'Appeal filed'],
  APPEAL_UPHELD: ['申诉维持原判', 'Appeal: decision upheld'], APPEAL_OVERTURNED: ['申诉成立', 'Appeal accepted'], PENALTY_LIFTED: ['解除处罚', 'Penalty lifted'],
};
const audit = (i) => Object.fromEntries(Object.entries(AUDIT).map(([k, v]) => [`riskAudit.${k}`, v[i]]));

register({
  'zh-CN': {
    ...audit(0),
    'risk.title': '风控', 'risk.area': '风控页面', 'risk.tab.cases': '案件', 'risk.tab.appeals': '申诉', 'risk.tab.audit': '审计日志',
    'risk.score': '风险分 {n}', 'risk.counts': '{accounts} 个账号 · {assists} 次助力', 'risk.window': '{from} – {to}',
    'risk.nAssists': '{n} 次助力', 'risk.caseLink': '案件 {id}',
    'risk.actor.system': '系统(自动扫描)', 'risk.actor.me': '我', 'risk.actor.someone': '运营人员({id}…)',
    'risk.scan.title': '立即扫描', 'risk.scan.lead': '用所有规则检查最近的助力。新发现的问题会成为案件,按规则作废或暂扣核实;暂扣到期又没有规则命中的助力会放行。',
    'risk.scan.button': '立即扫描', 'risk.scan.running': '正在扫描…', 'risk.scan.summary': '扫描了 {n} 次助力,发现 {findings} 个可疑模式,用时 {ms} 毫秒。',
    'risk.scan.opened': '新案件', 'risk.scan.grown': '案件扩大', 'risk.scan.touched': '新增 {assists} 次助力,涉及 {accounts} 个账号',
    'risk.scan.nothing': '没有发现新的问题。', 'risk.scan.effects': '作废 {voided} 次 · 暂扣核实 {held} 次 · 放行 {released} 次',
    'risk.scan.observed': '只观察、不处理的规则:',
    'risk.queue': '案件', 'risk.statusTabs': '案件状态', 'risk.empty.open': '没有待处理的案件。', 'risk.empty.confirmed': '还没有确认的案件。',
    'risk.empty.dismissed': '还没有驳回的案件。',
    'risk.stats.title': '各规则的结果', 'risk.stats.caption': '驳回的案件就是这条规则的误报,括号里是误报占已处理案件的比例。',
    'risk.stats.rule': '规则', 'risk.stats.open': '待处理', 'risk.stats.confirmed': '已确认', 'risk.stats.dismissed': '已驳回(误报)',
    'risk.stats.empty': '还没有案件。',
  },
  en: {
    ...audit(1),
    'risk.title': 'Risk control', 'risk.area': 'Risk control pages', 'risk.tab.cases': 'Cases', 'risk.tab.appeals': 'Appeals', 'risk.tab.audit': 'Audit log',
    'risk.score': 'score {n}', 'risk.counts': '{accounts} accounts · {assists} assists', 'risk.window': '{from} – {to}',
    'risk.nAssists': '{n} assists', 'risk.caseLink': 'case {id}',
    'risk.actor.system': 'System (scan)', 'risk.actor.me': 'Me', 'risk.actor.someone': 'Operator ({id}…)',
    'risk.scan.title': 'Scan now', 'risk.scan.lead': 'Runs every rule over recent assists. New findings become cases and are voided or held for review by their rule; holds that no rule confirms in time are released.',
    'risk.scan.button': 'Scan now', 'risk.scan.running': 'Scanning…', 'risk.scan.summary': 'Scanned {n} assists, found {findings} suspicious patterns in {ms} ms.',
    'risk.scan.opened': 'New case', 'risk.scan.grown': 'Case grew', 'risk.scan.touched': '{assists} more assists, {accounts} accounts',
    'risk.scan.nothing': 'Nothing new found.', 'risk.scan.effects': '{voided} voided · {held} held for review · {released} released',
    'risk.scan.observed': 'Rules that only observe:',
    'risk.queue': 'Cases', 'risk.statusTabs': 'Case status', 'risk.empty.open': 'No open cases.', 'risk.empty.confirmed': 'No confirmed cases yet.',
    'risk.empty.dismissed': 'No dismissed cases yet.',
    'risk.stats.title': 'Outcomes per rule', 'risk.stats.caption': "A dismissed case is a false positive of its rule; in brackets, the share of decided cases that were false positives.",
    'risk.stats.rule': 'Rule', 'risk.stats.open': 'Open', 'risk.stats.confirmed': 'Confirmed', 'risk.stats.dismissed': 'Dismissed (false positives)',
    'risk.stats.empty': 'No cases yet.',
  },
});
