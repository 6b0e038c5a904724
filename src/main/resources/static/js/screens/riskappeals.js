// Operators: appeals against risk decisions (#/operator/risk/appeals[/status]) with the case they are about and a
// decision form (uphold or overturn, with a note); an appeal is reviewed by another operator than the one who
// decided the case. And the whole risk audit log (#/operator/risk/audit), newest first.
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { dateTime, register, t } from '../i18n.js';
import { actionButton, alertBox, bilingual, empty, errorText, form, invalid, loading, section, session } from '../ui.js';
import { guard } from './operator.js';
import { actorName, areaHead, auditEntry, caseStatusTag } from './risk.js';

const STATUSES = ['open', 'upheld', 'overturned'];
let flash = '';

function decideForm(appeal, rerender) {
  return form({
    id: `appeal-form-${appeal.id}`,
    fields: [
      { name: 'decision', label: t('riskAppeals.decision'), type: 'select', value: 'UPHOLD',
        options: ['UPHOLD', 'OVERTURN'].map((d) => ({ value: d, label: t(`riskAppeals.${d}`) })) },
      { name: 'note', label: t('riskAppeals.note'), type: 'textarea', rows: 3, required: true, hint: t('riskAppeals.noteHint'),
        attrs: { maxlength: 1000 } },
    ],
    submit: t('riskAppeals.submit'),
    onSubmit: async (v) => {
      if (!v.note.trim()) throw invalid('note');
      await post(`/api/risk/appeals/${appeal.id}/decision`, { decision: v.decision, note: v.note.trim() });
      flash = t(`riskAppeals.done.${v.decision}`);
      await rerender();
    },
  });
}

function appealItem(a, rerender) {
  const s = a.riskCase;
  const names = new Map();
  const own = s && session.me && String(s.decidedBy) === String(session.me.id);
  return h('li', { class: 'risk-appeal', dataset: { id: a.id, case: a.caseId, status: a.status } },
    h('p', { class: 'appeal-head' }, h('span', { class: `tag status-${a.status}` }, t(`riskAppealStatus.${a.status}`)), ' ',
      h('strong', null, actorName(a.appellantId, names, a.appellantName)), ' · ', h('span', { class: 'muted' }, dateTime(a.createdAt))),
    h('p', null, t('riskAppeals.against'), ' ', h('a', { href: `#/operator/risk/cases/${a.caseId}`, class: 'appeal-case' },
      s ? bilingual(s.reasonZh, s.reasonEn) : String(a.caseId).slice(0, 8))),
    s ? h('p', { class: 'muted appeal-case-state' }, caseStatusTag(s.status), ' ',
      s.decidedBy ? t('riskAppeals.caseDecided', { who: actorName(s.decidedBy, names, s.decidedByName), note: s.decisionNote || '' }) : t('riskAppeals.caseOpen')) : null,
    h('blockquote', { class: 'appeal-text pre' }, a.text),
    a.status !== 'OPEN'
      ? h('p', { class: 'appeal-decision' }, t('riskAppeals.decidedBy', { who: actorName(a.decidedBy, names, a.decidedByName), at: dateTime(a.decidedAt) }), ' ', a.decisionNote || '')
      : own ? h('p', { class: 'notice own-decision' }, t('error.RISK_APPEAL_OWN_DECISION')) : decideForm(a, rerender));
}

async function appeals(view, [status = 'open']) {
  if (!guard(view, '/operator/risk/appeals')) return null;
  loading(view);
  const { items = [] } = await get(`/api/risk/appeals?status=${status.toUpperCase()}`);
  const notice = h('p', { class: 'success', id: 'appeals-notice', role: 'status', tabindex: '-1', hidden: !flash }, flash);
  flash = '';
  const rerender = () => appeals(view, [status]);
  mount(view, areaHead('appeals'), notice,
    section(t('riskAppeals.title'), h('p', { class: 'hint risk-lead' }, t('riskAppeals.lead')),
      h('nav', { class: 'tabs risk-status-tabs', 'aria-label': t('riskAppeals.tabs') }, STATUSES.map((s) => h('a', {
        href: `#/operator/risk/appeals/${s}`, id: `appeal-status-${s}`, 'aria-current': s === status ? 'page' : null,
      }, t(`riskAppealStatus.${s.toUpperCase()}`)))),
      items.length ? h('ul', { class: 'list risk-appeals', id: 'risk-appeals' }, items.map((a) => appealItem(a, rerender)))
        : empty(t(`riskAppeals.empty.${status}`))));
  if (!notice.hidden) notice.focus();
  return null;
}

async function auditLog(view) {
  if (!guard(view, '/operator/risk/audit')) return null;
  loading(view);
  const list = h('ol', { class: 'list', id: 'risk-audit' });
  const more = h('div', { class: 'actions' });
  const alert = alertBox();
  async function load(before) {
    const page = await get(`/api/risk/audit?limit=50${before ? `&before=${encodeURIComponent(before)}` : ''}`);
    list.append(...(page.items || []).map((e) => auditEntry(e, new Map(), true)));
    if (!list.children.length) mount(list, h('li', null, empty(t('riskAudit.empty'))));
    mount(more, page.nextCursor ? actionButton(t('common.more'), () => load(page.nextCursor), alert, { id: 'risk-audit-more' }) : null);
  }
  mount(view, areaHead('audit'), section(t('riskAudit.title'), h('p', { class: 'hint' }, t('riskAudit.lead')), alert, list, more));
  await load().catch((error) => alert.show(errorText(error)));
  return null;
}

export const routes = [
  { path: /^\/operator\/risk\/appeals$/, render: (view) => appeals(view, []) },
  { path: /^\/operator\/risk\/appeals\/(open|upheld|overturned)$/, render: appeals },
  { path: /^\/operator\/risk\/audit$/, render: auditLog },
];

register({
  'zh-CN': {
    'riskAppeals.title': '申诉', 'riskAppeals.lead': '成员对风控决定的申诉。处理过案件的运营人员不能复核自己的决定。', 'riskAppeals.tabs': '申诉状态',
    'riskAppeals.against': '申诉的案件:', 'riskAppeals.caseOpen': '案件还没有处理。', 'riskAppeals.caseDecided': '由{who}处理:{note}',
    'riskAppeals.decision': '复核结果', 'riskAppeals.UPHOLD': '维持原判', 'riskAppeals.OVERTURN': '申诉成立:恢复这位成员的助力并解除本案的处罚',
    'riskAppeals.note': '说明', 'riskAppeals.noteHint': '申诉人会看到这段说明。最多 1000 字。', 'riskAppeals.submit': '提交复核结果',
    'riskAppeals.done.UPHOLD': '已维持原判。', 'riskAppeals.done.OVERTURN': '申诉成立,这位成员的助力已恢复计入。',
    'riskAppeals.decidedBy': '{who}于 {at} 复核:',
    'riskAppeals.empty.open': '没有待复核的申诉。', 'riskAppeals.empty.upheld': '还没有维持原判的申诉。', 'riskAppeals.empty.overturned': '还没有成立的申诉。',
    'riskAudit.title': '审计日志', 'riskAudit.lead': '风控的每一步(自动扫描、人工决定、申诉)都记在这里,只增不改。', 'riskAudit.empty': '还没有记录。',
  },
  en: {
    'riskAppeals.title': 'Appeals', 'riskAppeals.lead': 'Members\' appeals against risk decisions. The operator who decided a case cannot review its appeal.', 'riskAppeals.tabs': 'Appeal status',
    'riskAppeals.against': 'Appeal against:', 'riskAppeals.caseOpen': 'The case is not decided yet.', 'riskAppeals.caseDecided': 'Decided by {who}: {note}',
    'riskAppeals.decision': 'Review outcome', 'riskAppeals.UPHOLD': 'Uphold the decision', 'riskAppeals.OVERTURN': "Overturn: restore this member's assists and lift this case's penalty",
    'riskAppeals.note': 'Note', 'riskAppeals.noteHint': 'The member reads this note. At most 1000 characters.', 'riskAppeals.submit': 'Submit review',
    'riskAppeals.done.UPHOLD': 'Decision upheld.', 'riskAppeals.done.OVERTURN': "Appeal accepted; the member's assists count again.",
    'riskAppeals.decidedBy': 'Reviewed by {who} at {at}:',
    'riskAppeals.empty.open': 'No appeals waiting for review.', 'riskAppeals.empty.upheld': 'No upheld appeals yet.', 'riskAppeals.empty.overturned': 'No accepted appeals yet.',
    'riskAudit.title': 'Audit log', 'riskAudit.lead': 'Every step of risk control (scans, decisions, appeals) is recorded here, append-only.', 'riskAudit.empty': 'Nothing recorded yet.',
  },
});
