// Cooling-off for big purchases: when claiming or buying above the member's threshold, the API answers COOLING_OFF
// with what the purchase is (item, price, saving, this month's spending against the limit) and when it can be
// confirmed. This panel shows exactly that, keeps the confirm button disabled until then (the server's own wait,
// in seconds), and never hurries: "not now" is as easy as confirming.
import { h, money, mount } from '../dom.js';
import { dateTime, register, t } from '../i18n.js';
import { alertBox, errorText } from '../ui.js';

/**
 * coolingOff(problem, confirm, done): confirm(confirmation) sends the second confirmation and resolves to the result;
 * done(result) is called after it succeeds. Returns the panel element.
 */
export function coolingOff(problem, confirm, done) {
  const panel = h('section', { class: 'card cooling-off', id: 'cooling-off-panel', 'aria-labelledby': 'cooling-off-title' });
  render(panel, problem, confirm, done);
  return panel;
}

function render(panel, p, confirm, done) {
  const alert = alertBox();
  const wait = Math.max(0, Number(p.waitSeconds) || 0);
  const when = h('p', { id: 'cooling-off-when', class: wait > 0 ? 'notice' : 'success' },
    wait > 0 ? t('cool.from', { at: dateTime(p.confirmableAt) }) : t('cool.ready'));
  const button = h('button', { type: 'button', class: 'primary', id: 'confirm-purchase', disabled: wait > 0 }, t('cool.confirm'));
  const cancel = h('button', { type: 'button', id: 'cancel-purchase' }, t('cool.cancel'));
  if (wait > 0) {
    setTimeout(() => {
      if (!panel.isConnected) return;
      button.disabled = false;
      when.className = 'success';
      when.textContent = t('cool.ready');
    }, Math.min(wait * 1000, 2 ** 31 - 1));
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    alert.clear();
    try {
      const result = await confirm(p.confirmation);
      panel.remove();
      done(result);
    } catch (error) {
      if (error.code === 'COOLING_OFF') {
        render(panel, error.problem, confirm, done);
        return;
      }
      alert.show(errorText(error));
      button.disabled = false;
    }
  });
  cancel.addEventListener('click', () => panel.remove());
  const spent = Number(p.monthSpentCents) || 0;
  const price = Number(p.priceCents) || 0;
  mount(panel,
    h('h2', { id: 'cooling-off-title' }, t('cool.title')),
    h('p', null, t('cool.lead', { threshold: money(p.thresholdCents) })),
    h('dl', { class: 'facts', id: 'cooling-off-facts' },
      h('dt', null, t('cool.item')), h('dd', { id: 'cooling-off-item' }, p.item),
      h('dt', null, t('cool.price')), h('dd', { id: 'cooling-off-price' }, money(price)),
      h('dt', null, t('cool.saved')), h('dd', { id: 'cooling-off-saved' }, money(p.savedCents)),
      h('dt', null, t('cool.spent')), h('dd', { id: 'cooling-off-spent' }, t('cool.ofLimit', { spent: money(spent), limit: money(p.limitCents) })),
      h('dt', null, t('cool.after')), h('dd', { id: 'cooling-off-after' }, money(spent + price))),
    when, alert,
    h('div', { class: 'actions' }, button, cancel));
}

register({
  'zh-CN': {
    'cool.title': '再确认一次', 'cool.lead': '超过 {threshold} 的购买,需要过一段冷静期后再确认一次。下面是这笔购买的全部信息。',
    'cool.item': '物品', 'cool.price': '你要支付', 'cool.saved': '已省下', 'cool.spent': '本月已支出', 'cool.ofLimit': '{spent}(每月上限 {limit})',
    'cool.after': '确认后本月支出', 'cool.from': '{at} 起可以确认。', 'cool.ready': '现在可以确认了。',
    'cool.confirm': '确认购买', 'cool.cancel': '先不买',
  },
  en: {
    'cool.title': 'Confirm once more', 'cool.lead': 'Purchases above {threshold} wait a little before a second confirmation. Here is everything about this one.',
    'cool.item': 'Item', 'cool.price': 'You pay', 'cool.saved': 'Saved', 'cool.spent': 'Spent this month', 'cool.ofLimit': '{spent} (monthly limit {limit})',
    'cool.after': 'Spent this month after confirming', 'cool.from': 'You can confirm from {at}.', 'cool.ready': 'You can confirm now.',
    'cool.confirm': 'Confirm purchase', 'cool.cancel': 'Not now',
  },
});
