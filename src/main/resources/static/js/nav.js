// Navigation and the session, for screens: they import these from here rather than from app.js, so that no screen
// imports the router that imports it. app.js registers the router (onRoute) and redraws the chrome on
// 'huzhu:session'.
import { get } from './api.js';
import { session } from './ui.js';

let router = null;

/** Called once by app.js with its route function. */
export function onRoute(fn) {
  router = fn;
}

/** Navigates to a fragment path; re-renders even when it is the current one. */
export function go(path) {
  if (location.hash === `#${path}`) router?.(); else location.hash = path;
}

/** Reloads the signed-in account (GET /api/me) and lets the chrome redraw. */
export async function refreshSession() {
  try {
    session.me = await get('/api/me');
  } catch {
    session.me = null;
  }
  window.dispatchEvent(new Event('huzhu:session'));
}
