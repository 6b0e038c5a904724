// Group admin (#/groups/{id}/admin): announcements and tips.
import { h, mount } from '../../dom.js';
import { del, get, post } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { actionButton, alertBox, empty, errorText, form, section } from '../../ui.js';
import { ask } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Announcements and tips

export async function boardTab(panel, ctx) {
  const announcements = h('ul', { class: 'list board-list', id: 'announcements' });
  const tips = h('ul', { class: 'list board-list', id: 'tips' });
  const board = (kind, path, list, formId) => {
    const load = async () => {
      mount(list, h('li', { class: 'loading' }, t('common.loading')));
      try {
        const items = await get(`/api/groups/${ctx.gid}/${path}`);
        if (!items.length) {
          mount(list, h('li', null, empty(t(`admin.board.${kind}.empty`))));
          return;
        }
        mount(list, items.map((item) => {
          const alert = alertBox();
          return h('li', { class: `board-item ${kind}`, dataset: { itemId: item.id } },
            h('h3', { class: 'board-title' }, item.title, item.pinned ? h('span', { class: 'tag' }, ` ${t('admin.board.pinned')}`) : null),
            h('p', { class: 'pre' }, item.body),
            h('p', { class: 'muted' }, t('admin.board.by', { name: item.authorName, time: dateTime(item.createdAt) })),
            alert,
            h('div', { class: 'actions' }, actionButton(t('admin.board.delete'), async () => {
              const answer = await ask({ title: t('admin.board.deleteTitle', { title: item.title }), confirm: t('admin.board.delete') });
              if (!answer) return;
              await del(`/api/groups/${ctx.gid}/${path}/${item.id}`);
              ctx.notify(t('admin.board.deleted'));
              await load();
            }, alert, { class: 'danger', 'data-action': 'delete' })));
        }));
      } catch (error) {
        mount(list, h('li', { class: 'alert', role: 'alert' }, errorText(error)));
      }
    };
    const f = form({
      id: formId,
      fields: [
        { name: 'title', label: t('admin.board.titleLabel'), required: true, attrs: { maxlength: 100 } },
        { name: 'body', label: t('admin.board.body'), type: 'textarea', rows: 4, required: true, attrs: { maxlength: 2000 } },
        { name: 'pinned', label: t('admin.board.pin'), type: 'checkbox', value: false },
      ],
      submit: t(`admin.board.${kind}.submit`),
      onSubmit: async (v) => {
        await post(`/api/groups/${ctx.gid}/${path}`, { title: v.title.trim(), body: v.body.trim(), pinned: v.pinned });
        f.reset();
        ctx.notify(t(`admin.board.${kind}.posted`));
        await load();
      },
    });
    return { form: f, load };
  };
  const a = board('announcement', 'announcements', announcements, 'announcement-form');
  const tp = board('tip', 'tips', tips, 'tip-form');
  mount(panel,
    section(t('admin.board.announcement.title'), h('p', { class: 'hint' }, t('admin.board.announcement.lead')), a.form, announcements),
    section(t('admin.board.tip.title'), h('p', { class: 'hint' }, t('admin.board.tip.lead')), tp.form, tips));
  await Promise.all([a.load(), tp.load()]);
}
