// Building DOM nodes without HTML strings: every text goes through a Text node, so user content can never become
// markup. Never use innerHTML with anything that came from the server or the user.

/** h('button', {type: 'button', onclick: fn, class: 'x'}, 'text', childNode, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'href' || key === 'src') {
      el.setAttribute(key, safeUrl(value));
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Only same-origin paths, fragments, http(s) and data:image URLs; anything else (javascript:, ...) becomes '#'. */
export function safeUrl(value) {
  const s = String(value);
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  if (/^data:image\/png;base64,/i.test(s)) return s;
  try {
    const url = new URL(s, location.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** Exact money from integer cents: 1234 -> "¥12.34". Never floating point. */
export function money(cents) {
  const n = BigInt(cents ?? 0);
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  const yuan = abs / 100n;
  const fen = (abs % 100n).toString().padStart(2, '0');
  return `${sign}¥${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
}

/** Parses "12.34" (yuan) into integer cents exactly, or null. */
export function parseYuan(text) {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(String(text));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0'));
}

let idCounter = 0;
/** A unique element id, for label/for and aria-describedby pairs. */
export function uid(prefix = 'f') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
