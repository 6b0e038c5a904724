// Tasks: my tasks and one task (live progress, exact remaining, guaranteed most assists, countdown, sharing, assists,
// commitment and revealed seed, claim/settle). The helper's side (share code entry, landing page /t/CODE) is in
// landing.js, which uses this module's progress and deadline helpers.
import { h, mount, money } from '../dom.js';
import { get, post } from '../api.js';
import { register, t, dateTime, countdown } from '../i18n.js';
import { alertBox, empty, errorText, loading, percent, section, session, taskAmount } from '../ui.js';
import { go } from '../nav.js';
import { kindLabel } from './campaigns.js';
import { assistRiskRow, correctionItem, ownerAppealLinks, riskNotes } from './assists.js';
import { coolingOff } from './coolingoff.js';

export const REFRESH_MS = 5000;

export function remainingText(task) {
  if (task.remaining <= 0) return t('task.reached');
  return t('task.remaining', { amount: taskAmount(task.unit, task.remaining) });
}

export function maxAssistsText(task) {
  if (task.status !== 'OPEN') return t('task.maxAssistsEnded');
  return t('task.maxAssists', { n: task.maxAssistsRemaining });
}

/** A progress bar with data-progress (cents or assists) and the ARIA values of a progressbar. */
export function progressBar(id) {
  const fill = h('span');
  const bar = h('div', { class: 'progress task-progress', id, role: 'progressbar', 'aria-valuemin': '0' }, fill);
  bar.update = (task) => {
    bar.dataset.progress = String(task.progress);
    bar.setAttribute('aria-valuemax', String(task.targetAmount));
    bar.setAttribute('aria-valuenow', String(task.progress));
    bar.setAttribute('aria-valuetext', `${taskAmount(task.unit, task.progress)} / ${taskAmount(task.unit, task.targetAmount)}`);
    bar.setAttribute('aria-label', t('task.progress'));
    fill.style.width = `${percent(task.progress, task.targetAmount)}%`;
  };
  return bar;
}

function statusTag(task) {
  return h('span', { class: `tag task-status status-${task.status.toLowerCase()}` }, t(`taskStatus.${task.status}`));
}

export function deadlineText(task) {
  if (task.status !== 'OPEN') return t('task.endedAt', { at: dateTime(task.endedAt || task.expiresAt) });
  return t('task.deadline', { left: countdown(task.expiresAt), at: dateTime(task.expiresAt) });
}

export function isMine(task) {
  return !!session.me && session.me.id === task.initiatorId;
}

// ---------------------------------------------------------------- my tasks

async function myTasks(view) {
  if (!session.me) return go('/login?next=/tasks');
  loading(view);
  const result = await get('/api/me/tasks?limit=50');
  const items = result.items || [];
  if (!items.length) {
    mount(view, h('h1', null, t('tasks.title')),
      empty(t('tasks.empty'), h('a', { class: 'button primary', href: '#/campaigns' }, t('tasks.emptyAction'))));
    return;
  }
  mount(view, h('h1', null, t('tasks.title')),
    h('ul', { class: 'list task-list', id: 'task-list' }, items.map((task) => {
      const bar = progressBar(null);
      bar.removeAttribute('id');
      bar.update(task);
      return h('li', { class: 'task-item' },
        h('a', { class: 'task-link', href: `#/tasks/${task.id}` }, h('strong', null, task.title)), ' ', statusTag(task),
        bar,
        h('p', { class: 'muted' }, kindLabel(task.kind), ' · ', remainingText(task), ' · ', deadlineText(task)));
    })));
}

// ---------------------------------------------------------------- one task

async function taskPage(view, [id]) {
  loading(view);
  const path = `/api/tasks/${encodeURIComponent(id)}`;
  let task = await get(path);
  let timeline = await get(`${path}/timeline`).catch(() => null);

  const title = h('h1', null, task.title);
  const status = h('p', { class: 'task-head' });
  const bar = progressBar('task-progress');
  const progressText = h('p', { class: 'muted', id: 'task-progress-text' });
  const remaining = h('p', { class: 'task-remaining', id: 'task-remaining' });
  const price = h('p', { class: 'muted', id: 'task-price' });
  const maxAssists = h('p', { id: 'task-max-assists' });
  const deadline = h('p', { id: 'task-deadline', class: 'task-deadline' });
  const actionAlert = alertBox();
  const actions = h('div', { class: 'actions', id: 'task-actions' });
  const outcome = h('div', { id: 'task-outcome' });
  const cooling = h('div', { id: 'cooling-off' });
  const shareBox = h('div', { id: 'share' });
  const assists = h('ul', { class: 'list assists', id: 'assists' });
  const commitment = h('p', { class: 'mono', id: 'commitment' });
  const seed = h('div', { id: 'seed' });
  let actionKey = '';

  function renderShare() {
    const copyStatus = h('span', { class: 'muted', role: 'status' });
    const copy = h('button', { type: 'button', id: 'copy-share-link' }, t('task.copy'));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(task.shareLink);
        copyStatus.textContent = t('task.copied');
      } catch {
        copyStatus.textContent = t('task.copyFailed');
      }
    });
    mount(shareBox,
      h('p', null, t('task.shareLead')),
      h('dl', { class: 'facts' },
        h('dt', null, t('task.shareCode')), h('dd', null, h('strong', { class: 'mono share-code', id: 'share-code' }, task.shareCode)),
        h('dt', null, t('task.shareLink')), h('dd', null, h('a', { id: 'share-link', href: task.shareLink, class: 'mono' }, task.shareLink))),
      h('div', { class: 'actions' }, copy, copyStatus),
      h('img', { id: 'share-qr', class: 'share-qr', src: `/api/tasks/${task.id}/qr.png`, width: 200, height: 200, alt: t('task.qrAlt', { code: task.shareCode }) }));
  }

  function renderAssists() {
    const entries = (timeline?.entries || []).filter((e) => e.type === 'ASSIST' || e.type === 'CORRECTION');
    if (!entries.some((e) => e.type === 'ASSIST')) {
      mount(assists, h('li', { class: 'muted no-assists' }, task.status === 'OPEN' ? t('task.noAssists') : t('task.noAssistsEnded')));
      return;
    }
    mount(assists, entries.map((e) => (e.type === 'CORRECTION' ? correctionItem(e, task) : assistItem(e))));
  }

  function assistItem(e) {
    const status = e.status || 'COUNTED';
    return h('li', { class: `assist assist-${status.toLowerCase()}`, dataset: { seq: e.seq, status } },
      h('span', { class: 'assist-name' }, e.helperName || t('task.someone')),
      h('span', { class: 'assist-cut' }, task.unit === 'ASSISTS' ? t('task.assistOne') : t(task.kind === 'BARGAIN' ? 'task.cut' : 'task.added', { amount: money(e.cut) })),
      assistRiskRow(e),
      h('span', { class: 'muted assist-time' }, dateTime(e.at)));
  }

  function renderSeed() {
    const links = h('p', null,
      h('a', { href: `/api/tasks/${task.id}/timeline`, id: 'timeline-json', type: 'application/json' }, t('task.timelineJson')), ' · ',
      h('a', { href: `/api/tasks/${task.id}/timeline.csv`, id: 'timeline-csv', download: `task-${task.id}.csv` }, t('task.timelineCsv')));
    if (task.seed) {
      mount(seed, h('p', null, t('task.seedRevealed')), h('p', { class: 'mono', id: 'seed-value' }, task.seed), links,
        h('p', { class: 'hint' }, t('task.verifyHow')));
    } else {
      mount(seed, h('p', { class: 'muted' }, t('task.seedHidden')), links);
    }
  }

  function renderActions() {
    const mine = isMine(task);
    const now = Date.now();
    const windowOpen = task.claimDeadline ? new Date(task.claimDeadline).getTime() > now : false;
    const key = `${task.status}|${mine}|${windowOpen}|${task.settlement}|${task.claimOnHold}|${task.assistsUnderReview}|${task.assistsVoided}`;
    if (key === actionKey) return;
    actionKey = key;
    const buttons = [];
    if (mine && task.status === 'SUCCEEDED' && windowOpen) {
      const claim = actionButtonFor('claim', t(task.claimOnHold ? 'risk.task.claimHeld' : 'task.claim'), `${path}/claim`);
      if (task.claimOnHold) {
        claim.disabled = true;
        claim.setAttribute('aria-describedby', 'claim-hold');
      }
      buttons.push(claim);
    }
    if (mine && task.status === 'EXPIRED' && task.expiryOption !== 'NONE' && !task.settlement && windowOpen) {
      buttons.push(actionButtonFor('settle', t(`task.settle.${task.expiryOption}`, { amount: money(task.progress) }), `${path}/settle`));
    }
    if (task.status === 'OPEN' && !mine) {
      buttons.push(h('a', { class: 'button primary', href: `#/t/${encodeURIComponent(task.shareCode)}` }, t('task.goAssist')));
    }
    buttons.push(h('a', { class: 'button', href: `#/campaigns/${task.campaignId}` }, t('task.rulesLink')));
    if (mine) buttons.push(...ownerAppealLinks(timeline?.entries || []));
    mount(actions, buttons);
    const notes = [];
    if (task.status === 'SUCCEEDED') notes.push(h('p', { class: 'success' }, t('task.succeeded', { reward: task.reward })));
    if (task.status === 'SUCCEEDED' && task.claimDeadline) notes.push(h('p', { class: 'muted' }, t('task.claimBy', { at: dateTime(task.claimDeadline) })));
    if (task.status === 'CLAIMED') notes.push(h('p', { class: 'success' }, t('task.claimed', { at: dateTime(task.claimedAt) })));
    if (task.status === 'SETTLED') notes.push(h('p', { class: 'success' }, t('task.settled', { amount: money(task.settlementValueCents ?? 0) })));
    if (task.status === 'EXPIRED') notes.push(h('p', { class: 'notice' }, task.expiryOption === 'NONE' ? t('task.expiredNone') : t('task.expiredOption', { at: dateTime(task.claimDeadline) })));
    if (task.status === 'LAPSED') notes.push(h('p', { class: 'notice' }, t('task.lapsed')));
    mount(outcome, notes, riskNotes(task));
  }

  function actionButtonFor(idName, label, url) {
    const button = h('button', { type: 'button', class: 'primary', id: idName }, label);
    button.addEventListener('click', async () => {
      button.disabled = true;
      actionAlert.clear();
      try {
        task = await post(url);
        actionKey = '';
        update();
      } catch (error) {
        if (error.code === 'COOLING_OFF') { // a big purchase: show what it is and when it can be confirmed
          mount(cooling, coolingOff(error.problem, (confirmation) => post(url, { confirmation }), (next) => {
            task = next; actionKey = ''; update();
          }));
        } else actionAlert.show(errorText(error));
        button.disabled = false;
      }
    });
    return button;
  }

  function tick() {
    deadline.textContent = deadlineText(task);
  }

  function update() {
    title.textContent = task.title;
    mount(status, statusTag(task), ' ', h('span', { class: 'muted' }, kindLabel(task.kind), ' · ', t('task.reward', { reward: task.reward })));
    bar.update(task);
    progressText.textContent = t('task.progressText', { done: taskAmount(task.unit, task.progress), target: taskAmount(task.unit, task.targetAmount), n: task.assistsDone });
    remaining.textContent = remainingText(task);
    price.textContent = task.kind === 'BARGAIN'
      ? t('task.price', { current: money(task.currentPriceCents), start: money(task.startPriceCents), floor: money(task.floorPriceCents) }) : '';
    price.hidden = task.kind !== 'BARGAIN';
    maxAssists.textContent = maxAssistsText(task);
    tick();
    shareBox.closest('section').hidden = task.status !== 'OPEN';
    if (task.status === 'OPEN' && !shareBox.firstChild) renderShare();
    renderAssists();
    commitment.textContent = task.seedCommitment;
    renderSeed();
    renderActions();
  }

  mount(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/tasks' }, t('tasks.back'))),
    title, status,
    h('section', { class: 'card task-card' }, bar, progressText, remaining, price, maxAssists, deadline, outcome, actionAlert, actions, cooling),
    section(t('task.share'), shareBox),
    section(t('task.assists'), assists),
    section(t('task.fairness'),
      h('p', { class: 'hint' }, t('task.commitmentLead')),
      h('p', null, t('task.commitment')), commitment, seed));
  update();

  const clock = setInterval(tick, 1000);
  let busy = false;
  const refresh = setInterval(async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const next = await get(path);
      const changed = next.assistsDone !== task.assistsDone || next.status !== task.status
        || next.assistsVoided !== task.assistsVoided || next.assistsUnderReview !== task.assistsUnderReview;
      task = next;
      if (changed || !timeline) timeline = await get(`${path}/timeline`).catch(() => timeline);
      update();
    } catch {
      // A failed refresh keeps the last state; the next one tries again.
    } finally {
      busy = false;
    }
  }, REFRESH_MS);
  return () => { clearInterval(clock); clearInterval(refresh); };
}

export const routes = [
  { path: /^\/tasks$/, render: myTasks },
  { path: /^\/tasks\/([^/]+)$/, render: taskPage },
];

register({
  'zh-CN': {
    
    'tasks.title': '我的任务', 'tasks.empty': '你还没有发起过任务。去挑一个活动,请好友帮你砍一刀吧。', 'tasks.emptyAction': '去看活动',
    'tasks.back': '‹ 我的任务',
    'task.remaining': '还差 {amount}', 'task.reached': '已达成目标',
    'task.maxAssists': '最多还需 {n} 人助力(保证上限)', 'task.maxAssistsEnded': '任务已结束,不再需要助力',
    'task.progress': '任务进度', 'task.progressText': '已完成 {done} / {target},共 {n} 次助力',
    'task.price': '当前价 {current}(原价 {start},最低 {floor})',
    'task.deadline': '剩余 {left}(截止 {at})', 'task.endedAt': '已于 {at} 结束', 'task.reward': '奖励:{reward}',
    'task.share': '邀请好友助力', 'task.shareLead': '把助力码或链接发给好友,好友打开后点一下就能帮你。',
    'task.shareCode': '助力码', 'task.shareLink': '分享链接', 'task.copy': '复制链接', 'task.copied': '已复制', 'task.copyFailed': '复制失败,请长按链接手动复制',
    'task.qrAlt': '助力二维码,扫码打开助力码 {code} 的助力页', 'task.assists': '助力记录',
    'task.noAssists': '还没有人助力,快分享给好友吧。', 'task.noAssistsEnded': '这个任务没有收到助力。', 'task.someone': '一位会员',
    'task.cut': '砍掉 {amount}', 'task.added': '助力 {amount}', 'task.assistOne': '助力 1 次',
    'task.fairness': '公平可验证', 'task.commitmentLead': '每一刀的金额在任务开始时就已确定,并公布了下面的承诺值;任务结束后公开随机种子,任何人都能核对。',
    'task.commitment': '承诺值(SHA-256):',
    'task.seedHidden': '随机种子将在任务结束后公开。', 'task.seedRevealed': '已公开的随机种子:',
    'task.timelineJson': '完整记录(JSON)', 'task.timelineCsv': '下载记录(CSV)',
    'task.verifyHow': '核对方法:计算 SHA-256("huzhu/commitment/v1|" + 任务 ID + "|" + 种子),结果应等于上面的承诺值;再用项目公开的 docs/verify-schedule.py 按种子重算每一刀,与记录逐条比对。',
    'task.claim': '领取奖励', 'task.settle.BUY_AT_CURRENT_PRICE': '按当前价 {amount} 购买', 'task.settle.COUPON': '领取 {amount} 优惠券',
    'task.goAssist': '帮 TA 助力', 'task.rulesLink': '查看活动规则',
    'task.succeeded': '恭喜,任务成功!奖励:{reward}', 'task.claimBy': '请在 {at} 前领取。', 'task.claimed': '奖励已于 {at} 领取。',
    'task.settled': '已结算,价值 {amount}。', 'task.expiredNone': '任务已过期,本活动过期后没有补偿。',
    'task.expiredOption': '任务已过期,可以在 {at} 前按规则结算。', 'task.lapsed': '奖励没有在领取期限内领取,已失效。',
    
    
    'error.NOT_TASK_OWNER': '只有发起人可以这样做。', 'error.ALREADY_CLAIMED': '奖励已经领过了。',
    'error.CLAIM_WINDOW_CLOSED': '领取期限已过。', 'error.SETTLEMENT_NOT_ALLOWED': '这个活动过期后不支持结算。',
    'error.TASK_NOT_EXPIRED': '任务还没过期,不能结算。', 'error.ALREADY_SETTLED': '这个任务已经结算过了。',
    'error.IDEMPOTENCY_KEY_INVALID': '请求标识无效,请刷新页面后再试。', 'error.IDEMPOTENCY_KEY_REUSED': '请求重复,请刷新页面后再试。',
  },
  en: {
    
    'tasks.title': 'My tasks', 'tasks.empty': 'You have not started a task yet. Pick a campaign and ask friends to assist.', 'tasks.emptyAction': 'Browse campaigns',
    'tasks.back': '‹ My tasks',
    'task.remaining': '{amount} to go', 'task.reached': 'Target reached',
    'task.maxAssists': 'At most {n} more assists needed (guaranteed)', 'task.maxAssistsEnded': 'The task has ended; no more assists needed',
    'task.progress': 'Task progress', 'task.progressText': '{done} of {target} done, {n} assists',
    'task.price': 'Current price {current} (from {start}, down to {floor})',
    'task.deadline': '{left} left (until {at})', 'task.endedAt': 'Ended {at}', 'task.reward': 'Reward: {reward}',
    'task.share': 'Ask friends to assist', 'task.shareLead': 'Send the share code or link to friends; one tap on their side helps you.',
    'task.shareCode': 'Share code', 'task.shareLink': 'Share link', 'task.copy': 'Copy link', 'task.copied': 'Copied', 'task.copyFailed': 'Could not copy; select the link and copy it by hand',
    'task.qrAlt': 'QR code opening the assist page of share code {code}', 'task.assists': 'Assists',
    'task.noAssists': 'No assists yet; share the link with friends.', 'task.noAssistsEnded': 'This task received no assists.', 'task.someone': 'A member',
    'task.cut': 'cut {amount}', 'task.added': 'added {amount}', 'task.assistOne': '1 assist',
    'task.fairness': 'Verifiable fairness', 'task.commitmentLead': 'Every cut was fixed when the task started and committed to by the value below; the random seed is revealed when the task ends, so anyone can check.',
    'task.commitment': 'Commitment (SHA-256):',
    'task.seedHidden': 'The random seed is revealed when the task ends.', 'task.seedRevealed': 'Revealed random seed:',
    'task.timelineJson': 'Full timeline (JSON)', 'task.timelineCsv': 'Download timeline (CSV)',
    'task.verifyHow': 'To verify: SHA-256("huzhu/commitment/v1|" + task id + "|" + seed) must equal the commitment above; then recompute every cut from the seed with the published docs/verify-schedule.py and compare with the timeline.',
    'task.claim': 'Claim reward', 'task.settle.BUY_AT_CURRENT_PRICE': 'Buy at the current price {amount}', 'task.settle.COUPON': 'Take a {amount} coupon',
    'task.goAssist': 'Assist this task', 'task.rulesLink': 'Campaign rules',
    'task.succeeded': 'Well done, the task succeeded! Reward: {reward}', 'task.claimBy': 'Claim it before {at}.', 'task.claimed': 'Reward claimed {at}.',
    'task.settled': 'Settled, worth {amount}.', 'task.expiredNone': 'The task expired; this campaign offers nothing for expired tasks.',
    'task.expiredOption': 'The task expired; you can settle it under the rules before {at}.', 'task.lapsed': 'The reward was not claimed in time and has lapsed.',
    
    
    'error.NOT_TASK_OWNER': 'Only the member who started the task may do this.', 'error.ALREADY_CLAIMED': 'The reward was already claimed.',
    'error.CLAIM_WINDOW_CLOSED': 'The claim window has closed.', 'error.SETTLEMENT_NOT_ALLOWED': 'This campaign does not settle expired tasks.',
    'error.TASK_NOT_EXPIRED': 'The task has not expired; it cannot be settled.', 'error.ALREADY_SETTLED': 'The task was already settled.',
    'error.IDEMPOTENCY_KEY_INVALID': 'The request id is invalid; reload the page and try again.', 'error.IDEMPOTENCY_KEY_REUSED': 'Duplicate request; reload the page and try again.',
  },
});
