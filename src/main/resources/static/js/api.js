// The JSON API from the browser: the session cookie authenticates (HttpOnly, set by POST /api/session), every
// write echoes the CSRF cookie in X-CSRF-Token, and every POST carries a fresh Idempotency-Key so that a retried
// tap can never count twice. Every request names this browser (X-Device-Id, a random id kept in localStorage) for
// risk control. Failures become ApiError with the problem's stable code and field errors.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code || (status === 0 ? 'NETWORK' : `HTTP_${status}`);
    this.detail = problem?.detail;
    this.fields = Array.isArray(problem?.errors) ? problem.errors : [];
    this.problem = problem || {};
  }
}

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

export function newKey() {
  return crypto.randomUUID();
}

const DEVICE_KEY = 'huzhu.device';
let device = null;

/** This browser's id: random, made once and kept; never derived from anything about the person or the device. */
export function deviceId() {
  if (device) return device;
  try {
    device = localStorage.getItem(DEVICE_KEY);
    if (!/^[0-9a-f-]{36}$/.test(device || '')) {
      device = crypto.randomUUID();
      localStorage.setItem(DEVICE_KEY, device);
    }
  } catch {
    device = device || crypto.randomUUID(); // storage blocked: one id for this page's life
  }
  return device;
}

/** api('POST', '/api/...', body, {key}) -> parsed JSON (or null for 204); throws ApiError. */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json', 'X-Device-Id': deviceId() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = cookie('huzhu_csrf');
  if (method === 'POST') headers['Idempotency-Key'] = options.key || newKey();
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { detail: parsed });
  return parsed;
}

export const get = (path) => api('GET', path);
export const post = (path, body, options) => api('POST', path, body ?? {}, options);
export const put = (path, body) => api('PUT', path, body ?? {});
export const del = (path) => api('DELETE', path);
