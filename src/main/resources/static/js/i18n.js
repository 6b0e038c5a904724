// Messages in zh-CN (first) and English. Each screen module registers its own messages with register();
// t(key, params) looks up the current language, then zh-CN, then shows the key (a missing message is visible).

const LANGS = ['zh-CN', 'en'];
const messages = { 'zh-CN': {}, en: {} };
let current = LANGS.includes(localStorage.getItem('huzhu.lang')) ? localStorage.getItem('huzhu.lang') : 'zh-CN';

/**
 * Adds messages. A key belongs to one module: registering it again with another text is a mistake (the later
 * module would silently reword the earlier one's screens), reported on the console so the browser tests fail.
 * Messages several screens share live in messages.js.
 */
export function register(table) {
  for (const lang of LANGS) {
    for (const [key, text] of Object.entries(table[lang] || {})) {
      if (key in messages[lang] && messages[lang][key] !== text) {
        console.error(`i18n: message ${key} (${lang}) registered twice with different texts`);
      }
      messages[lang][key] = text;
    }
  }
}

export function lang() {
  return current;
}

export function setLang(next) {
  if (!LANGS.includes(next) || next === current) return;
  current = next;
  localStorage.setItem('huzhu.lang', next);
  document.documentElement.lang = next;
  window.dispatchEvent(new CustomEvent('huzhu:lang'));
}

export function t(key, params) {
  let text = messages[current][key] ?? messages['zh-CN'][key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  }
  return text;
}

/** A date-time in the reader's language, in Beijing time (the zone the rules use). */
export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, {
    dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

/** "3 小时 12 分" / "3 h 12 min" until the instant, or the expired label. */
export function countdown(iso, now = Date.now()) {
  let ms = new Date(iso).getTime() - now;
  if (ms <= 0) return t('time.ended');
  const days = Math.floor(ms / 86400000); ms -= days * 86400000;
  const hours = Math.floor(ms / 3600000); ms -= hours * 3600000;
  const minutes = Math.floor(ms / 60000); ms -= minutes * 60000;
  const seconds = Math.floor(ms / 1000);
  if (days > 0) return t('time.dh', { d: days, h: hours });
  if (hours > 0) return t('time.hm', { h: hours, m: minutes });
  return t('time.ms', { m: minutes, s: seconds });
}

register({
  'zh-CN': {
    'time.ended': '已结束', 'time.dh': '{d} 天 {h} 小时', 'time.hm': '{h} 小时 {m} 分', 'time.ms': '{m} 分 {s} 秒',
  },
  en: {
    'time.ended': 'ended', 'time.dh': '{d} d {h} h', 'time.hm': '{h} h {m} min', 'time.ms': '{m} min {s} s',
  },
});
