// Group admin (#/groups/{id}/admin): the audit log.
import { h, mount } from '../../dom.js';
import { get } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { alertBox, empty, errorText, section } from '../../ui.js';
import { findingExplanation, findingType, nameOf, short } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Audit log

export async function auditTab(panel, ctx) {
  const list = h('ul', { class: 'list', id: 'audit-log' });
  const alert = alertBox();
  const more = h('button', { type: 'button', id: 'audit-more', hidden: true }, t('admin.audit.more'));
  mount(panel, section(t('admin.audit.title'), h('p', { class: 'hint' }, t('admin.audit.lead')), alert, list, h('div', { class: 'actions' }, more)));
  const names = await ctx.nameMap();
  let before = null;
  const load = async () => {
    alert.clear();
    more.disabled = true;
    try {
      const page = await get(`/api/groups/${ctx.gid}/audit?limit=50${before !== null ? `&before=${before}` : ''}`);
      if (before === null && !page.items.length) mount(list, h('li', null, empty(t('admin.audit.empty'))));
      else list.append(...page.items.map((e) => auditEntry(e, names)));
      before = page.next ?? null;
      more.hidden = before === null;
    } catch (error) {
      alert.show(errorText(error));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  await load();
}

function auditEntry(e, names) {
  return h('li', { class: 'audit-entry', dataset: { entryId: e.id, action: e.action } },
    h('div', { class: 'audit-head' },
      h('time', { class: 'audit-time', datetime: e.at }, dateTime(e.at)), ' ',
      h('span', { class: `tag audit-action action-${e.action}` }, t(`audit.${e.action}`))),
    h('p', { class: 'audit-who' },
      h('span', { class: 'audit-actor' }, t('admin.audit.actor', { name: e.actorId ? nameOf(names, e.actorId) : t('admin.system') })),
      e.targetUserId ? h('span', { class: 'audit-target' }, ' → ', t('admin.audit.target', { name: nameOf(names, e.targetUserId) })) : null,
      e.messageId ? h('span', { class: 'muted' }, ' ', t('admin.audit.message', { id: short(e.messageId) })) : null),
    e.reason ? h('p', { class: 'audit-reason pre' }, t('admin.audit.reason'), e.reason) : null,
    e.until ? h('p', { class: 'muted' }, t('admin.audit.until', { time: dateTime(e.until) })) : null,
    e.findings?.length ? h('ul', { class: 'findings' }, e.findings.map((f) => h('li', { class: 'finding' },
      h('span', { class: 'tag finding-type' }, findingType(f.type)), ' ', findingExplanation(f)))) : null,
    h('p', { class: 'muted mono audit-id' }, t('admin.audit.id', { id: e.id })));
}
