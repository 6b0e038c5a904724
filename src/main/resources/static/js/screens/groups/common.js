// Mutual-help groups: constants and helpers the group screens share.
import { h, mount, safeUrl } from '../../dom.js';
import { t } from '../../i18n.js';
import { session } from '../../ui.js';

export const REPORT_REASONS = ['SPAM', 'AD', 'PERSONAL_DATA', 'ABUSE', 'OFF_TOPIC', 'FRAUD', 'OTHER'];
export const PAGE = 50;

export const enc = encodeURIComponent;
export const isMod = (role) => role === 'OWNER' || role === 'ADMIN';
export const myId = () => session.me?.id;

export function externalLink(url, label) {
  const href = safeUrl(url);
  if (href === '#' || href.startsWith('#') || href.startsWith('/')) return h('span', { class: 'mono' }, label || url);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'external-link' }, label || url);
}

export function loginFirst(view, next) {
  mount(view, h('div', { class: 'empty' },
    h('p', null, t('groups.signInFirst')),
    h('a', { class: 'button primary', id: 'login-link', href: `#/login?next=${next}` }, t('nav.login'))));
}
