// Webhook settings of a group, for its owner (#/groups/<id>/webhooks): subscriptions with their masked URL, events and
// state; add one (the signing secret is shown once); send a test, rotate the secret, enable again, delete; and the
// delivery log of each (#/groups/<id>/webhooks/<webhookId>) with redelivery. Outcomes are Huzhu's own words (a status
// code, a timeout): the receiver's reply is never shown.
import { h, mount } from '../dom.js';
import { del, get, post } from '../api.js';
import { dateTime, t } from '../i18n.js';
import { actionButton, alertBox, empty, form, invalid, loading, section, session } from '../ui.js';
import { go } from '../nav.js';
import './notify-messages.js';

const enc = encodeURIComponent;
const EVENTS = ['help.posted', 'task.succeeded', 'report.filed', 'member.joined'];
const FORMATS = ['STANDARD', 'WECOM', 'DINGTALK', 'FEISHU'];
let shownSecret = null;

function statusLine(hook) {
  return h('p', { class: 'hook-status' },
    h('span', { class: `tag hook-${hook.status.toLowerCase()}` }, t(`hooks.status.${hook.status}`)),
    hook.disabledReason ? ` ${t(`hooks.disabled.${hook.disabledReason}`)}` : null,
    hook.previousSecretValidUntil ? h('span', { class: 'muted' }, ' ', t('hooks.overlap', { until: dateTime(hook.previousSecretValidUntil) })) : null);
}

function hookCard(gid, hook, refresh) {
  const alert = alertBox();
  const base = `/api/groups/${enc(gid)}/webhooks/${enc(hook.id)}`;
  const note = h('p', { class: 'notice', role: 'status', hidden: true });
  const actions = [
    actionButton(t('hooks.test'), async () => {
      await post(`${base}/test`);
      note.textContent = t('hooks.tested');
      note.hidden = false;
    }, alert, { class: 'small hook-test' }),
    h('a', { class: 'button small hook-log', href: `#/groups/${enc(gid)}/webhooks/${enc(hook.id)}` }, t('hooks.log')),
  ];
  if (hook.format === 'STANDARD') {
    actions.push(actionButton(t('hooks.rotate'), async () => {
      shownSecret = (await post(`${base}/rotate`)).secret;
      refresh();
    }, alert, { class: 'small hook-rotate' }));
  }
  if (hook.status === 'DISABLED') {
    actions.push(actionButton(t('hooks.enable'), async () => { await post(`${base}/enable`); refresh(); }, alert, { class: 'small hook-enable' }));
  }
  actions.push(actionButton(t('hooks.delete'), async () => { await del(base); refresh(); }, alert, { class: 'small danger hook-delete' }));
  return h('li', { class: 'card hook', dataset: { id: hook.id } },
    h('p', null, h('strong', null, t(`hooks.format.${hook.format}`)), ' ', h('code', { class: 'hook-url' }, hook.url)),
    h('p', { class: 'muted' }, hook.events.map((e) => t(`hooks.event.${e}`)).join(' · ')),
    statusLine(hook), alert, note, h('div', { class: 'actions' }, actions));
}

function createForm(gid, refresh) {
  const boxes = EVENTS.map((e) => h('input', { type: 'checkbox', id: `event-${e}`, value: e, checked: e !== 'member.joined' }));
  const events = h('fieldset', { class: 'field events' }, h('legend', null, t('hooks.events')),
    EVENTS.map((e, i) => h('div', { class: 'check' }, boxes[i], h('label', { for: `event-${e}` }, t(`hooks.event.${e}`)))));
  return form({
    id: 'hook-form',
    fields: [
      { name: 'url', label: t('hooks.url'), type: 'url', required: true, hint: t('hooks.urlHint'), attrs: { maxlength: 2048 } },
      { name: 'format', label: t('hooks.format'), type: 'select', value: 'STANDARD', options: FORMATS.map((f) => ({ value: f, label: t(`hooks.format.${f}`) })) },
      { name: 'robotSecret', label: t('hooks.robotSecret'), attrs: { maxlength: 200, autocomplete: 'off' } },
    ],
    extra: events,
    submit: t('hooks.create'),
    onSubmit: async (v) => {
      if (!v.url.trim()) throw invalid('url');
      const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
      const body = { url: v.url.trim(), format: v.format, events: chosen };
      if (v.robotSecret.trim()) body.robotSecret = v.robotSecret.trim();
      const created = await post(`/api/groups/${enc(gid)}/webhooks`, body);
      shownSecret = created.secret || null;
      refresh();
    },
  });
}

async function hooksPage(view, [gid]) {
  if (!session.me) {
    location.hash = '#/login';
    return;
  }
  loading(view);
  const hooks = await get(`/api/groups/${enc(gid)}/webhooks`);
  const refresh = () => go(`/groups/${gid}/webhooks`);
  const secret = shownSecret;
  shownSecret = null;
  mount(view,
    h('p', null, h('a', { href: `#/groups/${enc(gid)}` }, '←'), ' '),
    h('h1', null, t('hooks.title')),
    h('p', { class: 'muted' }, t('hooks.intro')),
    secret ? h('div', { class: 'notice secret-once', role: 'status' }, h('p', null, t('hooks.secretOnce')),
      h('code', { id: 'hook-secret' }, secret)) : null,
    hooks.length ? h('ul', { class: 'hooks', id: 'hook-list' }, hooks.map((hook) => hookCard(gid, hook, refresh))) : empty(t('hooks.none')),
    section(t('hooks.add'), createForm(gid, refresh)));
}

function deliveryRow(gid, hid, d, refresh, alert) {
  return h('li', { class: `delivery delivery-${d.status.toLowerCase()}`, dataset: { id: d.id } },
    h('p', null, h('span', { class: 'tag' }, t(`delivery.${d.status}`)), ' ', h('code', null, d.eventType), ' ',
      h('span', { class: 'muted' }, dateTime(d.createdAt))),
    h('p', { class: 'muted' }, t('hooks.attempts', { n: d.attempts }),
      d.lastOutcome ? ` · ${d.lastOutcome}` : null,
      d.status === 'PENDING' && d.nextAttemptAt ? ` · ${t('hooks.next', { at: dateTime(d.nextAttemptAt) })}` : null),
    d.status === 'PENDING' ? null : actionButton(t('hooks.redeliver'), async () => {
      await post(`/api/groups/${enc(gid)}/webhooks/${enc(hid)}/deliveries/${enc(d.id)}/redeliver`);
      refresh();
    }, alert, { class: 'small redeliver' }));
}

async function logPage(view, [gid, hid]) {
  loading(view);
  const page = await get(`/api/groups/${enc(gid)}/webhooks/${enc(hid)}/deliveries?limit=50`);
  const alert = alertBox();
  const refresh = () => go(`/groups/${gid}/webhooks/${hid}`);
  mount(view, h('h1', null, t('hooks.deliveries')), alert,
    page.items.length
      ? h('ul', { class: 'deliveries', id: 'delivery-list' }, page.items.map((d) => deliveryRow(gid, hid, d, refresh, alert)))
      : empty(t('hooks.noDeliveries')),
    h('a', { href: `#/groups/${enc(gid)}/webhooks`, id: 'hooks-back' }, t('hooks.back')));
}

export const routes = [
  { path: /^\/groups\/([^/]+)\/webhooks$/, render: hooksPage },
  { path: /^\/groups\/([^/]+)\/webhooks\/([^/]+)$/, render: logPage },
];
