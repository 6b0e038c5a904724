// Group admin (#/groups/{id}/admin): helpers the tabs share (names, mute lengths, findings, the confirm dialog).
import { h, uid } from '../../dom.js';
import { get } from '../../api.js';
import { lang, t } from '../../i18n.js';

const MUTE_OPTIONS = [10, 60, 1440, 4320, 10080, 43200];
// ---------------------------------------------------------------------------------------------------------------
// Small helpers

export function short(id) {
  return String(id || '').slice(0, 8);
}

/** A name for a user id from the roster, or "成员 1a2b3c4d" when they are no longer in it. */
export function nameOf(names, id) {
  if (!id) return t('admin.system');
  return names.get(String(id)) || t('admin.someone', { id: short(id) });
}

export async function roster(gid) {
  const names = new Map();
  const members = [];
  let cursor = null;
  for (let page = 0; page < 10; page += 1) {
    const data = await get(`/api/groups/${gid}/members?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    for (const m of data.items || []) {
      members.push(m);
      names.set(String(m.userId), m.displayName);
    }
    cursor = data.nextCursor;
    if (!cursor) break;
  }
  return { names, members };
}

export function muteSelect(id, value = 60) {
  return h('select', { id, name: 'minutes' },
    MUTE_OPTIONS.map((m) => h('option', { value: m, selected: m === value }, t(`admin.mute.${m}`))));
}

export function findingType(type) {
  const key = `finding.${type}`;
  const text = t(key);
  return text === key ? type : text;
}

/** Findings from the review queue and audit log carry an English explanation; known rules get a Chinese one. */
export function findingExplanation(f) {
  if (lang() !== 'en') {
    const key = `finding.rule.${f.rule}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return f.explanation;
}

export function labelled(labelText, control, extraClass = '') {
  return h('div', { class: `field ${extraClass}` }, h('label', { for: control.id }, labelText), control);
}

/**
 * A modal confirmation (dialog#confirm-dialog): optional reason (textarea name=reason) and mute duration.
 * Resolves to {reason, minutes} or null when cancelled. Focus returns to the button that opened it.
 */
export function ask({ title, message, confirm, danger = true, reason = false, reasonRequired = false, reasonValue = '', minutes = null }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const titleId = uid('dialog-title');
    const reasonId = uid('reason');
    const reasonInput = reason ? h('textarea', {
      id: reasonId, name: 'reason', rows: 3, maxlength: 500, required: reasonRequired || null,
      'aria-describedby': `${reasonId}-error`,
    }, reasonValue) : null;
    const reasonError = h('p', { class: 'field-error', id: `${reasonId}-error`, hidden: true });
    const minutesSelect = minutes ? muteSelect(uid('minutes'), minutes) : null;
    const ok = h('button', { type: 'submit', class: danger ? 'danger' : 'primary', id: 'confirm-ok' }, confirm);
    const cancel = h('button', { type: 'button', id: 'confirm-cancel' }, t('common.cancel'));
    const body = h('form', { method: 'dialog', class: 'form', novalidate: true },
      h('h2', { id: titleId }, title),
      message ? h('p', null, message) : null,
      minutesSelect ? labelled(t('admin.mute.duration'), minutesSelect) : null,
      reasonInput ? h('div', { class: 'field' },
        h('label', { for: reasonId }, reasonRequired ? t('admin.reason.required') : t('admin.reason.optional')),
        reasonInput, reasonError) : null,
      h('div', { class: 'actions' }, ok, cancel));
    const dialog = h('dialog', { id: 'confirm-dialog', class: 'admin-dialog', 'aria-labelledby': titleId }, body);
    let result = null;
    body.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = reasonInput ? reasonInput.value.trim() : '';
      if (reasonRequired && !text) {
        reasonError.textContent = t('admin.reason.missing');
        reasonError.hidden = false;
        reasonInput.setAttribute('aria-invalid', 'true');
        reasonInput.focus();
        return;
      }
      result = { reason: text, minutes: minutesSelect ? Number(minutesSelect.value) : null };
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && document.contains(opener)) opener.focus();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    (reasonInput || ok).focus();
  });
}
