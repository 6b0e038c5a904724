// Group feed: the composer — a text message, one of my open tasks, an external assist link, a success story — with
// the safety pipeline's refusals shown where they apply (and the refused span selected) and holds explained.
import { h } from '../../dom.js';
import { post } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { form, taskAmount } from '../../ui.js';
import { enc } from './common.js';
import { rejectionText } from './items.js';
import { composerRules } from '../helpqueue.js';

/** Moves API field errors to the names the form uses (the API's "link" is the form's "url"). */
function renameFields(error, map) {
  if (error && Array.isArray(error.fields)) {
    error.fields = error.fields.map((f) => (map[f.field] ? { ...f, field: map[f.field] } : f));
  }
  return error;
}

/**
 * The composer for the group (or the muted notice); onPosted(formEl, sent, masked) shows what was sent. Returns
 * {element, messageInput}.
 */
export function composer(group, tasks, onPosted) {
  const gid = group.id;
  const muted = group.myMutedUntil && new Date(group.myMutedUntil).getTime() > Date.now();
  const messageForm = form({
    id: 'message-form',
    fields: [{ name: 'text', label: t('compose.text'), type: 'textarea', rows: 2, required: true, attrs: { maxlength: 2000 } }],
    submit: t('compose.send'),
    onSubmit: async (v) => {
      if (!v.text.trim()) throw { fields: [{ field: 'text', reason: 'REQUIRED' }] };
      try {
        const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'TEXT', text: v.text });
        messageForm.inputs.text.value = '';
        onPosted(messageForm, sent, sent.text !== null && sent.text !== v.text.trim() && sent.text !== v.text);
      } catch (error) {
        if (error.code === 'CONTENT_REJECTED') {
          messageForm.alert.show(rejectionText(error));
          const f = (error.problem?.findings || [])[0];
          if (f && Number.isInteger(f.start)) {
            messageForm.inputs.text.setAttribute('aria-invalid', 'true');
            messageForm.inputs.text.focus();
            messageForm.inputs.text.setSelectionRange(f.start, f.end);
          }
          return;
        }
        throw error;
      }
    },
  });
  const openTasks = (tasks.items || []).filter((x) => x.status === 'OPEN');
  const taskForm = form({
    id: 'post-task-form',
    fields: [
      {
        name: 'taskId', label: t('compose.task'), type: 'select',
        options: openTasks.length
          ? openTasks.map((x) => ({ value: x.id, label: `${x.title} · ${t('card.remaining')} ${taskAmount(x.unit, x.remaining)}` }))
          : [{ value: '', label: t('compose.noTasks') }],
        hint: openTasks.length ? t('compose.taskHint') : null,
      },
      { name: 'text', label: t('compose.note'), attrs: { maxlength: 500 } },
    ],
    submit: t('compose.postTask'),
    extra: openTasks.length ? null : h('p', { class: 'hint' }, t('compose.noTasksHint'), ' ', h('a', { href: '#/campaigns' }, t('nav.campaigns'))),
    onSubmit: async (v) => {
      if (!v.taskId) throw { fields: [{ field: 'taskId', reason: 'REQUIRED' }] };
      const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'TASK', taskId: v.taskId, text: v.text.trim() || null })
        .catch((error) => { throw renameFields(error, { text: 'text' }); });
      taskForm.inputs.text.value = '';
      onPosted(taskForm, sent);
    },
  });
  const linkForm = form({
    id: 'post-link-form',
    fields: [
      { name: 'url', label: t('compose.url'), type: 'url', required: true, hint: t('compose.urlHint', { domains: (group.linkAllowlist || []).join('、') || t('compose.anyKnown') }), attrs: { inputmode: 'url', autocomplete: 'off' } },
      { name: 'note', label: t('compose.note'), attrs: { maxlength: 500 } },
    ],
    submit: t('compose.postLink'),
    onSubmit: async (v) => {
      if (!v.url.trim()) throw { fields: [{ field: 'url', reason: 'REQUIRED' }] };
      try {
        const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'LINK', link: v.url.trim(), text: v.note.trim() || null });
        linkForm.inputs.url.value = '';
        linkForm.inputs.note.value = '';
        onPosted(linkForm, sent);
      } catch (error) {
        if (error.code === 'CONTENT_REJECTED') { linkForm.alert.show(rejectionText(error)); return; }
        throw renameFields(error, { link: 'url', text: 'note' });
      }
    },
  });
  const doneTasks = (tasks.items || []).filter((x) => ['SUCCEEDED', 'CLAIMED', 'SETTLED'].includes(x.status));
  const successForm = form({
    id: 'post-success-form',
    fields: [
      { name: 'text', label: t('compose.story'), type: 'textarea', rows: 2, required: true, hint: t('compose.storyHint'), attrs: { maxlength: 2000 } },
      {
        name: 'taskId', label: t('compose.storyTask'), type: 'select',
        options: [{ value: '', label: t('compose.storyNoTask') }, ...doneTasks.map((x) => ({ value: x.id, label: x.title }))],
      },
    ],
    submit: t('compose.postStory'),
    onSubmit: async (v) => {
      if (!v.text.trim()) throw { fields: [{ field: 'text', reason: 'REQUIRED' }] };
      try {
        const sent = await post(`/api/groups/${enc(gid)}/messages`, { kind: 'SUCCESS', text: v.text, taskId: v.taskId || null });
        successForm.inputs.text.value = '';
        onPosted(successForm, sent);
      } catch (error) {
        if (error.code === 'CONTENT_REJECTED') { successForm.alert.show(rejectionText(error)); return; }
        throw error;
      }
    },
  });
  const element = muted
    ? h('p', { class: 'notice', id: 'muted-note' }, t('compose.muted', { until: dateTime(group.myMutedUntil) }))
    : h('section', { class: 'card composer', id: 'composer' },
      h('h2', null, t('compose.title')), messageForm,
      h('h3', null, t('compose.taskTitle')), composerRules(gid), taskForm,
      h('h3', null, t('compose.linkTitle')), linkForm,
      h('h3', null, t('compose.storyTitle')), successForm);
  return { element, messageInput: messageForm.inputs.text };
}
