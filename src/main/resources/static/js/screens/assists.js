// Members' side of risk control: my assists (#/me/assists) with whether each counts and why, an appeal per case and
// my risk appeals; an appeal page for a task owner (#/me/assists/appeal/<caseId>); and the pieces the task page shows
// (an assist's status, the notices about assists being checked or not counted, corrections in plain words). Only
// what the API gives is shown: it never returns a device id or an address.
import { h, mount, money } from '../dom.js';
import { get, post } from '../api.js';
import { dateTime, register, t } from '../i18n.js';
import { bilingual, empty, form, invalid, loading, section, session, taskAmount } from '../ui.js';
import { go } from '../nav.js';

const PAGE = 20;
let flash = '';

function statusTag(status) {
  return h('span', { class: `tag assist-status assist-${String(status).toLowerCase()}`, dataset: { status } },
    t(`assistStatus.${status}`));
}

function appealTag(status) {
  return h('span', { class: `tag risk-appeal-status status-${status}` }, t(`riskAppealStatus.${status}`));
}

// ---------------------------------------------------------------- pieces of the task page

/** The row under an assist on the task page: counts / being checked / not counted, and the sentence why. */
export function assistRiskRow(entry) {
  const status = entry.status || 'COUNTED';
  const why = bilingual(entry.reasonZh, entry.reasonEn);
  return h('p', { class: 'assist-risk' }, statusTag(status), why ? ' ' : null,
    why ? h('span', { class: 'assist-reason' }, why) : null);
}

/** A CORRECTION of the timeline in plain words: how many assists risk control changed, why, and what is left. */
export function correctionItem(entry, task) {
  const n = entry.assists ?? 0;
  return h('li', { class: `correction correction-${String(entry.correction).toLowerCase()}`, dataset: { correction: entry.correction } },
    h('p', { class: 'correction-text' }, t(`risk.correction.${entry.correction}`, { n }), ' ',
      bilingual(entry.reasonZh, entry.reasonEn)),
    h('p', { class: 'muted correction-after' },
      entry.remainingAfter > 0 ? t('task.remaining', { amount: taskAmount(task.unit, entry.remainingAfter) }) : t('task.reached'),
      ' · ', dateTime(entry.at)));
}

/** Notices above a task's actions: assists being checked (and a claim on hold), assists that did not count. */
export function riskNotes(task) {
  const notes = [];
  if (task.claimOnHold) {
    notes.push(h('p', { class: 'notice', id: 'claim-hold' }, t('risk.task.onHold', { n: task.assistsUnderReview })));
  } else if (task.assistsUnderReview > 0) {
    notes.push(h('p', { class: 'notice', id: 'assists-review' }, t('risk.task.review', { n: task.assistsUnderReview })));
  }
  if (task.assistsVoided > 0) {
    notes.push(h('p', { class: 'notice', id: 'assists-voided' }, t('risk.task.voided', { n: task.assistsVoided })));
  }
  return notes;
}

/** For the task's owner: a link to appeal each check that held or voided assists on the task. */
export function ownerAppealLinks(entries) {
  const cases = [...new Set(entries.filter((e) => e.caseId && (e.type === 'CORRECTION' ? e.correction !== 'RESTORED'
    : e.status && e.status !== 'COUNTED')).map((e) => e.caseId))];
  return cases.map((id) => h('a', { class: 'button owner-appeal', href: `#/me/assists/appeal/${id}` }, t('risk.appeal.owner')));
}

// ---------------------------------------------------------------- the appeal box

/** My latest appeal on a case and what became of it, or a button that opens the appeal form. */
function appealBox(caseId, appeal, onFiled) {
  const box = h('div', { class: 'appeal-box', dataset: { case: caseId } });
  if (appeal) {
    mount(box, h('p', { class: 'appeal-state' }, appealTag(appeal.status), ' ',
      appeal.status === 'OPEN' ? t('risk.appeal.waiting', { at: dateTime(appeal.createdAt) }) : (appeal.decisionNote || '')));
    return box;
  }
  const opener = h('button', { type: 'button', class: 'appeal-open', 'aria-expanded': 'false' }, t('risk.appeal.open'));
  const appealForm = form({
    fields: [{ name: 'text', label: t('risk.appeal.text'), type: 'textarea', rows: 4, required: true,
      hint: t('risk.appeal.hint'), attrs: { maxlength: 2000 } }],
    submit: t('risk.appeal.submit'),
    onSubmit: async (v) => {
      if (!v.text.trim()) throw invalid('text');
      await post('/api/risk/appeals', { caseId, text: v.text.trim() });
      await onFiled();
    },
  });
  appealForm.classList.add('appeal-form');
  appealForm.hidden = true;
  opener.addEventListener('click', () => {
    appealForm.hidden = !appealForm.hidden;
    opener.setAttribute('aria-expanded', String(!appealForm.hidden));
    if (!appealForm.hidden) appealForm.inputs.text.focus();
  });
  mount(box, opener, appealForm);
  return box;
}

/** Newest appeal per case. */
function latestByCase(appeals) {
  const latest = new Map();
  for (const a of appeals) {
    const seen = latest.get(a.caseId);
    if (!seen || seen.createdAt < a.createdAt) latest.set(a.caseId, a);
  }
  return latest;
}

// ---------------------------------------------------------------- my assists

function assistItem(a, box) {
  const amount = a.unit === 'ASSISTS' ? t('task.assistOne') : money(a.cut);
  const why = bilingual(a.reasonZh, a.reasonEn);
  return h('li', { class: `my-assist assist-${a.status.toLowerCase()}`, dataset: { id: a.assistId, status: a.status, case: a.caseId || '' } },
    h('p', { class: 'my-assist-head' }, h('a', { href: `#/tasks/${a.taskId}`, class: 'my-assist-task' }, a.title), ' ', statusTag(a.status)),
    h('p', { class: 'muted' }, t('risk.mine.helped', { name: a.initiatorName || t('task.someone') }), ' · ',
      h('span', { class: 'my-assist-cut' }, amount), ' · ', dateTime(a.at)),
    why ? h('p', { class: 'assist-reason' }, why) : null,
    box);
}

function appealItem(appeal, titles) {
  return h('li', { class: 'risk-appeal', dataset: { id: appeal.id, status: appeal.status } },
    h('p', { class: 'appeal-head' }, appealTag(appeal.status), ' ',
      titles.get(appeal.caseId) ? t('risk.appeal.about', { title: titles.get(appeal.caseId) }) : t('risk.appeal.aboutCase'),
      ' · ', h('span', { class: 'muted' }, dateTime(appeal.createdAt))),
    h('blockquote', { class: 'appeal-text pre' }, appeal.text),
    appeal.status !== 'OPEN' ? h('p', { class: 'appeal-decision' }, t(`risk.appeal.decided.${appeal.status}`, { at: dateTime(appeal.decidedAt) }),
      appeal.decisionNote ? ` ${appeal.decisionNote}` : '') : null);
}

async function myAssists(view) {
  if (!session.me) return go('/login?next=/me/assists');
  loading(view);
  const [page, mine] = await Promise.all([get(`/api/me/assists?limit=${PAGE}`), get('/api/me/risk/appeals')]);
  const appeals = mine.items || [];
  const latest = latestByCase(appeals);
  const items = [...(page.items || [])];
  const list = h('ul', { class: 'list my-assists', id: 'my-assists' });
  const more = h('div', { class: 'actions' });
  const notice = h('p', { class: 'success', id: 'assists-notice', role: 'status', tabindex: '-1', hidden: !flash }, flash);
  flash = '';
  const refresh = async () => {
    flash = t('risk.appeal.filed');
    await myAssists(view);
  };

  function render(cursor) {
    const boxed = new Set();
    mount(list, items.length ? items.map((a) => {
      const appealable = a.caseId && a.status !== 'COUNTED' && !boxed.has(a.caseId);
      if (appealable) boxed.add(a.caseId);
      return assistItem(a, appealable ? appealBox(a.caseId, latest.get(a.caseId), refresh) : null);
    }) : h('li', null, empty(t('risk.mine.empty'), h('a', { href: '#/assist' }, t('nav.assist')))));
    const button = h('button', { type: 'button', id: 'my-assists-more' }, t('common.more'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const next = await get(`/api/me/assists?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`).catch(() => null);
      if (!next) { button.disabled = false; return; }
      items.push(...(next.items || []));
      render(next.nextCursor);
    });
    mount(more, cursor ? button : null);
  }
  render(page.nextCursor);
  const titles = new Map(items.filter((a) => a.caseId).map((a) => [a.caseId, a.title]));
  mount(view,
    h('h1', null, t('risk.mine.title')),
    h('p', { class: 'muted' }, t('risk.mine.lead')),
    notice,
    section(t('risk.mine.assists'), list, more),
    section(t('risk.mine.appeals'), appeals.length
      ? h('ul', { class: 'list', id: 'my-risk-appeals' }, appeals.map((a) => appealItem(a, titles)))
      : h('p', { class: 'muted', id: 'my-risk-appeals' }, t('risk.mine.noAppeals'))));
  if (!notice.hidden) notice.focus();
  return null;
}

/** A task owner's appeal against a check that held or voided assists on their task. */
async function appealPage(view, [caseId]) {
  if (!session.me) return go(`/login?next=/me/assists/appeal/${caseId}`);
  loading(view);
  const [mine, found] = await Promise.all([get('/api/me/risk/appeals'), get(`/api/me/risk/cases/${caseId}`)]);
  const appeal = latestByCase(mine.items || []).get(caseId);
  mount(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/me/assists' }, t('risk.mine.back'))),
    h('h1', null, t('risk.appeal.title')),
    h('p', { class: 'case-reason', id: 'appeal-case-reason' }, bilingual(found.reasonZh, found.reasonEn)),
    found.decisionNote ? h('p', { class: 'muted', id: 'appeal-case-note' }, found.decisionNote) : null,
    h('p', { class: 'muted' }, t('risk.appeal.lead')),
    section(t('risk.appeal.yours'), appealBox(caseId, appeal, async () => {
      flash = t('risk.appeal.filed');
      go('/me/assists');
    })));
  return null;
}

export const routes = [
  { path: /^\/me\/assists$/, render: myAssists },
  { path: /^\/me\/assists\/appeal\/([0-9a-f-]{36})$/, render: appealPage },
];

register({
  'zh-CN': {
    'risk.correction.VOIDED': '风控核查:{n} 次助力不再计入。', 'risk.correction.HELD': '风控核查:{n} 次助力转为核实中。',
    'risk.correction.RESTORED': '{n} 次助力恢复计入。',
    'risk.task.onHold': '有 {n} 次助力正在核实,核实完成后才能领取奖励。',
    'risk.task.review': '有 {n} 次助力正在核实,结果出来之前暂时计入。',
    'risk.task.voided': '有 {n} 次助力经风控核查没有计入,进度和还差的金额都只算计入的助力。',
    'risk.task.claimHeld': '领取奖励(核实完成后可领)',
    'risk.appeal.owner': '对核查结果有异议?申诉', 'risk.appeal.open': '申诉', 'risk.appeal.text': '向运营人员说明情况',
    'risk.appeal.hint': '例如:这几个账号是家人在同一台旧手机上登录的。最多 2000 字。', 'risk.appeal.submit': '提交申诉',
    'risk.appeal.waiting': '{at} 提交,等待另一位运营人员复核。', 'risk.appeal.filed': '申诉已提交,另一位运营人员会复核,结果会显示在这里。',
    'risk.appeal.about': '关于“{title}”的核查', 'risk.appeal.aboutCase': '关于一次风控核查',
    'risk.appeal.decided.UPHELD': '复核后维持原判({at})。', 'risk.appeal.decided.OVERTURNED': '申诉成立,相关助力已恢复计入({at})。',
    'risk.appeal.title': '申诉风控核查', 'risk.appeal.lead': '你的任务中有助力被风控暂扣或没有计入。如果你认为核查有误,请说明情况,另一位运营人员会复核。',
    'risk.appeal.yours': '我的申诉',
    'risk.mine.title': '我的助力', 'risk.mine.lead': '你帮别人的每一次助力都在这里。风控核查后没有计入的助力会写明原因,你可以申诉。',
    'risk.mine.assists': '助力记录', 'risk.mine.appeals': '我的风控申诉', 'risk.mine.noAppeals': '你还没有提交过风控申诉。',
    'risk.mine.empty': '你还没有帮别人助力过。', 'risk.mine.helped': '帮 {name}', 'risk.mine.back': '‹ 我的助力',
  },
  en: {
    'risk.correction.VOIDED': 'Risk check: {n} assist(s) no longer count.', 'risk.correction.HELD': 'Risk check: {n} assist(s) are now being checked.',
    'risk.correction.RESTORED': '{n} assist(s) count again.',
    'risk.task.onHold': '{n} assist(s) are being checked; you can claim the reward once the check is done.',
    'risk.task.review': '{n} assist(s) are being checked; they count for now, until the result is in.',
    'risk.task.voided': '{n} assist(s) did not count after a risk check; progress and the amount left include only the assists that count.',
    'risk.task.claimHeld': 'Claim reward (after the check)',
    'risk.appeal.owner': 'Disagree with the check? Appeal', 'risk.appeal.open': 'Appeal', 'risk.appeal.text': 'Tell the operators what happened',
    'risk.appeal.hint': 'For example: these accounts are my family, signed in on one old phone. At most 2000 characters.', 'risk.appeal.submit': 'Send appeal',
    'risk.appeal.waiting': 'Sent {at}; another operator will review it.', 'risk.appeal.filed': 'Appeal sent. Another operator will review it; the outcome shows here.',
    'risk.appeal.about': 'About the check on "{title}"', 'risk.appeal.aboutCase': 'About a risk check',
    'risk.appeal.decided.UPHELD': 'Reviewed: the decision stands ({at}).', 'risk.appeal.decided.OVERTURNED': 'Appeal accepted: the assists count again ({at}).',
    'risk.appeal.title': 'Appeal a risk check', 'risk.appeal.lead': 'Assists on your task were held or did not count after a risk check. If you think the check is wrong, tell us why; another operator will review it.',
    'risk.appeal.yours': 'My appeal',
    'risk.mine.title': 'My assists', 'risk.mine.lead': 'Every assist you gave is here. When a risk check did not count one, it says why, and you can appeal.',
    'risk.mine.assists': 'Assists', 'risk.mine.appeals': 'My risk appeals', 'risk.mine.noAppeals': 'You have not sent a risk appeal.',
    'risk.mine.empty': 'You have not assisted anyone yet.', 'risk.mine.helped': 'helped {name}', 'risk.mine.back': '‹ My assists',
  },
});
