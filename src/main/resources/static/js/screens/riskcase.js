// One risk case for operators (#/operator/risk/cases/<id>): the reason in plain words, the facts that made the rule
// fire with readable labels, both sides' accounts by name, the tasks, masked devices and networks, the window, the
// flagged assists and their state, appeals, the audit log, and the decision form (confirm or dismiss with a reason;
// a penalty only when confirming). Devices and networks arrive masked; nothing here can show a raw one.
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { dateTime, register, t } from '../i18n.js';
import { bilingual, form, invalid, loading, section, session } from '../ui.js';
import { guard } from './operator.js';
import { actorName, areaHead, auditEntry, caseStatusTag, caseTags, label } from './risk.js';

const ASSISTS_SHOWN = 100;
let flash = '';

function short(id) {
  return String(id).slice(0, 8);
}

/** A fact's value: shares as percentages, other fractions with two decimals, everything else as given. */
function factValue(name, value) {
  if (typeof value === 'number') {
    if (/Share$|^shareOf/.test(name)) return `${Math.round(value * 100)}%`;
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function facts(s, c) {
  const rows = [
    [t('risk.case.detector'), label('detector', s.detector)],
    [t('risk.case.effect'), t(`risk.case.effect.${s.effect}`)],
    [t('risk.case.score'), t('risk.case.scoreValue', { n: s.score })],
    [t('risk.case.window'), t('risk.window', { from: dateTime(s.windowFrom), to: dateTime(s.windowTo) })],
    [t('risk.case.opened'), dateTime(s.openedAt)],
    [t('risk.case.size'), t('risk.counts', { accounts: s.accounts, assists: s.assists })],
    ...Object.entries(c.facts || {}).map(([name, value]) => [label('riskFact', name), factValue(name, value), name]),
  ];
  return h('dl', { class: 'facts', id: 'case-facts' },
    rows.map(([dt, dd, name]) => [h('dt', { dataset: name ? { fact: name } : null }, dt), h('dd', null, dd)]));
}

function people(id, list) {
  return list.length
    ? h('ul', { class: 'list people', id }, list.map((m) => h('li', { dataset: { id: m.id } }, m.name || t('risk.actor.member', { id: short(m.id) }))))
    : h('p', { class: 'muted', id }, t('risk.case.none'));
}

function masked(id, values) {
  return values.length ? h('ul', { class: 'list masked', id }, values.map((v) => h('li', { class: 'mono' }, v)))
    : h('p', { class: 'muted', id }, t('risk.case.none'));
}

function flagged(c, names) {
  const shown = c.assists.slice(0, ASSISTS_SHOWN);
  return [
    h('ul', { class: 'list case-assists', id: 'case-assists' }, shown.map((a) => h('li', { dataset: { id: a.assistId, state: a.state } },
      h('p', { class: 'case-assist-head' }, names.get(String(a.helperId)) || short(a.helperId), ' → ',
        names.get(String(a.initiatorId)) || short(a.initiatorId), ' ',
        h('span', { class: `tag risk-state state-${a.state}` }, label('riskState', a.state))),
      h('p', { class: 'muted' }, h('a', { href: `#/tasks/${a.taskId}` }, t('risk.case.task', { id: short(a.taskId) })), ' · ', dateTime(a.at))))),
    c.assists.length > shown.length ? h('p', { class: 'muted' }, t('risk.case.moreAssists', { n: c.assists.length - shown.length })) : null,
  ];
}

function appealsList(c, names) {
  if (!c.appeals.length) return h('p', { class: 'muted', id: 'case-appeals' }, t('risk.case.noAppeals'));
  return h('ul', { class: 'list', id: 'case-appeals' }, c.appeals.map((a) => h('li', { class: 'risk-appeal', dataset: { id: a.id, status: a.status } },
    h('p', { class: 'appeal-head' }, h('span', { class: `tag status-${a.status}` }, t(`riskAppealStatus.${a.status}`)), ' ',
      actorName(a.appellantId, names, a.appellantName), ' · ', dateTime(a.createdAt)),
    h('blockquote', { class: 'appeal-text pre' }, a.text),
    a.decisionNote ? h('p', { class: 'appeal-decision' }, actorName(a.decidedBy, names, a.decidedByName), ': ', a.decisionNote) : null,
    a.status === 'OPEN' ? h('a', { href: '#/operator/risk/appeals' }, t('risk.case.toAppeals')) : null)));
}

function decided(s) {
  return h('dl', { class: 'facts', id: 'case-decision' },
    h('dt', null, t('risk.case.outcome')), h('dd', null, t(`riskCaseStatus.${s.status}`)),
    h('dt', null, t('risk.case.decidedBy')), h('dd', null, actorName(s.decidedBy, undefined, s.decidedByName)),
    h('dt', null, t('risk.case.decidedAt')), h('dd', null, dateTime(s.decidedAt)),
    h('dt', null, t('risk.case.reason')), h('dd', { class: 'pre' }, s.decisionNote || ''),
    s.status === 'CONFIRMED' ? [h('dt', null, t('risk.case.penalty')), h('dd', null, t(`risk.penalty.${s.penalty || 'NONE'}`))] : null);
}

function decisionForm(c, rerender) {
  const el = form({
    id: 'decision-form',
    fields: [
      { name: 'decision', label: t('risk.decide.decision'), type: 'select', value: 'CONFIRM',
        options: ['CONFIRM', 'DISMISS'].map((d) => ({ value: d, label: t(`risk.decide.${d}.${c.summary.effect}`) })) },
      { name: 'penalty', label: t('risk.decide.penalty'), type: 'select', value: 'NONE', hint: t('risk.decide.penaltyHint'),
        options: ['NONE', 'RESTRICT', 'BAN'].map((p) => ({ value: p, label: t(`risk.penalty.${p}`) })) },
      { name: 'reason', label: t('risk.decide.reason'), type: 'textarea', rows: 3, required: true, hint: t('risk.decide.reasonHint'),
        attrs: { maxlength: 1000 } },
    ],
    submit: t('risk.decide.submit'),
    onSubmit: async (v) => {
      if (!v.reason.trim()) throw invalid('reason');
      const body = { decision: v.decision, reason: v.reason.trim() };
      if (v.decision === 'CONFIRM') body.penalty = v.penalty;
      await post(`/api/risk/cases/${c.summary.id}/decision`, body);
      flash = t(`risk.decided.${v.decision}`);
      await rerender();
    },
  });
  const penaltyRow = el.inputs.penalty.closest('.field');
  const sync = () => { penaltyRow.hidden = el.inputs.decision.value !== 'CONFIRM'; };
  el.inputs.decision.addEventListener('change', sync);
  sync();
  return el;
}

async function casePage(view, [id]) {
  if (!guard(view, `/operator/risk/cases/${id}`)) return null;
  loading(view);
  const c = await get(`/api/risk/cases/${encodeURIComponent(id)}`);
  const s = c.summary;
  const names = new Map([...c.helpers, ...c.initiators].map((m) => [String(m.id), m.name || t('risk.actor.member', { id: short(m.id) })]));
  const notice = h('p', { class: 'success', id: 'case-notice', role: 'status', tabindex: '-1', hidden: !flash }, flash);
  flash = '';
  const rerender = () => casePage(view, [id]);
  mount(view, areaHead('cases'), notice,
    h('h1', { id: 'case-reason', class: 'case-reason' }, bilingual(s.reasonZh, s.reasonEn)),
    h('p', { class: 'risk-tags', id: 'case-head' }, caseStatusTag(s.status), ' ', caseTags(s)),
    section(t('risk.case.evidence'), facts(s, c)),
    section(t('risk.case.accounts'),
      h('h3', null, t('risk.case.helpers', { n: c.helpers.length })), people('case-helpers', c.helpers),
      h('h3', null, t('risk.case.initiators', { n: c.initiators.length })), people('case-initiators', c.initiators)),
    section(t('risk.case.where'),
      h('h3', null, t('risk.case.tasks')),
      c.tasks.length ? h('ul', { class: 'list', id: 'case-tasks' }, c.tasks.map((task) => h('li', null, h('a', { href: `#/tasks/${task}` }, t('risk.case.task', { id: short(task) })))))
        : h('p', { class: 'muted', id: 'case-tasks' }, t('risk.case.none')),
      h('h3', null, t('risk.case.devices')), masked('case-devices', c.devices),
      h('h3', null, t('risk.case.networks')), masked('case-networks', c.networks),
      h('p', { class: 'hint' }, t('risk.case.maskedHint'))),
    section(t('risk.case.assists', { n: c.assists.length }), flagged(c, names)),
    section(s.status === 'OPEN' ? t('risk.decide.title') : t('risk.case.decision'),
      s.status === 'OPEN' ? [h('p', { class: 'hint' }, t(`risk.decide.lead.${s.effect}`)), decisionForm(c, rerender)] : decided(s)),
    section(t('risk.case.appeals'), appealsList(c, names)),
    section(t('risk.case.audit'), h('ol', { class: 'list', id: 'case-audit' }, c.audit.map((e) => auditEntry(e, names)))));
  if (!notice.hidden) notice.focus();
  return null;
}

export const routes = [{ path: /^\/operator\/risk\/cases\/([0-9a-f-]{36})$/, render: casePage }];

const FACTS = {
  accountsOnDevices: ['共用设备的账号数', 'Accounts on the shared devices'], devices: ['设备数', 'Devices'],
  accountsPerDevice: ['平均每台设备的账号数', 'Accounts per device'], accountsInStep: ['同步助力的账号数', 'Accounts acting in step'],
  tasksHitInStep: ['被同步助力的任务数', 'Tasks hit in step'], windowMinutes: ['时间窗口(分钟)', 'Window (minutes)'],
  helpersInBlock: ['圈内助力账号数', 'Helpers in the circle'], tasksInBlock: ['圈内任务数', 'Tasks in the circle'],
  density: ['互助密度', 'Density'], shareOfTheirAssistsInsideBlock: ['他们的助力落在圈内的比例', 'Share of their assists inside the circle'],
  accountsPerMemberServed: ['每个被助力成员对应的账号数', 'Accounts per member served'], youngAccountShare: ['新账号占比', 'Share of young accounts'],
  strangerShare: ['陌生人占比', 'Share of strangers'], topMemberShare: ['最常被助力者的占比', 'Share of the most-helped member'],
  paidHelpFindings: ['有偿求砍信息数', 'Paid-help offers found'], accountsRegisteredTogether: ['集中注册的账号数', 'Accounts registered together'],
  ofThemAssistingOneMember: ['其中为同一人助力的账号数', 'Of them assisting one member'],
  shareOfTheirAssistsToThatMember: ['他们的助力给这个人的比例', 'Share of their assists to that member'],
  accountsHelpingOnlyThisMember: ['只为这个人助力的账号数', 'Accounts helping only this member'], assists: ['助力次数', 'Assists'],
  accountsInPool: ['账号池大小', 'Accounts in the pool'], initiatorsServed: ['被助力的发起人数', 'Initiators served'],
  initiatorsPerAccount: ['每个账号助力的发起人数', 'Initiators per account'],
};
const facts2 = (i) => Object.fromEntries(Object.entries(FACTS).map(([k, v]) => [`riskFact.${k}`, v[i]]));

register({
  'zh-CN': {
    ...facts2(0),
    'riskState.COUNTED': '计入', 'riskState.HELD': '暂扣核实', 'riskState.VOIDED': '已作废', 'riskState.CLEARED': '已恢复计入',
    'risk.penalty.NONE': '不处罚', 'risk.penalty.RESTRICT': '限制为只读', 'risk.penalty.BAN': '封禁',
    'risk.actor.member': '成员 {id}', 'risk.case.none': '无',
    'risk.case.evidence': '证据', 'risk.case.detector': '规则', 'risk.case.effect': '处理方式', 'risk.case.score': '风险分',
    'risk.case.scoreValue': '{n} / 100', 'risk.case.window': '时间窗口', 'risk.case.opened': '发现时间', 'risk.case.size': '规模',
    'risk.case.effect.VOID': '作废:这些助力保留在记录里,但不计入', 'risk.case.effect.REVIEW': '核实中:这些助力暂时计入,等待人工核实',
    'risk.case.accounts': '涉及的账号', 'risk.case.helpers': '助力的账号({n})', 'risk.case.initiators': '被助力的发起人({n})',
    'risk.case.where': '任务、设备和网络', 'risk.case.tasks': '任务', 'risk.case.task': '任务 {id}',
    'risk.case.devices': '设备(已打码)', 'risk.case.networks': '网络(已打码)',
    'risk.case.maskedHint': '设备和网络地址只显示打码后的片段,完整的值不会离开风控模块。',
    'risk.case.assists': '被标记的助力({n})', 'risk.case.moreAssists': '还有 {n} 次没有列出。',
    'risk.case.appeals': '申诉', 'risk.case.noAppeals': '没有申诉。', 'risk.case.toAppeals': '去申诉队列复核',
    'risk.case.audit': '审计日志', 'risk.case.decision': '处理结果', 'risk.case.outcome': '结果', 'risk.case.decidedBy': '处理人',
    'risk.case.decidedAt': '处理时间', 'risk.case.reason': '理由', 'risk.case.penalty': '处罚',
    'risk.decide.title': '处理这个案件', 'risk.decide.decision': '决定',
    'risk.decide.lead.VOID': '这些助力现在不计入。确认则维持作废;驳回表示误报,它们会恢复计入。',
    'risk.decide.lead.REVIEW': '这些助力正在核实。确认则作废它们;驳回表示误报,它们照常计入。',
    'risk.decide.CONFIRM.VOID': '确认:这些助力维持作废', 'risk.decide.CONFIRM.REVIEW': '确认:作废这些助力',
    'risk.decide.DISMISS.VOID': '驳回:误报,恢复计入', 'risk.decide.DISMISS.REVIEW': '驳回:误报,照常计入',
    'risk.decide.penalty': '对助力的账号', 'risk.decide.penaltyHint': '只在确认时生效。受罚的成员可以申诉。',
    'risk.decide.reason': '理由', 'risk.decide.reasonHint': '写进审计日志,复核申诉的同事会看到。最多 1000 字。',
    'risk.decide.submit': '提交决定', 'risk.decided.CONFIRM': '已确认这个案件。', 'risk.decided.DISMISS': '已驳回这个案件,相关助力恢复计入。',
  },
  en: {
    ...facts2(1),
    'riskState.COUNTED': 'Counts', 'riskState.HELD': 'Held', 'riskState.VOIDED': 'Voided', 'riskState.CLEARED': 'Counts again',
    'risk.penalty.NONE': 'No penalty', 'risk.penalty.RESTRICT': 'Restrict to read-only', 'risk.penalty.BAN': 'Ban',
    'risk.actor.member': 'Member {id}', 'risk.case.none': 'None',
    'risk.case.evidence': 'Evidence', 'risk.case.detector': 'Rule', 'risk.case.effect': 'Effect', 'risk.case.score': 'Score',
    'risk.case.scoreValue': '{n} / 100', 'risk.case.window': 'Window', 'risk.case.opened': 'Found', 'risk.case.size': 'Size',
    'risk.case.effect.VOID': 'Void: the assists stay on record but do not count', 'risk.case.effect.REVIEW': 'Under review: the assists count for now, pending a person\'s check',
    'risk.case.accounts': 'Accounts', 'risk.case.helpers': 'Helping accounts ({n})', 'risk.case.initiators': 'Initiators helped ({n})',
    'risk.case.where': 'Tasks, devices and networks', 'risk.case.tasks': 'Tasks', 'risk.case.task': 'Task {id}',
    'risk.case.devices': 'Devices (masked)', 'risk.case.networks': 'Networks (masked)',
    'risk.case.maskedHint': 'Devices and network addresses are shown masked; the full values never leave risk control.',
    'risk.case.assists': 'Flagged assists ({n})', 'risk.case.moreAssists': '{n} more not listed.',
    'risk.case.appeals': 'Appeals', 'risk.case.noAppeals': 'No appeals.', 'risk.case.toAppeals': 'Review it in the appeals queue',
    'risk.case.audit': 'Audit log', 'risk.case.decision': 'Decision', 'risk.case.outcome': 'Outcome', 'risk.case.decidedBy': 'Decided by',
    'risk.case.decidedAt': 'Decided at', 'risk.case.reason': 'Reason', 'risk.case.penalty': 'Penalty',
    'risk.decide.title': 'Decide this case', 'risk.decide.decision': 'Decision',
    'risk.decide.lead.VOID': 'These assists do not count now. Confirming keeps them void; dismissing marks a false positive and they count again.',
    'risk.decide.lead.REVIEW': 'These assists are being checked. Confirming voids them; dismissing marks a false positive and they keep counting.',
    'risk.decide.CONFIRM.VOID': 'Confirm: the assists stay void', 'risk.decide.CONFIRM.REVIEW': 'Confirm: void the assists',
    'risk.decide.DISMISS.VOID': 'Dismiss: false positive, count them again', 'risk.decide.DISMISS.REVIEW': 'Dismiss: false positive, they count',
    'risk.decide.penalty': 'For the helping accounts', 'risk.decide.penaltyHint': 'Only when confirming. A penalised member can appeal.',
    'risk.decide.reason': 'Reason', 'risk.decide.reasonHint': 'Goes into the audit log; whoever reviews an appeal reads it. At most 1000 characters.',
    'risk.decide.submit': 'Submit decision', 'risk.decided.CONFIRM': 'Case confirmed.', 'risk.decided.DISMISS': 'Case dismissed; its assists count again.',
  },
});
