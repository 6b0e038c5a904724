// Shared pieces of screens: forms whose errors appear next to the field that caused them, messages keyed on the
// API's stable error codes, empty states that say what to do, and the current session.
import { h, money, mount, uid } from './dom.js';
import { lang, register, t } from './i18n.js';
import { ApiError } from './api.js';

/** The signed-in account (GET /api/me) or null; set by app.js. */
export const session = { me: null };

export function isOperator() {
  const roles = session.me?.roles || [];
  return roles.includes('OPERATOR') || roles.includes('ADMIN');
}

/** A message a person understands, in their language, for any failure. A message may name the problem's extra
 * properties ({reasonZh}, {assistsUnderReview}, ...). */
export function errorText(error) {
  if (error instanceof ApiError) {
    // The guardrails' refusals carry their own sentence (the limit and when it resets) in both languages.
    if (error.problem?.guardrail) return bilingual(error.problem.reasonZh, error.problem.reasonEn);
    const key = `error.${error.code}`;
    const text = t(key, error.problem);
    if (text !== key) return text;
    return error.detail || t('error.generic');
  }
  return t('error.generic');
}

/** field.<field>.<reason>, then field.<reason>, then the server's English message. */
export function fieldText(fieldError) {
  const leaf = String(fieldError.field || '').split('.').pop();
  for (const key of [`field.${leaf}.${fieldError.reason}`, `field.${fieldError.reason}`]) {
    const text = t(key);
    if (text !== key) return text;
  }
  return fieldError.message || t('error.generic');
}

/** An alert box (role=alert) to put above a form or in a view; empty until show(). */
export function alertBox() {
  const box = h('p', { class: 'alert', role: 'alert', hidden: true });
  box.show = (message) => { box.textContent = message; box.hidden = false; };
  box.clear = () => { box.textContent = ''; box.hidden = true; };
  return box;
}

/**
 * form({fields: [{name, label, type, value, hint, required, options, rows, attrs}], submit, onSubmit(values)}).
 * onSubmit may throw an ApiError: its field errors go under their fields (matched by name, also for nested
 * names such as "terms.startPriceCents"), the rest in the form's alert.
 */
export function form({ fields, submit, onSubmit, id, extra }) {
  const alert = alertBox();
  const inputs = {};
  const errors = {};
  const rows = fields.map((f) => {
    const inputId = uid(f.name.replace(/\W/g, '-'));
    const errorId = `${inputId}-error`;
    const hintId = f.hint ? `${inputId}-hint` : null;
    let input;
    const common = {
      id: inputId, name: f.name, required: f.required || null,
      'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
      ...(f.attrs || {}),
    };
    if (f.type === 'textarea') {
      input = h('textarea', { ...common, rows: f.rows || 3 }, f.value ?? '');
    } else if (f.type === 'select') {
      input = h('select', common, f.options.map((o) => h('option', { value: o.value, selected: o.value === f.value }, o.label)));
    } else if (f.type === 'checkbox') {
      input = h('input', { ...common, type: 'checkbox', checked: !!f.value });
    } else {
      input = h('input', { ...common, type: f.type || 'text', value: f.value ?? '' });
    }
    inputs[f.name] = input;
    errors[f.name] = h('p', { class: 'field-error', id: errorId, hidden: true });
    return h('div', { class: `field ${f.type === 'checkbox' ? 'check' : ''}` },
      h('label', { for: inputId }, f.label),
      input,
      f.hint ? h('p', { class: 'hint', id: hintId }, f.hint) : null,
      errors[f.name]);
  });
  const button = h('button', { type: 'submit', class: 'primary' }, submit);
  const el = h('form', { class: 'form', id, novalidate: true }, alert, rows, extra || null, h('div', { class: 'actions' }, button));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.clear();
    for (const [name, p] of Object.entries(errors)) { p.hidden = true; p.textContent = ''; inputs[name].removeAttribute('aria-invalid'); }
    const values = {};
    for (const [name, input] of Object.entries(inputs)) values[name] = input.type === 'checkbox' ? input.checked : input.value;
    button.disabled = true;
    try {
      await onSubmit(values);
    } catch (error) {
      let placed = false;
      for (const fe of error?.fields || []) {
        const name = Object.keys(errors).find((n) => fe.field === n || fe.field?.endsWith(`.${n}`) || n.endsWith(`.${fe.field}`));
        if (name) {
          errors[name].textContent = fieldText(fe);
          errors[name].hidden = false;
          inputs[name].setAttribute('aria-invalid', 'true');
          placed = true;
        }
      }
      alert.show(placed ? t('error.fixFields') : errorText(error));
      if (!placed) alert.focus?.();
    } finally {
      button.disabled = false;
    }
  });
  el.inputs = inputs;
  el.alert = alert;
  return el;
}

/** A task's amount: exact money for CENTS, a count of assists for ASSISTS. */
export function taskAmount(unit, value) {
  return unit === 'ASSISTS' ? t('unit.assists', { n: value }) : money(value);
}

/** A sentence the API gives in both languages (reasonZh / reasonEn), in the reader's. */
export function bilingual(zh, en) {
  return (lang() === 'en' ? en || zh : zh || en) || '';
}

/** Width of a progress bar in percent, from integers, clamped to 0..100. */
export function percent(progress, target) {
  const p = Number(progress) || 0;
  const total = Number(target) || 0;
  if (total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.floor((p * 100) / total)));
}

/** A local check's failure in the shape form() places under the field, before anything is sent. */
export function invalid(field, reason = 'REQUIRED') {
  const error = new Error(`${field} ${reason}`);
  error.fields = [{ field, reason }];
  return error;
}

/** An empty state: what is missing and what to do about it. */
export function empty(text, action) {
  return h('div', { class: 'empty' }, h('p', null, text), action || null);
}

export function loading(view) {
  mount(view, h('p', { class: 'loading', role: 'status' }, t('common.loading')));
}

/** Shows a failure in place of a screen. */
export function failed(view, error) {
  mount(view, h('div', { class: 'empty' }, h('p', { role: 'alert', class: 'alert' }, errorText(error)),
    h('a', { href: '#/' }, t('common.home'))));
}

export function section(title, ...children) {
  return h('section', { class: 'card' }, h('h2', null, title), children);
}

/** A button that runs an async action, disabled while it runs, errors shown in the given alert box. */
export function actionButton(label, action, alert, attrs = {}) {
  const button = h('button', { type: 'button', ...attrs }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    alert?.clear();
    try {
      await action();
    } catch (error) {
      if (alert) alert.show(errorText(error)); else window.alert(errorText(error));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

register({
  'zh-CN': {
    'common.loading': '加载中…', 'common.home': '回到首页', 'common.save': '保存', 'common.cancel': '取消', 'common.more': '加载更多',
    'error.generic': '出了点问题,请稍后再试。', 'error.fixFields': '请修改下面标出的内容。',
    'error.NETWORK': '网络连接失败,请检查网络后重试。',
    'error.UNAUTHENTICATED': '请先登录。', 'error.BAD_CREDENTIALS': '用户名或密码不对。',
    'error.TOKEN_INVALID': '登录已过期,请重新登录。', 'error.FORBIDDEN': '你没有权限做这件事。',
    'error.CSRF_INVALID': '页面的安全令牌已过期,请刷新页面后再试。',
    'error.ACCOUNT_RESTRICTED': '你的账号目前只能浏览,不能发布或操作。', 'error.ACCOUNT_BANNED': '你的账号已被封禁。',
    'error.USERNAME_TAKEN': '这个用户名已被占用,换一个吧。', 'error.RATE_LIMITED': '操作太频繁,请稍等一会儿再试。',
    'error.VALIDATION_FAILED': '有些内容填写得不对。', 'error.MALFORMED_REQUEST': '请求格式有误。',
    'error.PAYLOAD_TOO_LARGE': '内容太长了。', 'error.NOT_FOUND': '没有找到。',
    'error.IDEMPOTENCY_IN_PROGRESS': '上一次操作还在处理,请稍候。',
  },
  en: {
    'common.loading': 'Loading…', 'common.home': 'Back to home', 'common.save': 'Save', 'common.cancel': 'Cancel', 'common.more': 'Load more',
    'error.generic': 'Something went wrong; please try again shortly.', 'error.fixFields': 'Please correct the fields marked below.',
    'error.NETWORK': 'Could not reach Huzhu; check your connection and try again.',
    'error.UNAUTHENTICATED': 'Please sign in first.', 'error.BAD_CREDENTIALS': 'Wrong username or password.',
    'error.TOKEN_INVALID': 'Your session has expired; please sign in again.', 'error.FORBIDDEN': 'You may not do this.',
    'error.CSRF_INVALID': "The page's security token is stale; reload the page and try again.",
    'error.ACCOUNT_RESTRICTED': 'Your account can only read for now.', 'error.ACCOUNT_BANNED': 'Your account is banned.',
    'error.USERNAME_TAKEN': 'That username is taken; try another.', 'error.RATE_LIMITED': 'Too many attempts; wait a moment and try again.',
    'error.VALIDATION_FAILED': 'Some fields are not right.', 'error.MALFORMED_REQUEST': 'The request was malformed.',
    'error.PAYLOAD_TOO_LARGE': 'That is too long.', 'error.NOT_FOUND': 'Not found.',
    'error.IDEMPOTENCY_IN_PROGRESS': 'The previous attempt is still being processed; wait a moment.',
  },
});
