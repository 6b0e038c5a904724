// Group admin (#/groups/{id}/admin): settings, posting policy and invite.
import { h, mount } from '../../dom.js';
import { get, post, put } from '../../api.js';
import { t } from '../../i18n.js';
import { actionButton, alertBox, errorText, form, section } from '../../ui.js';
import { ask, labelled } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Settings, posting policy and invite

function withPlainFields(error) {
  // "linkAllowlist[2]" belongs under the allowlist field.
  if (error?.fields) error.fields = error.fields.map((f) => ({ ...f, field: String(f.field || '').replace(/\[\d+\]$/, '') }));
  return error;
}

export async function settingsTab(panel, ctx) {
  const g = ctx.group;
  const settings = form({
    id: 'group-settings-form',
    fields: [
      { name: 'name', label: t('admin.settings.name'), value: g.name, required: true, hint: t('admin.settings.nameHint'), attrs: { maxlength: 40 } },
      { name: 'description', label: t('admin.settings.description'), type: 'textarea', value: g.description, hint: t('admin.settings.descriptionHint') },
      { name: 'rules', label: t('admin.settings.rules'), type: 'textarea', rows: 8, value: g.rules, required: true, hint: t('admin.settings.rulesHint', { v: g.rulesVersion }) },
      { name: 'capacity', label: t('admin.settings.capacity'), type: 'number', value: g.capacity, hint: t('admin.settings.capacityHint', { n: g.memberCount }), attrs: { min: 2, max: 5000, inputmode: 'numeric' } },
      { name: 'joinApproval', label: t('admin.settings.joinApproval'), type: 'checkbox', value: g.joinApproval },
      { name: 'linkAllowlist', label: t('admin.settings.linkAllowlist'), type: 'textarea', value: (g.linkAllowlist || []).join('\n'), hint: t('admin.settings.linkAllowlistHint') },
    ],
    submit: t('common.save'),
    onSubmit: async (v) => {
      const capacity = v.capacity.trim() === '' ? null : Number(v.capacity);
      try {
        ctx.group = await put(`/api/groups/${ctx.gid}`, {
          name: v.name, description: v.description, rules: v.rules,
          capacity: Number.isInteger(capacity) ? capacity : -1,
          joinApproval: v.joinApproval,
          linkAllowlist: v.linkAllowlist.split(/[\s,，]+/).map((d) => d.trim()).filter(Boolean),
        });
      } catch (error) {
        throw withPlainFields(error);
      }
      ctx.notify(t('admin.settings.saved', { v: ctx.group.rulesVersion }));
      document.getElementById('admin-notice')?.focus();
    },
  });

  const policyNote = h('p', { class: 'hint' }, ctx.owner ? t('admin.policies.lead') : t('admin.policies.ownerOnly'));
  const policyBox = h('div', null, h('p', { class: 'loading' }, t('common.loading')));

  const code = h('span', { class: 'mono', id: 'invite-code' }, g.inviteCode);
  const linkInput = h('input', { id: 'invite-link', type: 'text', readonly: true, value: g.inviteLink });
  const qr = h('img', {
    id: 'invite-qr', class: 'invite-qr', width: 200, height: 200, alt: t('admin.invite.qrAlt'),
    src: `/api/groups/${ctx.gid}/invite/qr.png?size=320&v=${encodeURIComponent(g.inviteCode)}`,
  });
  const inviteAlert = alertBox();
  const copy = actionButton(t('admin.invite.copy'), async () => {
    await navigator.clipboard.writeText(linkInput.value);
    ctx.notify(t('admin.invite.copied'));
  }, inviteAlert, { id: 'copy-invite' });
  const rotate = actionButton(t('admin.invite.rotate'), async () => {
    const answer = await ask({ title: t('admin.invite.rotateTitle'), message: t('admin.invite.rotateText'), confirm: t('admin.invite.rotate') });
    if (!answer) return;
    const invite = await post(`/api/groups/${ctx.gid}/invite/rotate`, {});
    ctx.group = { ...ctx.group, inviteCode: invite.inviteCode, inviteLink: invite.inviteLink };
    code.textContent = invite.inviteCode;
    linkInput.value = invite.inviteLink;
    qr.setAttribute('src', `/api/groups/${ctx.gid}/invite/qr.png?size=320&v=${encodeURIComponent(invite.inviteCode)}`);
    ctx.notify(t('admin.invite.rotated'));
  }, inviteAlert, { id: 'rotate-invite', class: 'danger' });

  mount(panel,
    section(t('admin.settings.title'), settings),
    section(t('admin.policies.title'), policyNote, policyBox),
    section(t('admin.invite.title'),
      h('p', { class: 'hint' }, t('admin.invite.lead')),
      inviteAlert,
      h('dl', { class: 'facts' }, h('dt', null, t('admin.invite.code')), h('dd', null, code)),
      labelled(t('admin.invite.link'), linkInput),
      h('div', { class: 'invite-qr-box' }, qr),
      h('div', { class: 'actions' }, copy, rotate)));

  try {
    const p = await get(`/api/groups/${ctx.gid}/policies`);
    const policies = form({
      id: 'policies-form',
      fields: [
        { name: 'helpBeforePost', label: t('admin.policies.helpBeforePost'), type: 'number', value: p.helpBeforePost ?? 0, hint: t('admin.policies.helpBeforePostHint'), attrs: { min: 0, max: 100, inputmode: 'numeric', disabled: !ctx.owner } },
        { name: 'maxPostsPerDay', label: t('admin.policies.maxPostsPerDay'), type: 'number', value: p.maxPostsPerDay ?? 0, hint: t('admin.policies.maxPostsPerDayHint'), attrs: { min: 0, max: 100, inputmode: 'numeric', disabled: !ctx.owner } },
        { name: 'balanceFloor', label: t('admin.policies.balanceFloor'), type: 'number', value: p.balanceFloor ?? '', hint: t('admin.policies.balanceFloorHint'), attrs: { min: -10000, max: 10000, disabled: !ctx.owner } },
      ],
      submit: t('common.save'),
      onSubmit: async (v) => {
        const num = (s) => (String(s).trim() === '' ? null : Number(s));
        await put(`/api/groups/${ctx.gid}/policies`, {
          helpBeforePost: num(v.helpBeforePost) ?? 0,
          maxPostsPerDay: num(v.maxPostsPerDay) ?? 0,
          balanceFloor: num(v.balanceFloor),
        });
        ctx.notify(t('admin.policies.saved'));
        document.getElementById('admin-notice')?.focus();
      },
    });
    if (!ctx.owner) policies.querySelector('button[type="submit"]').disabled = true;
    mount(policyBox, policies);
  } catch (error) {
    mount(policyBox, h('p', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}
