// Group admin (#/groups/{id}/admin): appeals to decide, and a member's own appeals (#/me/appeals).
import { h, mount, uid } from '../../dom.js';
import { get, post } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { actionButton, alertBox, empty, errorText, form, section, session } from '../../ui.js';
import { go } from '../../nav.js';
import { nameOf, short } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Appeals

export async function appealsTab(panel, ctx) {
  const list = h('ul', { class: 'list', id: 'appeals' });
  mount(panel, section(t('admin.appeals.title'), h('p', { class: 'hint' }, t('admin.appeals.lead')), list));
  mount(list, h('li', { class: 'loading' }, t('common.loading')));
  const names = await ctx.nameMap();
  try {
    const { items } = await get(`/api/groups/${ctx.gid}/appeals`);
    if (!items.length) mount(list, h('li', null, empty(t('admin.appeals.empty'))));
    else mount(list, items.map((a) => appealItem(a, ctx, names)));
  } catch (error) {
    mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

function appealFacts(a, names) {
  return [
    h('div', { class: 'appeal-head' },
      h('span', { class: `tag appeal-status status-${a.status}` }, t(`appeal.status.${a.status}`)), ' ',
      h('strong', null, t('appeal.against', { action: t(`audit.${a.action}`) })), ' ',
      h('span', { class: 'muted' }, dateTime(a.createdAt))),
    names ? h('p', null, t('appeal.appellant', { name: nameOf(names, a.appellantId) })) : null,
    a.actionReason ? h('p', { class: 'pre' }, t('appeal.actionReason'), a.actionReason) : null,
    h('blockquote', { class: 'pre appeal-text' }, a.text),
    a.status !== 'OPEN' ? h('p', { class: 'appeal-decision pre' },
      t('appeal.decided', { time: dateTime(a.decidedAt) }), names && a.decidedBy ? ` (${nameOf(names, a.decidedBy)})` : '', ' ',
      a.decisionNote || '') : null,
  ];
}

function appealItem(a, ctx, names) {
  const li = h('li', { class: 'appeal', dataset: { appealId: a.id, status: a.status } }, appealFacts(a, names));
  if (a.status !== 'OPEN') return li;
  const alert = alertBox();
  const noteId = uid('appeal-note');
  const noteError = h('p', { class: 'field-error', id: `${noteId}-error`, hidden: true });
  const note = h('textarea', { id: noteId, name: 'note', rows: 2, maxlength: 1000, required: true, 'aria-describedby': `${noteId}-error` });
  li.append(h('div', { class: 'field' }, h('label', { for: noteId }, t('admin.appeals.note')), note, noteError), alert);
  const actions = h('div', { class: 'actions' });
  for (const decision of ['OVERTURN', 'UPHOLD']) {
    actions.append(actionButton(t(`admin.appeals.${decision}`), async () => {
      noteError.hidden = true;
      note.removeAttribute('aria-invalid');
      if (!note.value.trim()) {
        noteError.textContent = t('admin.appeals.noteMissing');
        noteError.hidden = false;
        note.setAttribute('aria-invalid', 'true');
        note.focus();
        return;
      }
      const decided = await post(`/api/appeals/${a.id}/decision`, { decision, note: note.value.trim() });
      li.replaceWith(appealItem(decided, ctx, names));
      ctx.notify(t(`admin.appeals.done.${decision}`));
    }, alert, { 'data-decision': decision, class: decision === 'OVERTURN' ? 'primary' : null }));
  }
  li.append(actions);
  return li;
}

// ---------------------------------------------------------------------------------------------------------------
// My appeals

export async function myAppeals(view) {
  if (!session.me) return go('/login?next=/me/appeals');
  const entry = new URLSearchParams(location.hash.split('?')[1] || '').get('entry') || '';
  const list = h('ul', { class: 'list', id: 'my-appeals' });
  const notice = h('p', { class: 'success', id: 'appeal-notice', role: 'status', tabindex: '-1', hidden: true });
  const groups = new Map();
  const load = async () => {
    mount(list, h('li', { class: 'loading' }, t('common.loading')));
    try {
      const { items } = await get('/api/me/appeals');
      if (!items.length) {
        mount(list, h('li', null, empty(t('me.appeals.empty'))));
        return;
      }
      mount(list, items.map((a) => h('li', { class: 'appeal', dataset: { appealId: a.id, status: a.status } },
        h('p', null, groups.has(String(a.groupId))
          ? h('a', { href: `#/groups/${a.groupId}` }, groups.get(String(a.groupId)))
          : t('me.appeals.group', { id: short(a.groupId) })),
        appealFacts(a, null))));
    } catch (error) {
      mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
    }
  };
  const appealForm = form({
    id: 'appeal-form',
    fields: [
      { name: 'auditEntryId', label: t('me.appeals.entry'), value: entry, required: true, hint: t('me.appeals.entryHint'), attrs: { autocomplete: 'off', spellcheck: 'false' } },
      { name: 'text', label: t('me.appeals.text'), type: 'textarea', rows: 4, required: true, hint: t('me.appeals.textHint'), attrs: { maxlength: 2000 } },
    ],
    submit: t('me.appeals.submit'),
    onSubmit: async (v) => {
      const id = v.auditEntryId.trim();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
        throw { fields: [{ field: 'auditEntryId', reason: 'FORMAT' }] };
      }
      await post('/api/appeals', { auditEntryId: id, text: v.text.trim() });
      appealForm.reset();
      notice.textContent = t('me.appeals.filed');
      notice.hidden = false;
      notice.focus();
      await load();
    },
  });
  mount(view, h('h1', null, t('me.appeals.title')),
    notice,
    section(t('me.appeals.new'), h('p', { class: 'hint' }, t('me.appeals.lead')), appealForm),
    section(t('me.appeals.list'), list),
    h('p', null, h('a', { href: '#/me' }, t('me.appeals.back'))));
  try {
    for (const g of await get('/api/groups/mine')) groups.set(String(g.id), g.name);
  } catch {
    // Names are a nicety; the list still shows.
  }
  await load();
  return null;
}
