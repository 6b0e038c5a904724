// The help queue (#/groups/{id}/queue) with the reasons of its order, kept live over the group's event stream,
// the member's standing and who is owed help, and the composer's explanation of the posting rules (issue 15).

import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { countdown, dateTime, register, t } from '../i18n.js';
import { empty } from '../ui.js';

const enc = encodeURIComponent;
/** Beyond every seq: the queue's stream carries only unnumbered frames (card, queue), never the feed's backlog. */
const NO_MESSAGES = Number.MAX_SAFE_INTEGER;
/** Several changes close together re-rank once. */
const REFRESH_DELAY_MS = 1500;

/** "3 位群友帮过你,还没回助", linking to the ledger; null when nobody is owed. */
export function owedLine(gid, standing) {
  if (!standing || !standing.owedMembers) return null;
  return h('p', { class: 'notice owed-help', id: 'owed-help' },
    t('hq.owed', { n: standing.owedMembers }), ' ',
    h('a', { href: `#/groups/${enc(gid)}/ledger` }, t('hq.owedWho')));
}

/** The member's standing in plain words and what raises it. */
export function standingCard(standing) {
  const tips = (standing.tips || []).map((tip) => h('li', { dataset: { tip } }, t(`hq.tip.${tip}`, {
    n: standing.owedMembers, missing: standing.helpsMissing,
  })));
  return h('section', { class: 'card standing', id: 'my-standing', dataset: { level: standing.level } },
    h('h2', null, t('hq.standing')),
    h('p', { class: 'standing-level' }, t(`hq.level.${standing.level}`)),
    h('p', { class: 'hint' }, t('hq.figures', { g: standing.given, r: standing.received })),
    h('p', null, t('hq.raises')), h('ul', { class: 'list standing-tips' }, tips));
}

/** One sentence per active posting rule, and whether a help post would be accepted now. */
function ruleLine(rule) {
  const key = `hq.rule.${rule.code}.${rule.met ? 'met' : 'unmet'}`;
  return h('li', { class: rule.met ? 'rule-met' : 'rule-unmet', dataset: { rule: rule.code } }, t(key, {
    limit: rule.limit, current: rule.current, missing: Math.max(0, rule.limit - rule.current),
    next: rule.nextPostAt ? dateTime(rule.nextPostAt) : '',
  }));
}

/** The posting rules above the help-post forms, read before the member writes, not after a refusal. */
export function composerRules(gid) {
  const box = h('div', { class: 'composer-rules', id: 'composer-rules', 'aria-live': 'polite' });
  get(`/api/groups/${enc(gid)}/standing`).then((s) => {
    const rules = s.rules || [];
    mount(box,
      h('p', { class: s.canPost ? 'notice can-post' : 'notice cannot-post', id: 'post-allowed' },
        t(s.canPost ? 'hq.canPost' : 'hq.cannotPost')),
      rules.length ? h('ul', { class: 'list posting-rules' }, rules.map(ruleLine)) : h('p', { class: 'hint' }, t('hq.noRules')),
      owedLine(gid, s));
  }).catch(() => mount(box));
  return box;
}

function reasonTags(reasons) {
  if (!reasons || !reasons.length) return null;
  return h('p', { class: 'queue-reasons' }, reasons.map((r) =>
    h('span', { class: `tag reason reason-${r.toLowerCase().replaceAll('_', '-')}`, dataset: { reason: r } }, t(`hq.reason.${r}`))));
}

/**
 * Renders the queue into view and keeps it live; returns the cleanup that closes the stream.
 * deps: { header, taskCard, linkPost } from the group screens.
 */
export async function renderQueue(view, group, deps) {
  const gid = group.id;
  const box = h('div', { id: 'help-queue' });
  const owedBox = h('div', { id: 'owed-box' });
  const standingBox = h('div', { id: 'standing-box' });
  const status = h('span', { class: 'hint live-status', id: 'queue-live', role: 'status' }, '');
  let closed = false;
  let source = null;
  let timer = null;
  let loads = 0;

  const draw = (items) => {
    if (!items.length) {
      mount(box, empty(t('queue.empty'), h('a', { class: 'button', href: `#/groups/${enc(gid)}` }, t('queue.toFeed'))));
      return;
    }
    mount(box, h('ol', { class: 'list queue-list' }, items.map((it) => {
      const parts = [
        h('div', { class: 'message-head' },
          h('span', { class: 'message-author' }, it.requesterName),
          h('span', { class: 'hint' }, t('queue.balance', { g: it.requesterGiven, r: it.requesterReceived }))),
        reasonTags(it.reasons),
        it.note ? h('p', { class: 'message-text pre' }, it.note) : null,
      ];
      if (it.kind === 'TASK' && it.task) {
        parts.push(deps.taskCard({ ...it.task, status: 'OPEN' }, { authorId: it.requesterId, messageId: it.messageId }));
      } else if (it.link) {
        parts.push(deps.linkPost(gid, { id: it.messageId, authorId: it.requesterId, link: it.link, status: 'VISIBLE' }, new Map()));
      }
      parts.push(h('p', { class: 'hint' }, t('queue.meta', { n: it.helpCount, left: countdown(it.deadline) })));
      return h('li', { class: 'queue-item', dataset: { messageId: it.messageId } }, parts);
    })));
  };

  const load = async () => {
    const [data, standing] = await Promise.all([
      get(`/api/groups/${enc(gid)}/help-queue`),
      get(`/api/groups/${enc(gid)}/standing`),
    ]);
    if (closed) return;
    loads += 1;
    box.dataset.loads = String(loads);
    draw(data.items || []);
    mount(owedBox, owedLine(gid, standing));
    mount(standingBox, standingCard(standing));
  };

  const refreshSoon = () => {
    if (timer || closed) return;
    timer = setTimeout(() => { timer = null; load().catch(() => {}); }, REFRESH_DELAY_MS);
  };

  await load();
  mount(view, deps.header(group, 'queue'),
    h('p', { class: 'hint' }, t('queue.lead'), ' ', status), owedBox, box, standingBox);

  const connect = () => {
    if (closed) return;
    source = new EventSource(`/api/groups/${enc(gid)}/stream?after=${NO_MESSAGES}`);
    source.addEventListener('open', () => { status.textContent = t('hq.live'); status.dataset.state = 'live'; });
    source.addEventListener('card', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      if (frame.type === 'queue' || frame.type === 'card' || frame.type === 'hidden' || frame.type === 'removed') refreshSoon();
    });
    source.addEventListener('error', () => {
      if (closed) return;
      status.textContent = t('hq.offline');
      status.dataset.state = 'offline';
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 10000);
    });
  };
  connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };
}

register({
  'zh-CN': {
    'hq.owed': '{n} 位群友帮过你,还没回助。', 'hq.owedWho': '看看是谁',
    'hq.standing': '我的互助情况', 'hq.figures': '你帮过别人 {g} 次,别人帮过你 {r} 次。', 'hq.raises': '怎样让你的求助排得更靠前:',
    'hq.level.NEW': '你还没有互助记录,你的求助按普通顺序排列。', 'hq.level.GIVER': '你帮别人比别人帮你多,你的求助在群友的队列里排得靠前。',
    'hq.level.BALANCED': '你帮别人和别人帮你差不多,你的求助按普通顺序排列。', 'hq.level.TAKER': '你求助比帮助别人多,你的求助在群友的队列里会排后一些(不会被隐藏)。',
    'hq.tip.HELP_BACK': '回助帮过你的 {n} 位群友:TA 们的求助在你的队列最前面。', 'hq.tip.HELP_BEFORE_POSTING': '本群要求先帮助别人:再帮 {missing} 次就可以发求助。',
    'hq.tip.HELP_QUEUE': '在“帮谁”里帮助群友:每帮一次,你的求助都会排得更靠前。',
    'hq.canPost': '现在可以发求助。', 'hq.cannotPost': '现在还不能发求助,原因如下:', 'hq.noRules': '本群没有发帖规则。',
    'hq.rule.HELP_FIRST.met': '本群规定先帮助别人 {limit} 次才能发求助:你已帮助 {current} 次,符合要求。',
    'hq.rule.HELP_FIRST.unmet': '本群规定先帮助别人 {limit} 次才能发求助:你已帮助 {current} 次,还差 {missing} 次。',
    'hq.rule.DAILY_POSTS.met': '每人每天最多发 {limit} 条求助:你今天已发 {current} 条。',
    'hq.rule.DAILY_POSTS.unmet': '每人每天最多发 {limit} 条求助:今天的次数已用完,{next} 起可以再发。',
    'hq.rule.BALANCE_FLOOR.met': '互助差额下限为 {limit}:你的差额是 {current},求助正常排序。',
    'hq.rule.BALANCE_FLOOR.unmet': '互助差额下限为 {limit}:你的差额是 {current},低于下限,求助仍可发出,但会排在后面。',
    'hq.reason.YOU_OWE': 'TA 帮过你,你还没回助', 'hq.reason.URGENT': '快到期了', 'hq.reason.ALMOST_DONE': '差一点就完成',
    'hq.reason.HELPED_YOU': 'TA 帮过你', 'hq.reason.NEW': '刚发布', 'hq.reason.NOBODY_YET': '还没人帮过', 'hq.reason.GIVES_BACK': 'TA 常帮别人',
    'hq.reason.TAKES_MORE': '排后一些:TA 求助多、帮助少',
    'hq.live': '实时更新中', 'hq.offline': '连接中断,正在重连…',
  },
  en: {
    'hq.owed': '{n} members have helped you and are waiting for your help back.', 'hq.owedWho': 'See who',
    'hq.standing': 'My standing', 'hq.figures': 'You have helped others {g} times; others have helped you {r} times.', 'hq.raises': 'What moves your requests up:',
    'hq.level.NEW': 'No help given or received yet: your requests are in the usual order.', 'hq.level.GIVER': 'You help more than you are helped: your requests come early in members\' queues.',
    'hq.level.BALANCED': 'You help about as much as you are helped: your requests are in the usual order.', 'hq.level.TAKER': 'You are helped more than you help: your requests come later in members\' queues (they are not hidden).',
    'hq.tip.HELP_BACK': 'Help back the {n} members who helped you: their requests are at the top of your queue.', 'hq.tip.HELP_BEFORE_POSTING': 'This group asks members to help first: {missing} more helps and you can post.',
    'hq.tip.HELP_QUEUE': 'Help members under "Help next": every help moves your own requests up.',
    'hq.canPost': 'You can post a help request now.', 'hq.cannotPost': 'You cannot post a help request yet:', 'hq.noRules': 'This group has no posting rules.',
    'hq.rule.HELP_FIRST.met': 'Members help {limit} times before posting: you have helped {current} times, so you can post.',
    'hq.rule.HELP_FIRST.unmet': 'Members help {limit} times before posting: you have helped {current} times, {missing} to go.',
    'hq.rule.DAILY_POSTS.met': 'At most {limit} help requests a day: you have posted {current} today.',
    'hq.rule.DAILY_POSTS.unmet': 'At most {limit} help requests a day: today\'s are used up; you can post again from {next}.',
    'hq.rule.BALANCE_FLOOR.met': 'Balance floor {limit}: your balance is {current}; your requests are in the usual order.',
    'hq.rule.BALANCE_FLOOR.unmet': 'Balance floor {limit}: your balance is {current}, below it; you can still post, but your requests come later.',
    'hq.reason.YOU_OWE': 'Helped you; not helped back yet', 'hq.reason.URGENT': 'Due soon', 'hq.reason.ALMOST_DONE': 'Almost done',
    'hq.reason.HELPED_YOU': 'Has helped you', 'hq.reason.NEW': 'Just posted', 'hq.reason.NOBODY_YET': 'Nobody has helped yet', 'hq.reason.GIVES_BACK': 'Often helps others',
    'hq.reason.TAKES_MORE': 'Later: asks more than helps',
    'hq.live': 'Live', 'hq.offline': 'Connection lost, reconnecting…',
  },
});
