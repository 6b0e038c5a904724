// Mutual-help groups: #/g/{code}, what a group shows before joining.
import { h, mount } from '../../dom.js';
import { get, post } from '../../api.js';
import { dateTime, lang, t } from '../../i18n.js';
import { alertBox, empty, errorText, loading, session } from '../../ui.js';
import { go } from '../../nav.js';
import { enc } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// #/g/{code}: what the group shows before joining

function safetyScore(score) {
  if (!score) return h('p', { class: 'muted' }, t('safety.unavailable'));
  const level = score.score >= 80 ? 'good' : score.score >= 60 ? 'fair' : 'poor';
  return h('div', { class: `safety safety-${level}` },
    h('p', { class: 'safety-total' }, h('strong', { class: 'safety-value' }, String(score.score)), ' / 100 · ', t(`safety.${level}`)),
    h('ul', { class: 'list safety-components' }, (score.components || []).map((c) => h('li', { class: 'safety-component', dataset: { name: c.name } },
      h('div', { class: 'safety-row' },
        h('span', { class: 'safety-name' }, t(`safety.c.${c.name}`) === `safety.c.${c.name}` ? c.name : t(`safety.c.${c.name}`)),
        h('span', { class: 'safety-points' }, t('safety.points', { p: Number(c.points).toFixed(1).replace(/\.0$/, ''), w: c.weight }))),
      h('p', { class: 'hint' }, lang() === 'zh-CN' ? c.explanationZh : c.explanationEn)))));
}

export async function preview(view, [code]) {
  if (!session.me) {
    mount(view, h('h1', null, t('join.title')),
      h('div', { class: 'empty' },
        h('p', null, t('join.signIn')),
        h('a', { class: 'button primary', id: 'login-link', href: `#/login?next=/g/${enc(code)}` }, t('nav.login')),
        ' ', h('a', { class: 'button', href: `#/register` }, t('nav.register'))));
    return;
  }
  loading(view);
  let group;
  try {
    group = await get(`/api/groups/preview?code=${enc(code)}`);
  } catch (error) {
    mount(view, h('h1', null, t('join.title')),
      h('p', { class: 'alert', role: 'alert' }, errorText(error)),
      empty(t('join.checkCode'), h('a', { class: 'button', href: '#/groups' }, t('join.back'))));
    return;
  }
  const [score, mine] = await Promise.all([
    get(`/api/groups/${enc(group.id)}/safety-score?code=${enc(code)}`).catch(() => null),
    get('/api/groups/mine').catch(() => []),
  ]);
  const member = (mine.items || mine).some((g) => g.id === group.id);
  const alert = alertBox();
  const outcome = h('div', { id: 'join-outcome', role: 'status' });
  const button = h('button', { type: 'button', class: 'primary', id: 'join-confirm' },
    member ? t('join.open') : group.joinApproval ? t('join.request') : t('join.confirm'));
  button.addEventListener('click', async () => {
    if (member) { go(`/groups/${group.id}`); return; }
    alert.clear();
    button.disabled = true;
    try {
      const result = await post('/api/groups/join', { inviteCode: code, acceptRules: true });
      if (result.status === 'ACTIVE') {
        go(`/groups/${result.groupId}`);
        return;
      }
      mount(outcome, h('p', { class: 'notice', id: 'join-pending' }, t('join.pending')),
        h('a', { href: '#/groups' }, t('join.back')));
      button.hidden = true;
    } catch (error) {
      if (error.code === 'ALREADY_MEMBER') {
        go(`/groups/${group.id}`);
        return;
      }
      alert.show(errorText(error));
    } finally {
      button.disabled = false;
    }
  });
  mount(view,
    h('h1', { id: 'group-name' }, group.name),
    group.description ? h('p', { class: 'pre group-description' }, group.description) : null,
    h('dl', { class: 'facts card' },
      h('dt', null, t('join.memberCount')), h('dd', { id: 'group-member-count' }, t('groups.members', { n: group.memberCount, cap: group.capacity })),
      h('dt', null, t('join.admins')), h('dd', null, (group.admins || []).map((a) => t('join.adminEntry', { name: a.displayName, role: t(`groupRole.${a.role}`) })).join(t('join.listSep')) || '—'),
      h('dt', null, t('join.since')), h('dd', null, dateTime(group.createdAt)),
      h('dt', null, t('join.approval')), h('dd', null, group.joinApproval ? t('join.approvalYes') : t('join.approvalNo'))),
    h('section', { class: 'card', id: 'group-rules' },
      h('h2', null, t('join.rules', { v: group.rulesVersion })),
      h('p', { class: 'pre rules-text' }, group.rules),
      h('p', { class: 'hint mono' }, t('join.rulesHash', { hash: String(group.rulesHash || '').slice(0, 16) }))),
    h('section', { class: 'card', id: 'group-safety-score' }, h('h2', null, t('safety.title')), safetyScore(score)),
    h('div', { class: 'card join-box' },
      h('p', { class: member ? 'notice' : null }, member ? t('join.already') : t('join.accept')),
      alert, outcome,
      h('div', { class: 'actions' }, button, h('a', { class: 'button', href: '#/groups' }, t('common.cancel')))));
}
