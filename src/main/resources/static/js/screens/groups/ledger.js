// Mutual-help groups: #/groups/{id}/ledger, my balance, who I owe, who owes me, and the whole group.
import { h, mount } from '../../dom.js';
import { get } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { empty, section } from '../../ui.js';
import { enc, myId } from './common.js';
import { groupHeader, loadGroup } from './header.js';

// ---------------------------------------------------------------------------------------------------------------
// #/groups/{id}/ledger: my balance, who I owe, who owes me, and the whole group

export async function ledgerScreen(view, [id]) {
  const group = await loadGroup(view, id, `/groups/${id}/ledger`);
  if (!group) return;
  const gid = group.id;
  const [all, me] = await Promise.all([
    get(`/api/groups/${enc(gid)}/ledger`),
    get(`/api/groups/${enc(gid)}/ledger/me?limit=100`),
  ]);
  const members = all.items || [];
  const iOwe = me.notHelpedBack || [];
  // Who owes me: counterparts I helped more often than they helped me, from my recent history.
  const tally = new Map();
  for (const e of me.history?.items || []) {
    const row = tally.get(e.counterpartId) || { name: e.counterpartName, gave: 0, got: 0 };
    if (e.direction === 'GAVE') row.gave += 1; else row.got += 1;
    tally.set(e.counterpartId, row);
  }
  const owesMe = [...tally.entries()].filter(([, r]) => r.gave > r.got);
  const balanceClass = me.balance > 0 ? 'positive' : me.balance < 0 ? 'negative' : 'zero';
  mount(view, groupHeader(group, 'ledger'),
    h('div', { id: 'ledger' },
      h('section', { class: 'card', id: 'ledger-me' },
        h('h2', null, t('ledger.mine')),
        h('div', { class: 'ledger-stats' },
          h('div', null, h('span', { class: 'stat-value', id: 'ledger-given' }, String(me.given)), h('span', { class: 'stat-label' }, t('ledger.given'))),
          h('div', null, h('span', { class: 'stat-value', id: 'ledger-received' }, String(me.received)), h('span', { class: 'stat-label' }, t('ledger.received'))),
          h('div', null, h('span', { class: `stat-value balance ${balanceClass}`, id: 'ledger-balance' }, me.balance > 0 ? `+${me.balance}` : String(me.balance)), h('span', { class: 'stat-label' }, t('ledger.balance')))),
        h('p', { class: 'hint' }, t('ledger.balanceHint'))),
      section(t('ledger.iOwe'), iOwe.length
        ? h('ul', { class: 'list', id: 'ledger-i-owe' }, iOwe.map((d) => h('li', null, h('strong', null, d.displayName), ' ',
          t('ledger.owe', { a: d.helpedMe, b: d.helpedThem }))))
        : empty(t('ledger.iOweNone'))),
      section(t('ledger.owesMe'), owesMe.length
        ? h('ul', { class: 'list', id: 'ledger-owes-me' }, owesMe.map(([, r]) => h('li', null, h('strong', null, r.name), ' ',
          t('ledger.owed', { a: r.gave, b: r.got }))))
        : empty(t('ledger.owesMeNone'))),
      section(t('ledger.history'), (me.history?.items || []).length
        ? h('ul', { class: 'list', id: 'ledger-history' }, me.history.items.map((e) => h('li', null,
          t(e.direction === 'GAVE' ? 'ledger.gave' : 'ledger.got', { name: e.counterpartName }),
          ' ', h('span', { class: 'tag' }, t(`source.${e.source}`)), ' ', h('span', { class: 'hint' }, dateTime(e.at)))))
        : empty(t('ledger.historyNone'), h('a', { class: 'button', href: `#/groups/${enc(gid)}/queue` }, t('group.queue')))),
      section(t('ledger.group'), h('div', { class: 'table-wrap' }, h('table', { class: 'ledger-table', id: 'ledger-group' },
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('ledger.member')), h('th', { scope: 'col' }, t('ledger.given')),
          h('th', { scope: 'col' }, t('ledger.received')), h('th', { scope: 'col' }, t('ledger.balance')))),
        h('tbody', null, members.map((m) => h('tr', { class: m.userId === myId() ? 'me' : null },
          h('th', { scope: 'row' }, m.displayName), h('td', null, String(m.given)), h('td', null, String(m.received)),
          h('td', null, m.balance > 0 ? `+${m.balance}` : String(m.balance))))))))));
}
