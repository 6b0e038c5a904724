// Campaigns, member side: the published list, one campaign with its key facts and generated rules page, and
// starting a task. Rules pages come from the API as structured sections; they are rendered as text only.
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { lang, register, t, dateTime } from '../i18n.js';
import { alertBox, empty, errorText, loading, section, session } from '../ui.js';
import { money } from '../dom.js';
import { go } from '../nav.js';

/** 砍价 / 助力享免单 / 助力提现 */
export function kindLabel(kind) {
  return t(`kind.${kind}`);
}

/** The main amount of a campaign's terms in one line: price range, target or number of assists. */
export function termsAmount(terms) {
  switch (terms.kind) {
    case 'BARGAIN': return t('campaign.amount.BARGAIN', { start: money(terms.startPriceCents), floor: money(terms.floorPriceCents) });
    case 'CASH_TARGET': return t('campaign.amount.CASH_TARGET', { target: money(terms.targetCents) });
    case 'ASSIST_COUNT': return t('campaign.amount.ASSIST_COUNT', { n: terms.maxAssists, value: money(terms.itemValueCents) });
    default: return '';
  }
}

/** A rules page (RulesPage JSON) as headings and lists, plus its version and hash. */
export function rulesContent(page) {
  return [
    h('h3', { class: 'rules-title' }, page.title),
    (page.sections || []).map((s) => h('section', { class: 'rules-section' },
      h('h4', null, s.heading),
      h('ul', null, (s.items || []).map((item) => h('li', null, item))))),
    h('p', { class: 'muted rules-meta' },
      page.version ? t('rules.version', { v: page.version }) : t('rules.preview'),
      page.publishedAt ? ` · ${t('rules.publishedAt', { at: dateTime(page.publishedAt) })}` : ''),
    page.termsHash ? h('p', { class: 'muted rules-meta' }, t('rules.hash'), ' ', h('span', { class: 'mono' }, page.termsHash)) : null,
  ];
}

/**
 * A rules box with a 中文/English choice (starting with the app's language). load(langTag) returns the page.
 * The box (with the given id) holds only the rules; the choice sits above it.
 */
export function rulesBlock(id, load) {
  const box = h('div', { id, class: 'rules', 'aria-live': 'polite' }, h('p', { class: 'loading' }, t('common.loading')));
  const buttons = {};
  async function show(tag) {
    for (const [k, b] of Object.entries(buttons)) b.setAttribute('aria-pressed', String(k === tag));
    box.dataset.lang = tag;
    mount(box, h('p', { class: 'loading' }, t('common.loading')));
    try {
      mount(box, rulesContent(await load(tag)));
    } catch (error) {
      mount(box, h('p', { class: 'alert', role: 'alert' }, errorText(error)));
    }
  }
  for (const [tag, label] of [['zh-CN', '中文'], ['en', 'English']]) {
    buttons[tag] = h('button', { type: 'button', class: 'rules-lang-option', lang: tag, 'aria-pressed': 'false', onclick: () => show(tag) }, label);
  }
  const chooser = h('div', { class: 'rules-lang', role: 'group', 'aria-label': t('rules.language') }, buttons['zh-CN'], buttons.en);
  show(lang());
  return h('div', { class: 'rules-block' }, chooser, box);
}

function campaignCard(c) {
  const terms = c.terms;
  return h('li', { class: 'campaign-item' },
    h('a', { class: 'campaign-link', href: `#/campaigns/${c.id}` },
      h('span', { class: 'tag' }, kindLabel(c.kind)), ' ',
      h('strong', { class: 'campaign-title' }, terms.title)),
    h('p', { class: 'campaign-amount' }, termsAmount(terms)),
    h('p', { class: 'muted campaign-meta' },
      t('campaign.stockLeft', { left: c.stockAvailable, total: terms.stock }), ' · ',
      c.ended ? t('campaign.ended') : t('campaign.until', { at: dateTime(terms.endsAt) })));
}

async function list(view) {
  loading(view);
  const ul = h('ul', { class: 'list campaign-list', id: 'campaign-list' });
  const more = h('div', { class: 'actions' });
  const alert = alertBox();
  async function page(cursor) {
    const q = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    const result = await get(`/api/campaigns${q}`);
    for (const c of result.items || []) ul.append(campaignCard(c));
    mount(more, result.nextCursor ? h('button', {
      type: 'button', id: 'more-campaigns',
      onclick: async (e) => {
        e.target.disabled = true;
        try { await page(result.nextCursor); } catch (error) { alert.show(errorText(error)); e.target.disabled = false; }
      },
    }, t('campaigns.more')) : null);
    return result;
  }
  const first = await page(null);
  if (!(first.items || []).length) {
    mount(view, h('h1', null, t('campaigns.title')),
      empty(t('campaigns.empty'), h('a', { class: 'button', href: '#/assist' }, t('campaigns.emptyAction'))));
    return;
  }
  mount(view, h('h1', null, t('campaigns.title')), h('p', { class: 'muted' }, t('campaigns.lead')), ul, alert, more);
}

async function detail(view, [id]) {
  loading(view);
  const c = await get(`/api/campaigns/${encodeURIComponent(id)}`);
  const terms = c.terms;
  const alert = alertBox();
  let action;
  if (!session.me) {
    action = h('a', { class: 'button primary', id: 'login-to-start', href: `#/login?next=/campaigns/${encodeURIComponent(c.id)}` }, t('campaign.loginToStart'));
  } else {
    action = h('button', { type: 'button', class: 'primary', id: 'start-task', disabled: !c.runningNow || null }, t(`campaign.start.${c.kind}`));
    action.addEventListener('click', async () => {
      action.disabled = true;
      alert.clear();
      try {
        const task = await post(`/api/campaigns/${encodeURIComponent(c.id)}/tasks`);
        go(`/tasks/${task.id}`);
      } catch (error) {
        alert.show(errorText(error));
        action.disabled = false;
      }
    });
  }
  let state = null;
  if (c.status === 'DRAFT') state = t('campaign.state.draft');
  else if (c.ended) state = t('campaign.state.ended');
  else if (!c.runningNow) state = t('campaign.state.notYet', { at: dateTime(terms.startsAt) });
  mount(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/campaigns' }, t('campaigns.back'))),
    h('h1', null, terms.title),
    h('section', { class: 'card campaign-facts' },
      h('dl', { class: 'facts' },
        h('dt', null, t('campaign.kind')), h('dd', { id: 'campaign-kind' }, kindLabel(c.kind)),
        h('dt', null, t(`campaign.amountLabel.${c.kind}`)), h('dd', { id: 'campaign-amount' }, termsAmount(terms)),
        h('dt', null, t('campaign.reward')), h('dd', null, terms.reward),
        h('dt', null, t('campaign.stock')), h('dd', { id: 'campaign-stock-left' }, t('campaign.stockLeft', { left: c.stockAvailable, total: terms.stock })),
        h('dt', null, t('campaign.maxAssists')), h('dd', null, t('campaign.maxAssistsValue', { n: terms.maxAssists })),
        h('dt', null, t('campaign.lifetime')), h('dd', null, t('campaign.lifetimeValue', { d: isoDuration(terms.taskLifetime) })),
        h('dt', null, t('campaign.deadline')), h('dd', { id: 'campaign-deadline' }, dateTime(terms.endsAt)),
        h('dt', null, t('campaign.organiser')), h('dd', null, terms.organiser)),
      terms.description ? h('p', { class: 'pre campaign-description' }, terms.description) : null,
      state ? h('p', { class: 'notice' }, state) : null,
      h('div', { class: 'start-box' }, alert, h('div', { class: 'actions' }, action))),
    section(t('campaign.rules'),
      rulesBlock('rules', (tag) => get(`/api/campaigns/${encodeURIComponent(c.id)}/rules?lang=${encodeURIComponent(tag)}`))));
}

/** "PT24H" -> "24 小时" (hours and days only, which is what campaigns use); anything else as sent. */
export function isoDuration(iso) {
  const m = /^PT(\d+)H$/.exec(iso || '');
  if (!m) return iso || '';
  const hours = Number(m[1]);
  return hours % 24 === 0 && hours >= 72 ? t('duration.days', { n: hours / 24 }) : t('duration.hours', { n: hours });
}

export const routes = [
  { path: /^\/campaigns$/, render: list },
  { path: /^\/campaigns\/([^/]+)$/, render: detail },
];

register({
  'zh-CN': {
    'kind.BARGAIN': '砍价', 'kind.ASSIST_COUNT': '助力享免单', 'kind.CASH_TARGET': '助力提现',
    'campaigns.title': '进行中的活动', 'campaigns.lead': '选一个活动,发起任务,请好友帮你砍价或助力。规则发布后不会再改。',
    'campaigns.empty': '现在还没有进行中的活动。收到好友的助力码?可以先去帮 TA 一把。', 'campaigns.emptyAction': '输入助力码',
    'campaigns.more': '加载更多', 'campaigns.back': '‹ 全部活动',
    'campaign.amount.BARGAIN': '原价 {start},最低砍到 {floor}', 'campaign.amount.CASH_TARGET': '攒满 {target} 可提现',
    'campaign.amount.ASSIST_COUNT': '{n} 位好友助力即可免单(价值 {value})',
    'campaign.amountLabel.BARGAIN': '价格', 'campaign.amountLabel.CASH_TARGET': '提现门槛', 'campaign.amountLabel.ASSIST_COUNT': '免单条件',
    'campaign.stockLeft': '剩余 {left} / 共 {total} 份', 'campaign.until': '截止 {at}', 'campaign.ended': '已结束',
    'campaign.kind': '类型', 'campaign.reward': '奖励', 'campaign.stock': '库存', 'campaign.deadline': '发起截止',
    'campaign.organiser': '主办方', 'campaign.maxAssists': '最多需要', 'campaign.maxAssistsValue': '{n} 人助力(保证上限)',
    'campaign.lifetime': '任务时限', 'campaign.lifetimeValue': '发起后 {d} 内完成',
    'campaign.rules': '活动规则', 'campaign.loginToStart': '登录后发起',
    'campaign.start.BARGAIN': '发起砍价', 'campaign.start.ASSIST_COUNT': '发起助力免单', 'campaign.start.CASH_TARGET': '发起助力提现',
    'campaign.state.draft': '这是草稿,会员还看不到。', 'campaign.state.ended': '活动已结束,不能再发起新任务。',
    'campaign.state.notYet': '活动 {at} 开始,到时再来发起。',
    'rules.language': '规则语言', 'rules.version': '规则第 {v} 版', 'rules.preview': '规则预览(尚未发布)',
    'rules.publishedAt': '发布于 {at}', 'rules.hash': '规则指纹(SHA-256):',
    'duration.hours': '{n} 小时', 'duration.days': '{n} 天',
    'error.CAMPAIGN_NOT_FOUND': '没有找到这个活动。', 'error.CAMPAIGN_NOT_PUBLISHED': '活动还没有发布。',
    'error.OUT_OF_STOCK': '奖品已经被领完了,不能再发起新任务。',
    'error.ACTIVE_TASK_LIMIT': '你在这个活动里已经有进行中的任务了,先完成它吧。', 'error.SUCCESS_LIMIT': '你在这个活动里的成功次数已达上限。',
  },
  en: {
    'kind.BARGAIN': 'Bargain', 'kind.ASSIST_COUNT': 'Assist for free', 'kind.CASH_TARGET': 'Assist to cash out',
    'campaigns.title': 'Running campaigns', 'campaigns.lead': 'Pick a campaign, start a task and ask friends to assist. Rules never change once published.',
    'campaigns.empty': 'No campaign is running right now. Got a share code from a friend? Help them first.', 'campaigns.emptyAction': 'Enter a share code',
    'campaigns.more': 'Load more', 'campaigns.back': '‹ All campaigns',
    'campaign.amount.BARGAIN': 'Price {start}, down to {floor}', 'campaign.amount.CASH_TARGET': 'Collect {target} to cash out',
    'campaign.amount.ASSIST_COUNT': '{n} assists for a free reward (worth {value})',
    'campaign.amountLabel.BARGAIN': 'Price', 'campaign.amountLabel.CASH_TARGET': 'Cash-out amount', 'campaign.amountLabel.ASSIST_COUNT': 'Condition',
    'campaign.stockLeft': '{left} of {total} left', 'campaign.until': 'until {at}', 'campaign.ended': 'ended',
    'campaign.kind': 'Kind', 'campaign.reward': 'Reward', 'campaign.stock': 'Stock', 'campaign.deadline': 'Start tasks until',
    'campaign.organiser': 'Organiser', 'campaign.maxAssists': 'At most', 'campaign.maxAssistsValue': '{n} assists (guaranteed)',
    'campaign.lifetime': 'Time limit', 'campaign.lifetimeValue': '{d} from the start of a task',
    'campaign.rules': 'Rules', 'campaign.loginToStart': 'Sign in to start',
    'campaign.start.BARGAIN': 'Start bargaining', 'campaign.start.ASSIST_COUNT': 'Start collecting assists', 'campaign.start.CASH_TARGET': 'Start collecting cash',
    'campaign.state.draft': 'This is a draft; members cannot see it yet.', 'campaign.state.ended': 'This campaign has ended; no new task can start.',
    'campaign.state.notYet': 'The campaign starts {at}; come back then.',
    'rules.language': 'Rules language', 'rules.version': 'Rules version {v}', 'rules.preview': 'Rules preview (not published)',
    'rules.publishedAt': 'published {at}', 'rules.hash': 'Rules fingerprint (SHA-256):',
    'duration.hours': '{n} h', 'duration.days': '{n} days',
    'error.CAMPAIGN_NOT_FOUND': 'No such campaign.', 'error.CAMPAIGN_NOT_PUBLISHED': 'The campaign is not published yet.',
    'error.OUT_OF_STOCK': 'All rewards are taken; no new task can start.',
    'error.ACTIVE_TASK_LIMIT': 'You already have an open task on this campaign; finish it first.', 'error.SUCCESS_LIMIT': 'You have reached the success limit of this campaign.',
  },
});
