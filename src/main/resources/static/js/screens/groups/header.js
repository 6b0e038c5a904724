// Mutual-help groups: the group header shared by feed, queue and ledger.
import { h, mount } from '../../dom.js';
import { get, post } from '../../api.js';
import { t } from '../../i18n.js';
import { alertBox, errorText, loading, session } from '../../ui.js';
import { go } from '../../nav.js';
import { enc, isMod, loginFirst } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// The group header shared by feed, queue and ledger: name, tabs, admin link, leave

export function groupHeader(group, active) {
  const base = `#/groups/${enc(group.id)}`;
  const tab = (href, label, key) => h('a', { href, 'aria-current': key === active ? 'page' : null, id: `tab-${key}` }, label);
  const leaveBox = h('div', { class: 'leave-box' });
  const showLeave = () => {
    const alert = alertBox();
    const confirm = h('button', { type: 'button', class: 'danger', id: 'leave-confirm' }, t('group.leaveConfirm'));
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      alert.clear();
      try {
        await post(`/api/groups/${enc(group.id)}/leave`, {});
        go('/groups');
      } catch (error) {
        alert.show(errorText(error));
        confirm.disabled = false;
      }
    });
    const cancel = h('button', { type: 'button', id: 'leave-cancel' }, t('common.cancel'));
    cancel.addEventListener('click', () => mount(leaveBox, leave));
    mount(leaveBox, h('div', { class: 'leave-confirm card', role: 'group', 'aria-label': t('group.leave') },
      h('p', null, t('group.leaveQuestion', { name: group.name })),
      group.myRole === 'OWNER' ? h('p', { class: 'hint' }, t('group.ownerLeave')) : null,
      alert, h('div', { class: 'actions' }, confirm, cancel)));
    confirm.focus();
  };
  const leave = h('button', { type: 'button', class: 'danger small', id: 'leave-group' }, t('group.leave'));
  leave.addEventListener('click', showLeave);
  mount(leaveBox, leave);
  return h('header', { class: 'group-head' },
    h('div', { class: 'group-title' },
      h('h1', { id: 'group-name' }, group.name),
      h('p', { class: 'muted group-meta' }, t('groups.members', { n: group.memberCount, cap: group.capacity }),
        ' · ', t(`groupRole.${group.myRole}`))),
    h('nav', { class: 'tabs', 'aria-label': t('group.tabs') },
      tab(base, t('group.feed'), 'feed'),
      tab(`${base}/queue`, t('group.queue'), 'queue'),
      tab(`${base}/ledger`, t('group.ledger'), 'ledger'),
      isMod(group.myRole) ? h('a', { href: `${base}/admin`, id: 'group-admin-link' }, t('group.admin')) : null,
      group.myRole === 'OWNER' ? h('a', { href: `${base}/webhooks`, id: 'group-webhooks-link' }, t('group.webhooks')) : null),
    leaveBox);
}

export async function loadGroup(view, id, path) {
  if (!session.me) {
    loginFirst(view, path);
    return null;
  }
  loading(view);
  return get(`/api/groups/${enc(id)}`);
}
