// Mutual-help groups: #/groups, my groups, create a group, join by code.
import { h, mount } from '../../dom.js';
import { get, post } from '../../api.js';
import { lang, t } from '../../i18n.js';
import { empty, form, loading, section, session } from '../../ui.js';
import { go } from '../../nav.js';
import { enc, loginFirst } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// #/groups: my groups, create a group, join by code

export async function groupsHome(view) {
  if (!session.me) return loginFirst(view, '/groups');
  loading(view);
  const [mine, templates] = await Promise.all([
    get('/api/groups/mine'),
    get(`/api/groups/rule-templates?lang=${enc(lang())}`).catch(() => []),
  ]);
  const items = mine.items || mine;
  const list = items.length
    ? h('ul', { class: 'list group-list', id: 'my-groups' }, items.map((g) => h('li', { class: 'group-item' },
      h('a', { class: 'group-link', href: `#/groups/${enc(g.id)}` }, g.name),
      h('span', { class: 'muted group-meta' }, ' ', t('groups.members', { n: g.memberCount, cap: g.capacity })),
      g.myRole !== 'MEMBER' ? h('span', { class: 'tag' }, t(`groupRole.${g.myRole}`)) : null)))
    : empty(t('groups.none'));

  const allRules = templates.map((tp) => `${tp.title}:${tp.text}`).join('\n');
  const templateOptions = [
    ...(templates.length ? [{ value: 'all', label: t('groups.templateAll') }] : []),
    ...templates.map((tp) => ({ value: tp.id, label: tp.title })),
    { value: 'custom', label: t('groups.templateCustom') },
  ];
  const create = form({
    id: 'create-group-form',
    fields: [
      { name: 'name', label: t('groups.name'), required: true, hint: t('groups.nameHint'), attrs: { maxlength: 40 } },
      { name: 'description', label: t('groups.description'), type: 'textarea', rows: 2, hint: t('groups.descriptionHint'), attrs: { maxlength: 500 } },
      { name: 'template', label: t('groups.template'), type: 'select', options: templateOptions, value: templates.length ? 'all' : 'custom', hint: t('groups.templateHint') },
      { name: 'rules', label: t('groups.rules'), type: 'textarea', rows: 5, value: allRules, required: true, attrs: { maxlength: 4000 } },
      { name: 'joinApproval', label: t('groups.joinApproval'), type: 'checkbox' },
    ],
    submit: t('groups.create'),
    onSubmit: async (v) => {
      const created = await post('/api/groups', {
        name: v.name.trim(), description: v.description.trim(), rules: v.rules.trim(), joinApproval: v.joinApproval,
      });
      go(`/groups/${created.id}`);
    },
  });
  create.inputs.template.addEventListener('change', () => {
    const value = create.inputs.template.value;
    if (value === 'all') create.inputs.rules.value = allRules;
    else if (value !== 'custom') {
      const tp = templates.find((x) => x.id === value);
      if (tp) create.inputs.rules.value = `${tp.title}:${tp.text}`;
    }
  });

  const join = form({
    id: 'join-form',
    fields: [{ name: 'code', label: t('groups.code'), required: true, hint: t('groups.codeHint'), attrs: { autocomplete: 'off', autocapitalize: 'characters' } }],
    submit: t('groups.lookUp'),
    onSubmit: async (v) => {
      // Accept the bare code or a pasted invite link (…/g/CODE or …#/g/CODE).
      const raw = v.code.trim();
      const fromLink = /\/g\/([A-Za-z0-9_-]+)\/?$/.exec(raw);
      const code = fromLink ? fromLink[1] : raw;
      if (!/^[A-Za-z0-9_-]{3,64}$/.test(code)) {
        throw { fields: [{ field: 'code', reason: raw ? 'INVALID' : 'REQUIRED' }] };
      }
      go(`/g/${enc(code)}`);
    },
  });

  mount(view, h('h1', null, t('groups.title')),
    section(t('groups.mine'), list),
    section(t('groups.joinTitle'), join),
    section(t('groups.createTitle'), create));
}
