// Group admin (#/groups/{id}/admin): members, join requests and recently banned members.
import { h, mount, uid } from '../../dom.js';
import { get, post } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { actionButton, alertBox, empty, errorText, section } from '../../ui.js';
import { ask, muteSelect, nameOf, roster } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Members, join requests and recently banned members

export async function membersTab(panel, ctx) {
  const requests = h('ul', { class: 'list', id: 'join-requests' });
  const members = h('ul', { class: 'list', id: 'members' });
  const banned = h('ul', { class: 'list', id: 'banned-members' });
  const alert = alertBox();
  mount(panel,
    section(t('admin.requests.title'), requests),
    section(t('admin.members.title'), alert, members),
    section(t('admin.banned.title'), h('p', { class: 'hint' }, t('admin.banned.lead')), banned));
  mount(members, h('li', { class: 'loading' }, t('common.loading')));
  const reload = () => membersTab(panel, ctx);

  try {
    const pending = await get(`/api/groups/${ctx.gid}/join-requests`);
    if (!pending.length) mount(requests, h('li', null, empty(t('admin.requests.empty'))));
    else {
      mount(requests, pending.map((r) => {
        const rowAlert = alertBox();
        return h('li', { class: 'join-request', dataset: { userId: r.userId } },
          h('p', null, h('strong', null, r.displayName), ' ', h('span', { class: 'muted' }, t('admin.requests.at', { time: dateTime(r.requestedAt) }))),
          rowAlert,
          h('div', { class: 'actions' },
            actionButton(t('admin.requests.approve'), async () => {
              await post(`/api/groups/${ctx.gid}/join-requests/${r.userId}/approve`, {});
              ctx.names = null;
              ctx.notify(t('admin.requests.approved', { name: r.displayName }));
              await reload();
            }, rowAlert, { class: 'primary', 'data-action': 'approve' }),
            actionButton(t('admin.requests.reject'), async () => {
              await post(`/api/groups/${ctx.gid}/join-requests/${r.userId}/reject`, {});
              ctx.notify(t('admin.requests.rejected', { name: r.displayName }));
              await reload();
            }, rowAlert, { class: 'danger', 'data-action': 'reject' })));
      }));
    }
  } catch (error) {
    mount(requests, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }

  let list;
  try {
    list = await roster(ctx.gid);
    ctx.names = Promise.resolve(list.names);
  } catch (error) {
    mount(members, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
    return;
  }
  const trust = await Promise.all(list.members.map((m) => get(`/api/groups/${ctx.gid}/members/${m.userId}/trust`).catch(() => null)));
  mount(members, list.members.map((m, i) => memberRow(m, trust[i], ctx, reload)));

  // Banned members are no longer in the roster; the audit log tells who was banned.
  try {
    const audit = await get(`/api/groups/${ctx.gid}/audit?limit=100`);
    const entries = audit.items || [];
    const overturned = new Set(entries.filter((e) => e.action === 'APPEAL_OVERTURNED' && e.causedBy).map((e) => String(e.causedBy)));
    const ids = [...new Set(entries.filter((e) => e.action === 'BAN' && e.targetUserId && !overturned.has(String(e.id)))
      .map((e) => String(e.targetUserId)))]
      .filter((id) => !list.names.has(id));
    if (!ids.length) mount(banned, h('li', null, empty(t('admin.banned.empty'))));
    else {
      mount(banned, ids.map((id) => {
        const rowAlert = alertBox();
        const li = h('li', { class: 'banned-member', dataset: { userId: id } },
          h('span', null, nameOf(list.names, id)), ' ', h('span', { class: 'tag' }, t('admin.status.BANNED')), rowAlert);
        li.append(h('div', { class: 'actions' }, actionButton(t('admin.member.unban'), async () => {
          try {
            await post(`/api/groups/${ctx.gid}/members/${id}/unban`, {});
          } catch (error) {
            if (error.code !== 'MEMBER_NOT_FOUND') throw error;
          }
          li.remove();
          ctx.notify(t('admin.member.done.unban', { name: nameOf(list.names, id) }));
        }, rowAlert, { 'data-action': 'unban' })));
        return li;
      }));
    }
  } catch (error) {
    mount(banned, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

function memberRow(m, trust, ctx, reload) {
  const id = String(m.userId);
  const self = id === ctx.me;
  const muted = m.mutedUntil && new Date(m.mutedUntil) > new Date();
  const canAct = !self && m.role !== 'OWNER' && (ctx.owner || m.role === 'MEMBER');
  const alert = alertBox();
  const li = h('li', { class: 'member', dataset: { userId: id, role: m.role } },
    h('div', { class: 'member-head' },
      h('strong', { class: 'member-name' }, m.displayName), self ? h('span', { class: 'muted' }, ` ${t('admin.member.you')}`) : null, ' ',
      h('span', { class: `tag role role-${m.role}` }, t(`admin.role.${m.role}`)), ' ',
      h('span', { class: `tag member-status${muted ? ' tag-warn' : ''}` },
        muted ? t('admin.status.MUTED', { time: dateTime(m.mutedUntil) }) : t('admin.status.ACTIVE')), ' ',
      h('span', { class: 'tag member-trust' }, trust ? t('trust.level', { n: trust.level, label: t(`trust.L${trust.level}`) }) : '—')),
    h('p', { class: 'muted member-since' }, t('admin.member.joined', { time: dateTime(m.joinedAt) })),
    alert);
  if (!canAct && !(ctx.owner && !self)) return li;
  const actions = h('div', { class: 'actions member-actions' });
  const run = (label, action, attrs) => actionButton(label, action, alert, attrs);
  const name = m.displayName;
  if (canAct) {
    const minutes = muteSelect(uid('member-minutes'));
    actions.append(h('span', { class: 'inline-field' }, h('label', { for: minutes.id }, t('admin.mute.duration')), minutes));
    actions.append(run(t('admin.member.mute'), async () => {
      const result = await post(`/api/groups/${ctx.gid}/members/${id}/mute`, { minutes: Number(minutes.value), reason: '' });
      ctx.notify(`${t('admin.member.done.mute', { name })} ${t('admin.done.until', { time: dateTime(result.mutedUntil) })}`);
      await reload();
    }, { 'data-action': 'mute' }));
    if (muted) {
      actions.append(run(t('admin.member.unmute'), async () => {
        await post(`/api/groups/${ctx.gid}/members/${id}/unmute`, {});
        ctx.notify(t('admin.member.done.unmute', { name }));
        await reload();
      }, { 'data-action': 'unmute' }));
    }
    for (const kind of ['kick', 'ban']) {
      actions.append(run(t(`admin.member.${kind}`), async () => {
        const answer = await ask({
          title: t(`admin.confirm.${kind.toUpperCase()}.title`, { name }),
          message: t(`admin.confirm.${kind.toUpperCase()}.text`),
          confirm: t(`admin.member.${kind}`), reason: true, reasonRequired: true,
        });
        if (!answer) return;
        await post(`/api/groups/${ctx.gid}/members/${id}/${kind}`, { reason: answer.reason });
        ctx.names = null;
        ctx.notify(t(`admin.member.done.${kind}`, { name }));
        await reload();
      }, { 'data-action': kind, class: 'danger' }));
    }
  }
  if (ctx.owner && !self) {
    if (m.role === 'MEMBER') {
      actions.append(run(t('admin.member.promote'), async () => {
        await post(`/api/groups/${ctx.gid}/members/${id}/promote`, {});
        ctx.notify(t('admin.member.done.promote', { name }));
        await reload();
      }, { 'data-action': 'promote' }));
    } else if (m.role === 'ADMIN') {
      actions.append(run(t('admin.member.demote'), async () => {
        await post(`/api/groups/${ctx.gid}/members/${id}/demote`, {});
        ctx.notify(t('admin.member.done.demote', { name }));
        await reload();
      }, { 'data-action': 'demote' }));
    }
    actions.append(run(t('admin.member.transfer'), async () => {
      const answer = await ask({
        title: t('admin.confirm.transfer.title', { name }), message: t('admin.confirm.transfer.text'),
        confirm: t('admin.member.transfer'),
      });
      if (!answer) return;
      await post(`/api/groups/${ctx.gid}/members/${id}/transfer-ownership`, {});
      await ctx.rerender();
      document.getElementById('admin-notice')?.replaceChildren(t('admin.member.done.transfer', { name }));
      document.getElementById('admin-notice')?.removeAttribute('hidden');
    }, { 'data-action': 'transfer' }));
  }
  li.append(actions);
  return li;
}
