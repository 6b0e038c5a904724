// My limits and breaks (#/me/limits) and my month (#/me/summary): personal limits (a lower one applies at once, a
// higher one after 24 hours), a break of 1, 7 or 30 days that cannot be ended early, quiet hours, and the month in
// plain numbers with a CSV download. Calm wording: no streaks, no badges, no "you are about to lose".
import { h, money, mount, parseYuan } from '../dom.js';
import { get, post, put } from '../api.js';
import { dateTime, register, t } from '../i18n.js';
import { alertBox, errorText, form, invalid, loading, section, session } from '../ui.js';
import { go } from '../nav.js';

const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'UTC'];
const KINDS = [
  ['MONTHLY_SPEND', 'monthlySpendCents', true],
  ['ACTIVE_TASKS', 'activeTasks', false],
  ['DAILY_HELP_POSTS', 'helpPostsPerDay', false],
  ['COOLING_OFF_THRESHOLD', 'coolingOffThresholdCents', true],
];

/** Minutes in a duration as the API writes it: ISO-8601 ("PT30M", "PT24H", "PT1H30M") or seconds. */
function minutes(iso) {
  if (typeof iso === 'number') return Math.round(iso / 60);
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso || '');
  return m ? Number(m[1] || 0) * 60 + Number(m[2] || 0) : 0;
}

function amount(value, isMoney) {
  return isMoney ? money(value) : String(value);
}

async function limits(view) {
  if (!session.me) return go('/login?next=/me/limits');
  loading(view);
  let settings = await get('/api/me/guardrails');
  const saved = h('p', { class: 'success', id: 'limits-saved', role: 'status', hidden: true });
  const usage = h('dl', { class: 'facts', id: 'guardrail-usage' });
  const limitsBox = h('div');
  const breakBox = h('div', { id: 'break-box' });
  const quietBox = h('div');

  function show(next) {
    settings = next;
    const by = Object.fromEntries(settings.limits.map((l) => [l.kind, l]));
    const u = settings.usage;
    mount(usage,
      h('dt', null, t('guard.spent')), h('dd', { id: 'usage-spent' }, t('guard.ofLimit', { used: money(u.monthSpentCents), limit: money(by.MONTHLY_SPEND.value), at: dateTime(u.monthResetsAt) })),
      h('dt', null, t('guard.active')), h('dd', { id: 'usage-active' }, t('guard.count', { used: u.activeTasks, limit: by.ACTIVE_TASKS.value })),
      h('dt', null, t('guard.posts')), h('dd', { id: 'usage-posts' }, t('guard.countReset', { used: u.helpPostsToday, limit: by.DAILY_HELP_POSTS.value, at: dateTime(u.dayResetsAt) })));
    mount(limitsBox, limitsForm(by));
    mount(breakBox, breakSection());
    mount(quietBox, quietForm());
  }

  function limitsForm(by) {
    return form({
      id: 'limits-form',
      fields: KINDS.map(([kind, name, isMoney]) => {
        const l = by[kind];
        const hints = [t('guard.bounds', { def: amount(l.platformDefault, isMoney), max: amount(l.maximum, isMoney) })];
        if (l.pendingValue !== undefined && l.pendingValue !== null) {
          hints.push(t('guard.pending', { value: amount(l.pendingValue, isMoney), at: dateTime(l.pendingFrom) }));
        }
        return {
          name, label: t(`guard.limit.${kind}`, { minutes: minutes(settings.coolingOffDelay) }), value: isMoney ? (l.value / 100).toFixed(2) : String(l.value),
          hint: hints.join(' '), attrs: { inputmode: isMoney ? 'decimal' : 'numeric', 'data-kind': kind },
        };
      }),
      submit: t('guard.saveLimits'),
      onSubmit: async (v) => {
        const body = {};
        for (const [, name, isMoney] of KINDS) {
          const value = isMoney ? parseYuan(v[name]) : (/^\s*\d{1,9}\s*$/.test(v[name]) ? Number(v[name]) : null);
          if (value === null) throw invalid(name, 'INVALID');
          body[name] = value;
        }
        show(await put('/api/me/guardrails/limits', body));
        saved.textContent = t('guard.saved');
        saved.hidden = false;
      },
    });
  }

  function breakSection() {
    if (settings.breakUntil) {
      return h('p', { class: 'notice', id: 'break-until' }, t('guard.onBreak', { at: dateTime(settings.breakUntil) }));
    }
    const alert = alertBox();
    const confirmBox = h('div', { id: 'break-confirm-box' });
    const choose = (days) => {
      const start = h('button', { type: 'button', class: 'primary', id: 'break-confirm' }, t('guard.breakStart', { days }));
      start.addEventListener('click', async () => {
        start.disabled = true;
        try {
          show(await post('/api/me/guardrails/break', { days }));
        } catch (error) {
          alert.show(errorText(error));
          start.disabled = false;
        }
      });
      const cancel = h('button', { type: 'button', id: 'break-cancel' }, t('common.cancel'));
      cancel.addEventListener('click', () => mount(confirmBox));
      mount(confirmBox, h('p', { id: 'break-explain' }, t('guard.breakExplain', { days })), h('div', { class: 'actions' }, start, cancel));
    };
    return [h('p', null, t('guard.breakLead')),
      h('div', { class: 'actions' }, settings.breakDays.map((d) => h('button', { type: 'button', id: `break-${d}`, onclick: () => choose(d) }, t(`guard.break.${d}`)))),
      confirmBox, alert];
  }

  function quietForm() {
    const q = settings.quietHours;
    const zones = ZONES.includes(q.zone) ? ZONES : [q.zone, ...ZONES];
    return [h('p', { id: 'quiet-now', class: 'muted' }, q.quietNow ? t('guard.quietNow') : t('guard.quietLead')),
      form({
        id: 'quiet-form',
        fields: [
          { name: 'enabled', label: t('guard.quietEnabled'), type: 'checkbox', value: q.enabled },
          { name: 'start', label: t('guard.quietStart'), type: 'time', value: q.start, required: true },
          { name: 'end', label: t('guard.quietEnd'), type: 'time', value: q.end, required: true },
          { name: 'zone', label: t('guard.zone'), type: 'select', value: q.zone, options: zones.map((z) => ({ value: z, label: z })) },
        ],
        submit: t('guard.saveQuiet'),
        onSubmit: async (v) => {
          show(await put('/api/me/guardrails/quiet-hours', { enabled: v.enabled, start: v.start, end: v.end, zone: v.zone }));
          saved.textContent = t('guard.saved');
          saved.hidden = false;
        },
      })];
  }

  show(settings);
  mount(view, h('h1', null, t('guard.title')), saved,
    section(t('guard.usage'), usage),
    section(t('guard.limits'), h('p', { class: 'muted' }, t('guard.limitsLead', { hours: Math.round(minutes(settings.raiseDelay) / 60) })), limitsBox),
    section(t('guard.break'), breakBox),
    section(t('guard.quiet'), quietBox),
    h('div', { class: 'actions' }, h('a', { class: 'button', href: '#/me/summary', id: 'summary-link' }, t('guard.summaryTitle'))));
}

async function summary(view) {
  if (!session.me) return go('/login?next=/me/summary');
  const month = new URLSearchParams(location.hash.split('?')[1] || '').get('month');
  loading(view);
  const s = await get(`/api/me/guardrails/summary${month ? `?month=${encodeURIComponent(month)}` : ''}`);
  const picker = h('input', { type: 'month', id: 'summary-month', value: s.month, 'aria-label': t('guard.month') });
  picker.addEventListener('change', () => { if (picker.value) go(`/me/summary?month=${picker.value}`); });
  const row = (key, id, value) => [h('dt', null, t(key)), h('dd', { id }, value)];
  mount(view, h('h1', null, t('guard.summaryTitle')),
    h('p', null, picker, ' ', h('span', { class: 'muted' }, t('guard.zoneNote', { zone: s.zone }))),
    section(s.month,
      h('dl', { class: 'facts', id: 'summary-figures' },
        row('guard.sum.started', 'sum-started', String(s.tasksStarted)),
        row('guard.sum.finished', 'sum-finished', String(s.tasksFinished)),
        row('guard.sum.given', 'sum-given', String(s.assistsGiven)),
        row('guard.sum.received', 'sum-received', String(s.assistsReceived)),
        row('guard.sum.saved', 'sum-saved', money(s.savedCents)),
        row('guard.sum.spent', 'sum-spent', t('guard.sum.ofLimit', { spent: money(s.spentCents), limit: money(s.monthlySpendLimitCents) })),
        row('guard.sum.posts', 'sum-posts', t('guard.sum.postsOf', { n: s.helpPosts, limit: s.helpPostsPerDayLimit }))),
      h('p', { class: 'hint' }, t('guard.sum.note'))),
    h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'summary-csv', href: `/api/me/guardrails/summary.csv?month=${encodeURIComponent(s.month)}`, download: `huzhu-${s.month}.csv` }, t('guard.csv')),
      h('a', { class: 'button', href: '#/me/limits', id: 'limits-link' }, t('guard.title'))));
}

export const routes = [
  { path: /^\/me\/limits$/, render: limits },
  { path: /^\/me\/summary$/, render: summary },
];

register({
  'zh-CN': {
    'guard.title': '限额与休息', 'guard.usage': '现在', 'guard.limits': '我的限额', 'guard.break': '休息一下', 'guard.quiet': '免打扰时段',
    'guard.spent': '本月已支出', 'guard.ofLimit': '{used} / 上限 {limit}({at} 重新计算)',
    'guard.active': '进行中的任务', 'guard.count': '{used} / 上限 {limit}',
    'guard.posts': '今天的求助', 'guard.countReset': '{used} / 上限 {limit}({at} 重新计数)',
    'guard.limitsLead': '限额由你自己决定。调低立即生效;调高要等 {hours} 小时后才生效。',
    'guard.limit.MONTHLY_SPEND': '每月支出上限(元)', 'guard.limit.ACTIVE_TASKS': '同时进行的任务数',
    'guard.limit.DAILY_HELP_POSTS': '每天发布求助数', 'guard.limit.COOLING_OFF_THRESHOLD': '冷静期金额(元):超过这个价格的购买,要过 {minutes} 分钟再确认一次',
    'guard.bounds': '平台默认 {def},最高 {max}。', 'guard.pending': '已申请调高到 {value},{at} 生效。',
    'guard.saveLimits': '保存限额', 'guard.saved': '已保存。',
    'guard.breakLead': '休息期间不能发起新任务,也不能发布求助,除安全通知外不会收到推送。休息开始后不能提前结束。',
    'guard.break.1': '休息 24 小时', 'guard.break.7': '休息 7 天', 'guard.break.30': '休息 30 天',
    'guard.breakExplain': '休息 {days} 天:到期前不能发起新任务、不能发布求助,也不会收到推送(安全通知除外)。开始后不能提前结束。已经成功的任务仍然可以领取。',
    'guard.breakStart': '开始休息 {days} 天', 'guard.onBreak': '你正在休息,直到 {at}。休息不能提前结束。',
    'guard.quietLead': '免打扰时段内,互助不会向你推送任何消息,它们会安静地留在消息里。', 'guard.quietNow': '现在是你的免打扰时段。',
    'guard.quietEnabled': '开启免打扰', 'guard.quietStart': '开始时间', 'guard.quietEnd': '结束时间', 'guard.zone': '时区', 'guard.saveQuiet': '保存免打扰时段',
    'guard.summaryTitle': '每月小结', 'guard.month': '月份', 'guard.zoneNote': '按 {zone} 时间计算',
    'guard.sum.started': '发起的任务', 'guard.sum.finished': '成功的任务', 'guard.sum.given': '我帮别人助力', 'guard.sum.received': '别人帮我助力',
    'guard.sum.saved': '省下的钱', 'guard.sum.spent': '支出', 'guard.sum.ofLimit': '{spent}(每月上限 {limit})',
    'guard.sum.posts': '发布的求助', 'guard.sum.postsOf': '{n}(每天上限 {limit})',
    'guard.sum.note': '上限是现在的设置。助力次数按记录时计算,之后被风控判为无效的也包含在内。', 'guard.csv': '下载 CSV',
  },
  en: {
    'guard.title': 'Limits and breaks', 'guard.usage': 'Right now', 'guard.limits': 'My limits', 'guard.break': 'Take a break', 'guard.quiet': 'Quiet hours',
    'guard.spent': 'Spent this month', 'guard.ofLimit': '{used} of {limit} (starts again {at})',
    'guard.active': 'Active tasks', 'guard.count': '{used} of {limit}',
    'guard.posts': 'Help posts today', 'guard.countReset': '{used} of {limit} (starts again {at})',
    'guard.limitsLead': 'You choose your limits. A lower limit applies at once; a higher one only after {hours} hours.',
    'guard.limit.MONTHLY_SPEND': 'Monthly spending limit (yuan)', 'guard.limit.ACTIVE_TASKS': 'Tasks active at once',
    'guard.limit.DAILY_HELP_POSTS': 'Help posts a day', 'guard.limit.COOLING_OFF_THRESHOLD': 'Cooling-off amount (yuan): purchases above it wait {minutes} minutes for a second confirmation',
    'guard.bounds': 'Platform default {def}, at most {max}.', 'guard.pending': 'Raise to {value} asked for; it applies {at}.',
    'guard.saveLimits': 'Save limits', 'guard.saved': 'Saved.',
    'guard.breakLead': 'During a break you cannot start tasks or post for help, and nothing is pushed to you except security notices. A break cannot be ended early.',
    'guard.break.1': 'Break for 24 hours', 'guard.break.7': 'Break for 7 days', 'guard.break.30': 'Break for 30 days',
    'guard.breakExplain': 'A {days}-day break: until it ends you cannot start tasks or post for help, and nothing is pushed to you (security notices excepted). It cannot be ended early. Succeeded tasks can still be claimed.',
    'guard.breakStart': 'Start a {days}-day break', 'guard.onBreak': 'You are taking a break until {at}. A break cannot be ended early.',
    'guard.quietLead': 'During quiet hours Huzhu pushes nothing to you; messages wait quietly in your inbox.', 'guard.quietNow': 'These are your quiet hours now.',
    'guard.quietEnabled': 'Quiet hours on', 'guard.quietStart': 'From', 'guard.quietEnd': 'Until', 'guard.zone': 'Time zone', 'guard.saveQuiet': 'Save quiet hours',
    'guard.summaryTitle': 'My month', 'guard.month': 'Month', 'guard.zoneNote': 'Counted in {zone} time',
    'guard.sum.started': 'Tasks started', 'guard.sum.finished': 'Tasks that succeeded', 'guard.sum.given': 'Assists I gave', 'guard.sum.received': 'Assists I received',
    'guard.sum.saved': 'Money saved', 'guard.sum.spent': 'Money spent', 'guard.sum.ofLimit': '{spent} (monthly limit {limit})',
    'guard.sum.posts': 'Help posts', 'guard.sum.postsOf': '{n} (limit {limit} a day)',
    'guard.sum.note': 'Limits are your current settings. Assists are counted when recorded, including any that risk control later voided.', 'guard.csv': 'Download CSV',
  },
});
