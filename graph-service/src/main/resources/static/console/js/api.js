// Every call to graph-service goes through here: the user's own credentials (API key or OIDC token), the console's
// language, problem details turned into errors a view can show. Nothing waits synchronously; every call can be
// aborted (views abort theirs when the user moves on).
import { acceptLanguage } from './i18n.js';
import { authHeaders } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem, message) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** auth (401), forbidden (403), missing (a route this service does not have), notFound, network, other. */
  get kind() {
    if (this.status === 401) return 'auth';
    if (this.status === 403) return 'forbidden';
    if (this.status === 404 || this.status === 405) {
      // a product 404 names its problem type (company-not-found…); an unknown route does not
      return this.problem?.type?.startsWith('https://anchorgraph.dev/problems/') ? 'notFound' : 'missing';
    }
    if (this.status === 0) return 'network';
    return 'other';
  }
}

/** The URL for path with query parameters; arrays repeat the parameter, empty values are left out. */
export function url(path, query = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(query)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== undefined && one !== null && one !== '') u.searchParams.append(k, String(one));
    }
  }
  return u;
}

/**
 * A read whose answer has not started after this long is tried once more on a fresh connection: Reactor Netty can
 * stall a keep-alive connection (docs/known-issues.md), and aborting the request makes the browser drop it. Reads
 * are idempotent, so the retry is safe; streams are exempt once their headers arrived.
 */
const STALL_MS = 15_000;

async function fetchOnce(target, init, signal, retries) {
  const attempt = new AbortController();
  const onAbort = () => attempt.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let stalled = false;
  const timer = init.method === 'GET' ? setTimeout(() => { stalled = true; attempt.abort(); }, STALL_MS) : null;
  try {
    return await fetch(target, { ...init, signal: attempt.signal });
  } catch (e) {
    if (!stalled || signal?.aborted) throw e;
    if (retries > 0) return fetchOnce(target, init, signal, retries - 1);
    throw new ApiError(0, null, `no answer within ${STALL_MS / 1000} s`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * fetch with the console's headers. accept 'application/json' (default) returns the parsed body, anything else
 * the text; raw: true returns the Response (streams). Errors are ApiError; 401 also tells the app to ask for
 * credentials.
 */
export async function api(path, { query, accept = 'application/json', method = 'GET', body, signal, raw = false,
  headers = {} } = {}) {
  let response;
  try {
    response = await fetchOnce(url(path, query), {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        Accept: accept, 'Accept-Language': acceptLanguage(), ...authHeaders(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers,
      },
    }, signal, 1);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, null, e.message);
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not a problem document */ }
    const error = new ApiError(response.status, problem);
    if (response.status === 401) window.dispatchEvent(new CustomEvent('ag:auth-required', { detail: error }));
    throw error;
  }
  if (raw) return response;
  if (response.status === 204) return null;
  return accept === 'application/json' ? response.json() : response.text();
}
