// Operator screens: my campaigns, a new draft (with a dry-run check that puts errors next to their fields and
// previews the rules), and one campaign (status, stock, budget, rules preview, publish, end, edit a draft).
import { h, mount, money, parseYuan } from '../dom.js';
import { ApiError, get, post, put } from '../api.js';
import { lang, register, t, dateTime } from '../i18n.js';
import { alertBox, empty, errorText, form, isOperator, loading, section, session } from '../ui.js';
import { go } from '../nav.js';
import { kindLabel, rulesBlock, rulesContent, termsAmount } from './campaigns.js';

const KINDS = ['BARGAIN', 'ASSIST_COUNT', 'CASH_TARGET'];
/** Fields that only some kinds take (sending them for another kind is an error). */
const ONLY_FOR = {
  startPriceCents: ['BARGAIN'], floorPriceCents: ['BARGAIN'], targetCents: ['CASH_TARGET'],
  itemValueCents: ['ASSIST_COUNT'], minCutCents: ['BARGAIN', 'CASH_TARGET'], minAssists: ['BARGAIN', 'CASH_TARGET'],
  expiryOption: ['BARGAIN', 'CASH_TARGET'],
};
const MONEY = ['startPriceCents', 'floorPriceCents', 'targetCents', 'itemValueCents', 'minCutCents', 'budgetCents'];
const INTS = ['minAssists', 'maxAssists', 'stock', 'limits.maxActiveTasksPerUser', 'limits.maxSuccessesPerUser',
  'limits.helperDailyLimit', 'limits.helperCampaignLimit', 'limits.helperInitiatorLimit'];
const HOURS = ['taskLifetime', 'claimWindow'];

/** Signed-in operator or admin; otherwise a clear message (and false). */
export function guard(view, next) {
  if (!session.me) {
    go(`/login?next=${next}`);
    return false;
  }
  if (!isOperator()) {
    mount(view, h('h1', null, t('operator.title')),
      h('p', { class: 'alert', role: 'alert', id: 'forbidden' }, t('operator.forbidden')),
      h('a', { href: '#/campaigns' }, t('operator.toCampaigns')));
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- list

async function myCampaigns(view) {
  if (!guard(view, '/operator')) return;
  loading(view);
  const result = await get('/api/campaigns?mine=true&limit=100');
  const items = result.items || [];
  const newLink = h('a', { class: 'button primary', id: 'new-campaign', href: '#/operator/campaigns/new' }, t('operator.new'));
  const riskLink = h('a', { class: 'button', id: 'risk-link', href: '#/operator/risk' }, t('operator.risk'));
  const analyticsLink = h('a', { class: 'button', id: 'analytics-link', href: '#/operator/analytics' }, t('analytics.title'));
  mount(view, h('h1', null, t('operator.title')), h('div', { class: 'actions operator-top' }, newLink, riskLink, analyticsLink),
    items.length
      ? h('ul', { class: 'list operator-list', id: 'operator-campaigns' }, items.map((c) => h('li', { class: 'operator-campaign', dataset: { id: c.id, status: c.status } },
        h('a', { href: `#/operator/campaigns/${c.id}`, class: 'operator-campaign-link' }, h('strong', { class: 'campaign-title' }, c.terms.title)), ' ',
        h('span', { class: `tag campaign-status status-${c.status.toLowerCase()}` }, statusLabel(c)),
        h('p', { class: 'muted' }, kindLabel(c.kind), ' · ', termsAmount(c.terms), ' · ',
          t('operator.stockShort', { left: c.stockAvailable, total: c.terms.stock })))))
      : empty(t('operator.empty')));
}

function statusLabel(c) {
  if (c.status === 'PUBLISHED' && c.ended) return t('campaignStatus.PUBLISHED_OVER');
  return t(`campaignStatus.${c.status}`);
}

// ---------------------------------------------------------------- the campaign form

/** Beijing wall-clock "YYYY-MM-DDTHH:mm" for an instant (the rules' zone, whatever the device's zone). */
function beijingLocal(iso) {
  const ms = new Date(iso).getTime() + 8 * 3600000;
  return new Date(ms).toISOString().slice(0, 16);
}

function fieldError(field, reason) {
  return { field, reason };
}

/** The form values as a CampaignRequest; bad local input (yuan, numbers, dates) becomes field errors. */
function toRequest(v) {
  const kind = v.kind;
  const errors = [];
  const request = { kind, title: v.title.trim(), organiser: v.organiser.trim(), reward: v.reward.trim(), description: v.description };
  const allowed = (name) => !ONLY_FOR[name] || ONLY_FOR[name].includes(kind);
  for (const name of MONEY) {
    if (!allowed(name) || !String(v[name]).trim()) continue;
    const cents = parseYuan(v[name]);
    if (cents === null) errors.push(fieldError(name, 'YUAN')); else request[name] = cents;
  }
  for (const name of INTS) {
    if (!allowed(name) || !String(v[name]).trim()) continue;
    const n = /^\s*\d{1,9}\s*$/.test(v[name]) ? Number(v[name]) : null;
    if (n === null) { errors.push(fieldError(name, 'WHOLE')); continue; }
    if (name.startsWith('limits.')) {
      request.limits = request.limits || {};
      request.limits[name.slice(7)] = n;
    } else request[name] = n;
  }
  for (const name of HOURS) {
    if (!String(v[name]).trim()) continue;
    if (/^\s*\d{1,6}\s*$/.test(v[name])) request[name] = `PT${Number(v[name])}H`; else errors.push(fieldError(name, 'WHOLE'));
  }
  for (const name of ['startsAt', 'endsAt']) {
    if (!v[name]) continue;
    const d = new Date(`${v[name]}:00+08:00`);
    if (Number.isNaN(d.getTime())) errors.push(fieldError(name, 'INVALID')); else request[name] = d.toISOString();
  }
  if (allowed('expiryOption') && v.expiryOption) request.expiryOption = v.expiryOption;
  if (errors.length) throw new ApiError(400, { code: 'VALIDATION_FAILED', errors });
  return request;
}

function yuan(cents) {
  return cents === null || cents === undefined ? '' : `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function hours(iso) {
  const m = /^PT(\d+)H$/.exec(iso || '');
  return m ? m[1] : '';
}

/** The campaign form, filled from terms (editing) or with sensible defaults (new). */
function campaignForm({ id, terms, submit, onSave }) {
  const now = Date.now();
  const v = terms || {};
  const limits = v.limits || {};
  const preview = h('div', { id: 'validate-result', 'aria-live': 'polite' });
  let mode = 'save';
  const validateButton = h('button', { type: 'submit', id: 'validate-campaign', onclick: () => { mode = 'validate'; } }, t('operator.validate'));
  const fields = [
    { name: 'kind', label: t('operator.f.kind'), type: 'select', value: v.kind || 'BARGAIN', options: KINDS.map((k) => ({ value: k, label: kindLabel(k) })) },
    { name: 'title', label: t('operator.f.title'), required: true, value: v.title, hint: t('operator.h.title') },
    { name: 'organiser', label: t('operator.f.organiser'), required: true, value: v.organiser, hint: t('operator.h.organiser') },
    { name: 'reward', label: t('operator.f.reward'), required: true, value: v.reward, hint: t('operator.h.reward') },
    { name: 'description', label: t('operator.f.description'), type: 'textarea', value: v.description, rows: 3 },
    { name: 'startPriceCents', label: t('operator.f.startPrice'), required: true, value: yuan(v.startPriceCents), attrs: { inputmode: 'decimal' }, hint: t('operator.h.yuan') },
    { name: 'floorPriceCents', label: t('operator.f.floorPrice'), required: true, value: yuan(v.floorPriceCents ?? (terms ? null : 0)), attrs: { inputmode: 'decimal' }, hint: t('operator.h.yuan') },
    { name: 'targetCents', label: t('operator.f.target'), required: true, value: yuan(v.targetCents), attrs: { inputmode: 'decimal' }, hint: t('operator.h.yuan') },
    { name: 'itemValueCents', label: t('operator.f.itemValue'), required: true, value: yuan(v.itemValueCents), attrs: { inputmode: 'decimal' }, hint: t('operator.h.yuan') },
    { name: 'maxAssists', label: t('operator.f.maxAssists'), required: true, type: 'number', value: v.maxAssists, attrs: { min: 1, inputmode: 'numeric' }, hint: t('operator.h.maxAssists') },
    { name: 'minAssists', label: t('operator.f.minAssists'), type: 'number', value: v.minAssists, attrs: { min: 1, inputmode: 'numeric' }, hint: t('operator.h.minAssists') },
    { name: 'minCutCents', label: t('operator.f.minCut'), value: yuan(terms && v.kind !== 'ASSIST_COUNT' ? v.minCutCents : null), attrs: { inputmode: 'decimal' }, hint: t('operator.h.minCut') },
    { name: 'stock', label: t('operator.f.stock'), required: true, type: 'number', value: v.stock, attrs: { min: 1, inputmode: 'numeric' } },
    { name: 'budgetCents', label: t('operator.f.budget'), required: true, value: yuan(v.budgetCents), attrs: { inputmode: 'decimal' }, hint: t('operator.h.budget') },
    { name: 'startsAt', label: t('operator.f.startsAt'), required: true, type: 'datetime-local', value: beijingLocal(v.startsAt || new Date(now).toISOString()), hint: t('operator.h.beijing') },
    { name: 'endsAt', label: t('operator.f.endsAt'), required: true, type: 'datetime-local', value: beijingLocal(v.endsAt || new Date(now + 30 * 86400000).toISOString()), hint: t('operator.h.beijing') },
    { name: 'taskLifetime', label: t('operator.f.taskLifetime'), type: 'number', value: hours(v.taskLifetime) || '24', attrs: { min: 1, inputmode: 'numeric' }, hint: t('operator.h.taskLifetime') },
    { name: 'claimWindow', label: t('operator.f.claimWindow'), type: 'number', value: hours(v.claimWindow) || '168', attrs: { min: 1, inputmode: 'numeric' }, hint: t('operator.h.claimWindow') },
    { name: 'expiryOption', label: t('operator.f.expiryOption'), type: 'select', value: v.expiryOption || 'NONE',
      options: ['NONE', 'BUY_AT_CURRENT_PRICE', 'COUPON'].map((o) => ({ value: o, label: t(`expiry.${o}`) })) },
    { name: 'limits.maxActiveTasksPerUser', label: t('operator.f.maxActive'), type: 'number', value: limits.maxActiveTasksPerUser ?? 1, attrs: { min: 1 } },
    { name: 'limits.maxSuccessesPerUser', label: t('operator.f.maxSuccesses'), type: 'number', value: limits.maxSuccessesPerUser ?? 1, attrs: { min: 1 } },
    { name: 'limits.helperDailyLimit', label: t('operator.f.helperDaily'), type: 'number', value: limits.helperDailyLimit, attrs: { min: 1 }, hint: t('operator.h.noLimit') },
    { name: 'limits.helperCampaignLimit', label: t('operator.f.helperCampaign'), type: 'number', value: limits.helperCampaignLimit, attrs: { min: 1 }, hint: t('operator.h.noLimit') },
    { name: 'limits.helperInitiatorLimit', label: t('operator.f.helperInitiator'), type: 'number', value: limits.helperInitiatorLimit, attrs: { min: 1 }, hint: t('operator.h.noLimit') },
  ];
  const el = form({
    id,
    fields,
    submit,
    extra: h('div', { class: 'actions validate-actions' }, validateButton),
    onSubmit: async (values) => {
      const current = mode;
      mode = 'save';
      mount(preview);
      const request = toRequest(values);
      if (current === 'validate') {
        const result = await post(`/api/campaigns/validate?lang=${encodeURIComponent(lang())}`, request);
        mount(preview, h('p', { class: 'success', role: 'status' }, t('operator.valid')),
          h('div', { class: 'rules card', id: 'validate-rules' }, rulesContent(result.rules)));
        return;
      }
      await onSave(request);
    },
  });
  el.querySelector('button.primary[type=submit]').addEventListener('click', () => { mode = 'save'; });
  const kindSelect = el.inputs.kind;
  const sync = () => {
    for (const [name, kinds] of Object.entries(ONLY_FOR)) {
      const row = el.inputs[name].closest('.field');
      row.hidden = !kinds.includes(kindSelect.value);
    }
    const expiry = el.inputs.expiryOption;
    for (const option of expiry.options) {
      option.disabled = option.value === 'BUY_AT_CURRENT_PRICE' && kindSelect.value !== 'BARGAIN';
    }
    if (expiry.selectedOptions[0]?.disabled) expiry.value = 'NONE';
  };
  kindSelect.addEventListener('change', sync);
  sync();
  return h('div', { class: 'campaign-form-wrap' }, el, preview);
}

async function newCampaign(view) {
  if (!guard(view, '/operator/campaigns/new')) return;
  mount(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/operator' }, t('operator.back'))),
    h('h1', null, t('operator.newTitle')), h('p', { class: 'muted' }, t('operator.newLead')),
    campaignForm({
      id: 'campaign-form',
      submit: t('operator.createDraft'),
      onSave: async (request) => {
        const created = await post('/api/campaigns', request);
        go(`/operator/campaigns/${created.id}`);
      },
    }));
}

// ---------------------------------------------------------------- one campaign

/** What POST /validate accepts for stored terms: the fields the kind takes (the API defaults the rest). */
function requestFromTerms(terms) {
  const r = { ...terms };
  for (const [name, kinds] of Object.entries(ONLY_FOR)) {
    if (!kinds.includes(terms.kind) && name !== 'minAssists' && name !== 'expiryOption') delete r[name];
  }
  for (const [name, value] of Object.entries(r)) if (value === null || value === undefined) delete r[name];
  return r;
}

async function campaignPage(view, [id]) {
  if (!guard(view, `/operator/campaigns/${id}`)) return;
  loading(view);
  const c = await get(`/api/campaigns/${encodeURIComponent(id)}`);
  const terms = c.terms;
  const alert = alertBox();
  const buttons = [];
  const act = (elId, label, url, cls) => {
    const b = h('button', { type: 'button', id: elId, class: cls }, label);
    b.addEventListener('click', async () => {
      b.disabled = true;
      alert.clear();
      try {
        await post(url);
        go(`/operator/campaigns/${c.id}`);
      } catch (error) {
        alert.show(errorText(error));
        b.disabled = false;
      }
    });
    return b;
  };
  if (c.status === 'DRAFT') buttons.push(act('publish-campaign', t('operator.publish'), `/api/campaigns/${c.id}/publish`, 'primary'));
  if (c.status === 'PUBLISHED' && !c.ended) buttons.push(act('end-campaign', t('operator.end'), `/api/campaigns/${c.id}/end`, 'danger'));
  if (c.status !== 'DRAFT') buttons.push(h('a', { class: 'button', href: `#/campaigns/${c.id}` }, t('operator.memberView')));
  const reserved = terms.budgetCents - c.budgetAvailable;
  const rules = c.status === 'DRAFT'
    ? rulesBlock('preview-rules', async (tag) => (await post(`/api/campaigns/validate?lang=${encodeURIComponent(tag)}`, requestFromTerms(terms))).rules)
    : rulesBlock('preview-rules', (tag) => get(`/api/campaigns/${c.id}/rules?lang=${encodeURIComponent(tag)}`));
  mount(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/operator' }, t('operator.back'))),
    h('h1', null, terms.title),
    h('section', { class: 'card' },
      h('dl', { class: 'facts' },
        h('dt', null, t('operator.status')), h('dd', { id: 'campaign-status', dataset: { status: c.status } }, statusLabel(c)),
        h('dt', null, t('campaign.kind')), h('dd', null, kindLabel(c.kind)),
        h('dt', null, t(`campaign.amountLabel.${c.kind}`)), h('dd', null, termsAmount(terms)),
        h('dt', null, t('operator.stock')), h('dd', { id: 'campaign-stock' }, c.status === 'DRAFT' ? t('operator.stockDraft', { total: terms.stock })
          : t('operator.stockValue', { left: c.stockAvailable, total: terms.stock, claimed: c.stockClaimed })),
        h('dt', null, t('operator.budget')), h('dd', { id: 'campaign-budget' }, c.status === 'DRAFT' ? t('operator.budgetDraft', { total: money(terms.budgetCents) })
          : t('operator.budgetValue', { reserved: money(reserved), total: money(terms.budgetCents), left: money(c.budgetAvailable) })),
        h('dt', null, t('operator.window')), h('dd', null, `${dateTime(terms.startsAt)} – ${dateTime(terms.endsAt)}`),
        h('dt', null, t('operator.version')), h('dd', null, c.version ? t('rules.version', { v: c.version }) : t('operator.noVersion')),
        c.termsHash ? [h('dt', null, t('rules.hash')), h('dd', { class: 'mono' }, c.termsHash)] : null),
      c.status === 'DRAFT' ? h('p', { class: 'notice' }, t('operator.draftNote')) : null,
      alert, h('div', { class: 'actions' }, buttons)),
    section(t('operator.rulesPreview'), rules),
    c.status === 'DRAFT' ? h('details', { class: 'card edit-draft' }, h('summary', null, t('operator.edit')),
      campaignForm({
        id: 'campaign-edit-form',
        terms,
        submit: t('operator.saveDraft'),
        onSave: async (request) => {
          await put(`/api/campaigns/${c.id}`, request);
          go(`/operator/campaigns/${c.id}`);
        },
      })) : null);
}

export const routes = [
  { path: /^\/operator$/, render: myCampaigns },
  { path: /^\/operator\/campaigns\/new$/, render: newCampaign },
  { path: /^\/operator\/campaigns\/([^/]+)$/, render: campaignPage },
];

const reasonsZh = {
  REQUIRED: '必填', UNKNOWN_FIELD: '不是活动设置项', NOT_ALLOWED_FOR_KIND: '这种活动类型不需要这一项', TOO_LONG: '太长了',
  CONTROL_CHARACTERS: '不能包含换行、控制字符或方向控制符', NEGATIVE: '不能是负数', TOO_LARGE: '金额太大(最多 1000 万元)',
  TOO_SMALL: '太小了', OUT_OF_RANGE: '超出允许范围', FLOOR_NOT_BELOW_START: '最低价必须低于原价', NOT_AFTER_START: '结束时间必须晚于开始时间',
  IN_PAST: '结束时间已经过去了', MIN_ABOVE_MAX: '最少助力人数不能超过最多助力人数', MUST_EQUAL_MAX_ASSISTS: '助力享免单的最少人数必须等于最多人数',
  MORE_ASSISTS_THAN_CENTS: '人数 × 每刀最少金额 超过了要砍的总额,请减少人数或降低每刀最少金额', BUDGET_BELOW_REWARD: '预算连一份奖励都不够,没有任务能发起',
  KIND_CHANGED: '已发布的活动不能改类型', BELOW_RESERVED: '不能低于已发起任务预留的数量', INVALID: '格式不对',
  YUAN: '请输入金额(元),最多两位小数,例如 12.50', WHOLE: '请输入整数',
};
const reasonsEn = {
  REQUIRED: 'Required', UNKNOWN_FIELD: 'Not a campaign setting', NOT_ALLOWED_FOR_KIND: 'Not used by this kind of campaign', TOO_LONG: 'Too long',
  CONTROL_CHARACTERS: 'No line breaks, control or direction characters', NEGATIVE: 'Must not be negative', TOO_LARGE: 'Too large (at most ¥10,000,000)',
  TOO_SMALL: 'Too small', OUT_OF_RANGE: 'Outside the allowed range', FLOOR_NOT_BELOW_START: 'The floor price must be below the start price', NOT_AFTER_START: 'Must be after the start',
  IN_PAST: 'This time has already passed', MIN_ABOVE_MAX: 'Must not exceed the most assists', MUST_EQUAL_MAX_ASSISTS: 'Must equal the most assists for this kind',
  MORE_ASSISTS_THAN_CENTS: 'Assists × minimum cut exceed the amount to cut; use fewer assists or a smaller minimum cut', BUDGET_BELOW_REWARD: 'The budget cannot pay even one reward',
  KIND_CHANGED: 'A published campaign keeps its kind', BELOW_RESERVED: 'Cannot go below what started tasks reserved', INVALID: 'Invalid format',
  YUAN: 'Enter an amount in yuan with at most two decimals, e.g. 12.50', WHOLE: 'Enter a whole number',
};
const prefix = (table) => Object.fromEntries(Object.entries(table).map(([k, v]) => [`field.${k}`, v]));

register({
  'zh-CN': {
    ...prefix(reasonsZh),
    'campaignStatus.DRAFT': '草稿', 'campaignStatus.PUBLISHED': '已发布', 'campaignStatus.ENDED': '已结束', 'campaignStatus.PUBLISHED_OVER': '已发布(已过截止时间)',
    'expiry.NONE': '过期无补偿', 'expiry.BUY_AT_CURRENT_PRICE': '可按当前价购买(仅砍价)', 'expiry.COUPON': '发放等额优惠券',
    'operator.title': '我的活动', 'operator.forbidden': '这里是运营后台,只有运营或平台管理员可以使用。', 'operator.toCampaigns': '去看活动',
    'operator.new': '新建活动', 'operator.risk': '风控', 'operator.empty': '你还没有创建活动。点“新建活动”先存一份草稿,检查无误再发布。',
    'operator.stockShort': '库存 {left}/{total}', 'operator.back': '‹ 我的活动',
    'operator.newTitle': '新建活动(草稿)', 'operator.newLead': '先保存为草稿,会员看不到;检查规则预览无误后再发布,发布后规则冻结。',
    'operator.validate': '检查并预览规则', 'operator.valid': '检查通过,下面是将要公布的规则。', 'operator.createDraft': '保存草稿',
    'operator.f.kind': '活动类型', 'operator.f.title': '活动标题', 'operator.f.organiser': '主办方', 'operator.f.reward': '奖励',
    'operator.f.description': '活动说明(选填)', 'operator.f.startPrice': '原价(元)', 'operator.f.floorPrice': '最低价(元)',
    'operator.f.target': '提现门槛(元)', 'operator.f.itemValue': '奖品价值(元)', 'operator.f.maxAssists': '最多助力人数',
    'operator.f.minAssists': '最少助力人数(选填)', 'operator.f.minCut': '每刀最少金额(元,选填)', 'operator.f.stock': '奖品数量',
    'operator.f.budget': '总预算(元)', 'operator.f.startsAt': '开始时间', 'operator.f.endsAt': '发起截止时间',
    'operator.f.taskLifetime': '任务时限(小时)', 'operator.f.claimWindow': '领奖期限(小时)', 'operator.f.expiryOption': '过期处理',
    'operator.f.maxActive': '每人同时进行的任务数', 'operator.f.maxSuccesses': '每人最多成功次数', 'operator.f.helperDaily': '每人每天最多助力次数',
    'operator.f.helperCampaign': '每人在本活动最多助力次数', 'operator.f.helperInitiator': '每人最多帮同一发起人次数',
    'operator.h.title': '最多 80 字', 'operator.h.organiser': '会公布在规则页上', 'operator.h.reward': '成功后会员得到什么,最多 200 字',
    'operator.h.yuan': '单位:元,最多两位小数', 'operator.h.maxAssists': '会员看到的“最多还需几人”的保证上限;助力享免单就是所需人数',
    'operator.h.minAssists': '不填则等于最多人数', 'operator.h.minCut': '不填则为 0.01 元', 'operator.h.budget': '每个任务发起时预留一份奖励的价值',
    'operator.h.beijing': '北京时间', 'operator.h.taskLifetime': '1–720 小时,默认 24', 'operator.h.claimWindow': '成功后多久内可以领奖,默认 168(7 天)',
    'operator.h.noLimit': '不填表示不限',
    'operator.status': '状态', 'operator.stock': '库存', 'operator.stockValue': '剩余 {left} / 共 {total}(已领取 {claimed})',
    'operator.budget': '预算', 'operator.stockDraft': '共 {total} 份(发布后开放)', 'operator.budgetDraft': '总额 {total}(发布后开始预留)', 'operator.budgetValue': '已预留 {reserved} / 总额 {total}(剩余 {left})', 'operator.window': '发起时间',
    'operator.version': '规则版本', 'operator.noVersion': '草稿,尚未发布', 'operator.draftNote': '草稿对会员不可见。发布后规则冻结,之后的修改会生成新版本。',
    'operator.publish': '发布活动', 'operator.end': '结束活动', 'operator.memberView': '会员看到的页面',
    'operator.rulesPreview': '规则预览', 'operator.edit': '编辑草稿', 'operator.saveDraft': '保存修改',
    'error.CAMPAIGN_NOT_DRAFT': '只有草稿可以这样修改。',
  },
  en: {
    ...prefix(reasonsEn),
    'campaignStatus.DRAFT': 'Draft', 'campaignStatus.PUBLISHED': 'Published', 'campaignStatus.ENDED': 'Ended', 'campaignStatus.PUBLISHED_OVER': 'Published (window over)',
    'expiry.NONE': 'Nothing on expiry', 'expiry.BUY_AT_CURRENT_PRICE': 'Buy at the current price (bargain only)', 'expiry.COUPON': 'A coupon for the amount reached',
    'operator.title': 'My campaigns', 'operator.forbidden': 'This is the operator console; only operators and platform admins may use it.', 'operator.toCampaigns': 'Browse campaigns',
    'operator.new': 'New campaign', 'operator.risk': 'Risk control', 'operator.empty': 'You have no campaigns yet. Use "New campaign" to save a draft, check it, then publish.',
    'operator.stockShort': 'stock {left}/{total}', 'operator.back': '‹ My campaigns',
    'operator.newTitle': 'New campaign (draft)', 'operator.newLead': 'A draft is invisible to members; check the rules preview, then publish. Published rules are frozen.',
    'operator.validate': 'Check and preview rules', 'operator.valid': 'All good; these are the rules members will see.', 'operator.createDraft': 'Save draft',
    'operator.f.kind': 'Kind', 'operator.f.title': 'Title', 'operator.f.organiser': 'Organiser', 'operator.f.reward': 'Reward',
    'operator.f.description': 'Description (optional)', 'operator.f.startPrice': 'Start price (yuan)', 'operator.f.floorPrice': 'Floor price (yuan)',
    'operator.f.target': 'Cash-out amount (yuan)', 'operator.f.itemValue': 'Reward value (yuan)', 'operator.f.maxAssists': 'Most assists',
    'operator.f.minAssists': 'Fewest assists (optional)', 'operator.f.minCut': 'Smallest cut (yuan, optional)', 'operator.f.stock': 'Number of rewards',
    'operator.f.budget': 'Total budget (yuan)', 'operator.f.startsAt': 'Starts at', 'operator.f.endsAt': 'Tasks can start until',
    'operator.f.taskLifetime': 'Task time limit (hours)', 'operator.f.claimWindow': 'Claim window (hours)', 'operator.f.expiryOption': 'On expiry',
    'operator.f.maxActive': 'Open tasks per member', 'operator.f.maxSuccesses': 'Successes per member', 'operator.f.helperDaily': 'Assists per helper per day',
    'operator.f.helperCampaign': 'Assists per helper on this campaign', 'operator.f.helperInitiator': 'Assists per helper to one initiator',
    'operator.h.title': 'At most 80 characters', 'operator.h.organiser': 'Published on the rules page', 'operator.h.reward': 'What a successful member gets; at most 200 characters',
    'operator.h.yuan': 'In yuan, at most two decimals', 'operator.h.maxAssists': 'The guaranteed maximum members see; for assist-for-free, the exact number',
    'operator.h.minAssists': 'Defaults to the most assists', 'operator.h.minCut': 'Defaults to 0.01', 'operator.h.budget': 'Each task reserves one reward value when it starts',
    'operator.h.beijing': 'Beijing time', 'operator.h.taskLifetime': '1–720 hours, default 24', 'operator.h.claimWindow': 'How long after success the reward can be claimed; default 168 (7 days)',
    'operator.h.noLimit': 'Leave empty for no limit',
    'operator.status': 'Status', 'operator.stock': 'Stock', 'operator.stockValue': '{left} left of {total} ({claimed} claimed)',
    'operator.budget': 'Budget', 'operator.stockDraft': '{total} in total (available once published)', 'operator.budgetDraft': '{total} in total (reserved from publication on)', 'operator.budgetValue': '{reserved} reserved of {total} ({left} left)', 'operator.window': 'Start window',
    'operator.version': 'Rules version', 'operator.noVersion': 'Draft, not published', 'operator.draftNote': 'Drafts are invisible to members. Publishing freezes the rules; later changes create a new version.',
    'operator.publish': 'Publish', 'operator.end': 'End campaign', 'operator.memberView': 'Member view',
    'operator.rulesPreview': 'Rules preview', 'operator.edit': 'Edit draft', 'operator.saveDraft': 'Save changes',
    'error.CAMPAIGN_NOT_DRAFT': 'Only a draft can be changed this way.',
  },
});
