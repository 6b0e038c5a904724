// The assist side of a task: entering a share code (or pasting a share link) and the landing page /t/CODE that a
// friend opens to help, with live progress and the exact amount still missing.
import { h, mount, money } from '../dom.js';
import { get, post } from '../api.js';
import { register, t } from '../i18n.js';
import { alertBox, errorText, form, loading, session, taskAmount } from '../ui.js';
import { go } from '../nav.js';
import { kindLabel } from './campaigns.js';
import { REFRESH_MS, deadlineText, isMine, maxAssistsText, progressBar, remainingText } from './tasks.js';

/** Accepts a bare code or a whole share link (…/t/CODE). */
function codeFrom(text) {
  const s = String(text || '').trim();
  const m = /\/t\/([^/?#\s]+)/.exec(s);
  return (m ? m[1] : s).trim();
}

async function assistEntry(view) {
  mount(view, h('h1', null, t('assist.title')), h('p', { class: 'muted' }, t('assist.lead')),
    form({
      id: 'assist-code-form',
      fields: [{ name: 'code', label: t('assist.code'), required: true, hint: t('assist.codeHint'), attrs: { autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false' } }],
      submit: t('assist.go'),
      onSubmit: async (v) => {
        const code = codeFrom(v.code);
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(code)) {
          const error = new Error('code');
          error.fields = [{ field: 'code', reason: 'INVALID' }];
          throw error;
        }
        go(`/t/${encodeURIComponent(code)}`);
      },
    }));
}

// ---------------------------------------------------------------- assist landing page

async function landing(view, [code]) {
  loading(view);
  let task = await get(`/api/tasks/by-code/${encodeURIComponent(code)}`);
  const bar = progressBar('task-progress');
  const remaining = h('p', { class: 'task-remaining', id: 'task-remaining' });
  const maxAssists = h('p', { id: 'task-max-assists' });
  const deadline = h('p', { id: 'task-deadline', class: 'task-deadline' });
  const price = h('p', { class: 'muted', id: 'task-price' });
  const result = h('div', { id: 'assist-result', 'aria-live': 'polite' });
  const alert = alertBox();
  alert.id = 'assist-alert';
  const actionBox = h('div', { class: 'actions assist-actions' });
  const mine = isMine(task);

  function update() {
    bar.update(task);
    remaining.textContent = remainingText(task);
    maxAssists.textContent = maxAssistsText(task);
    price.textContent = task.kind === 'BARGAIN'
      ? t('task.price', { current: money(task.currentPriceCents), start: money(task.startPriceCents), floor: money(task.floorPriceCents) }) : '';
    price.hidden = task.kind !== 'BARGAIN';
    deadline.textContent = deadlineText(task);
  }

  function renderAction() {
    if (!session.me) {
      mount(actionBox, h('a', { class: 'button primary', id: 'login-to-assist', href: `#/login?next=/t/${encodeURIComponent(code)}` }, t('landing.login')));
      return;
    }
    if (task.status !== 'OPEN') {
      mount(actionBox, h('p', { class: 'notice' }, t('landing.closed', { status: t(`taskStatus.${task.status}`) })));
      return;
    }
    const button = h('button', { type: 'button', class: 'primary big', id: 'assist-button' }, t(`landing.button.${task.kind}`));
    button.addEventListener('click', async () => {
      button.disabled = true;
      alert.clear();
      try {
        const r = await post(`/api/tasks/${task.id}/assists`);
        task = { ...task, progress: r.progress, remaining: r.remaining, maxAssistsRemaining: r.maxAssistsRemaining, status: r.taskStatus, assistsDone: r.seq,
          currentPriceCents: task.startPriceCents != null ? task.startPriceCents - r.progress : task.currentPriceCents };
        update();
        mount(result, h('p', { class: 'success' },
          task.unit === 'ASSISTS' ? t('landing.doneAssist') : t(task.kind === 'BARGAIN' ? 'landing.doneCut' : 'landing.doneCash', { cut: money(r.cut) }), ' ',
          r.remaining > 0 ? t('landing.nowRemaining', { amount: taskAmount(task.unit, r.remaining) }) : t('landing.nowReached')),
        h('p', null, h('a', { href: '#/campaigns' }, t('landing.ownTask')), ' · ', h('a', { href: '#/me/assists', id: 'to-my-assists' }, t('risk.mine.title'))));
        button.remove();
      } catch (error) {
        alert.show(errorText(error));
        button.disabled = false;
      }
    });
    mount(actionBox, button);
  }

  mount(view,
    h('p', { class: 'muted landing-kicker' }, mine ? t('landing.yours') : t('landing.kicker')),
    h('h1', null, task.title),
    h('section', { class: 'card task-card landing-card' },
      h('dl', { class: 'facts' },
        h('dt', null, t('landing.initiator')), h('dd', { id: 'task-initiator' }, mine ? t('landing.you') : (task.initiatorName || t('landing.member', { id: String(task.initiatorId).slice(-6) }))),
        h('dt', null, t('campaign.kind')), h('dd', null, kindLabel(task.kind)),
        h('dt', null, t('campaign.reward')), h('dd', null, task.reward)),
      bar, remaining, price, maxAssists, deadline,
      alert, actionBox, result,
      mine ? h('p', null, h('a', { href: `#/tasks/${task.id}` }, t('landing.viewOwn'))) : null,
      h('p', { class: 'hint' }, t('landing.honest'), ' ', h('a', { id: 'rules-link', href: `#/campaigns/${task.campaignId}` }, t('task.rulesLink')))));
  update();
  renderAction();
  const clock = setInterval(() => { deadline.textContent = deadlineText(task); }, 1000);
  const refresh = setInterval(async () => {
    if (document.hidden) return;
    try {
      const next = await get(`/api/tasks/${task.id}`);
      const statusChanged = next.status !== task.status;
      task = next;
      update();
      if (statusChanged && document.getElementById('assist-button')) renderAction();
    } catch { /* keep the last state */ }
  }, REFRESH_MS);
  return () => { clearInterval(clock); clearInterval(refresh); };
}

export const routes = [
  { path: /^\/assist$/, render: assistEntry },
  { path: /^\/t\/([^/]+)$/, render: landing },
];

register({
  'zh-CN': {
    'assist.title': '帮好友助力', 'assist.lead': '输入好友发给你的助力码(或粘贴整条分享链接)。', 'assist.code': '助力码',
    'assist.codeHint': '例如 TNNAGCQC', 'assist.go': '打开助力页',
    'landing.kicker': '好友请你帮忙', 'landing.yours': '这是你发起的任务', 'landing.initiator': '发起人', 'landing.you': '你自己',
    'landing.member': '会员(编号尾号 {id})', 'landing.login': '登录后帮 TA', 'landing.closed': '这个任务{status},不能再助力了。',
    'landing.button.BARGAIN': '帮 TA 砍一刀', 'landing.button.ASSIST_COUNT': '帮 TA 助力', 'landing.button.CASH_TARGET': '帮 TA 助力',
    'landing.doneCut': '你帮 TA 砍掉了 {cut}。', 'landing.doneCash': '你帮 TA 助力了 {cut}。', 'landing.doneAssist': '你帮 TA 助力了 1 次。', 'landing.nowRemaining': '现在还差 {amount}。',
    'landing.nowReached': 'TA 的任务已经达成!', 'landing.ownTask': '我也想发起一个', 'landing.viewOwn': '查看我的任务详情',
    'landing.honest': '金额精确到分,上限有保证,规则公开:',
  },
  en: {
    'assist.title': 'Assist a friend', 'assist.lead': 'Enter the share code a friend sent you (or paste the whole share link).', 'assist.code': 'Share code',
    'assist.codeHint': 'For example TNNAGCQC', 'assist.go': 'Open the assist page',
    'landing.kicker': 'A friend asks for your help', 'landing.yours': 'This is your own task', 'landing.initiator': 'Started by', 'landing.you': 'you',
    'landing.member': 'a member (id ending {id})', 'landing.login': 'Sign in to help', 'landing.closed': 'This task is {status}; it takes no more assists.',
    'landing.button.BARGAIN': 'Cut the price for them', 'landing.button.ASSIST_COUNT': 'Assist them', 'landing.button.CASH_TARGET': 'Assist them',
    'landing.doneCut': 'You cut {cut}.', 'landing.doneCash': 'You added {cut}.', 'landing.doneAssist': 'You gave 1 assist.', 'landing.nowRemaining': 'Now {amount} to go.',
    'landing.nowReached': 'Their task has reached its target!', 'landing.ownTask': 'Start one of my own', 'landing.viewOwn': 'Open my task',
    'landing.honest': 'Exact amounts, a guaranteed maximum and published rules:',
  },
});
