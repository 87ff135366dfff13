// The user's credentials, kept for this browser tab only (sessionStorage): an API key sent as X-API-Key, or an
// access token from the organisation's identity provider sent as Authorization: Bearer. The OIDC sign-in is the
// standard authorization-code flow with PKCE (RFC 7636) for a public client: no client secret in the browser.

const KEY = 'anchorgraph.apiKey';
const TOKEN = 'anchorgraph.token';
const PENDING = 'anchorgraph.oidcPending';

function read(name) {
  try { return sessionStorage.getItem(name); } catch { return null; }
}

function write(name, value) {
  try {
    if (value == null) sessionStorage.removeItem(name); else sessionStorage.setItem(name, value);
  } catch { /* storage blocked: credentials last until the page is left */ }
}

/** 'key', 'oidc' or null. */
export function signedIn() {
  if (read(KEY)) return 'key';
  const token = tokenIfValid();
  return token ? 'oidc' : null;
}

function tokenIfValid() {
  const raw = read(TOKEN);
  if (!raw) return null;
  try {
    const token = JSON.parse(raw);
    if (token.expiresAt && Date.now() > token.expiresAt) return null;
    return token.accessToken;
  } catch { return null; }
}

export function authHeaders() {
  const key = read(KEY);
  if (key) return { 'X-API-Key': key };
  const token = tokenIfValid();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export function setApiKey(key) {
  write(TOKEN, null);
  write(KEY, key.trim() || null);
  window.dispatchEvent(new CustomEvent('ag:auth-changed'));
}

export function signOut() {
  write(KEY, null);
  write(TOKEN, null);
  window.dispatchEvent(new CustomEvent('ag:auth-changed'));
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(size = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

async function discovery(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  return response.json();
}

function redirectUri() {
  return `${location.origin}/console/`;
}

/** Leaves for the identity provider's sign-in page; completeOidc() finishes when it sends the user back. */
export async function startOidc(oidc) {
  const meta = await discovery(oidc.issuer);
  const verifier = randomString(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomString(16);
  write(PENDING, JSON.stringify({ verifier, state, tokenEndpoint: meta.token_endpoint, clientId: oidc.clientId,
    returnTo: location.hash }));
  const target = new URL(meta.authorization_endpoint);
  target.search = new URLSearchParams({
    response_type: 'code', client_id: oidc.clientId, redirect_uri: redirectUri(), scope: oidc.scopes,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(target.toString());
}

/**
 * When the page was opened by the identity provider's redirect (?code=…&state=…): checks the state, exchanges the
 * code with the PKCE verifier and keeps the access token. Returns the hash to go back to, or null when there was
 * nothing to complete. Throws with the provider's error otherwise.
 */
export async function completeOidc() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return null;
  const pending = JSON.parse(read(PENDING) ?? 'null');
  write(PENDING, null);
  history.replaceState(null, '', `${location.pathname}${pending?.returnTo ?? ''}`);
  if (params.has('error')) throw new Error(params.get('error_description') ?? params.get('error'));
  if (!pending || params.get('state') !== pending.state) throw new Error('state mismatch: sign-in not started here');
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: pending.clientId, code_verifier: pending.verifier,
    }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error(body.error_description ?? body.error ?? `token endpoint answered ${response.status}`);
  }
  write(KEY, null);
  write(TOKEN, JSON.stringify({ accessToken: body.access_token,
    expiresAt: body.expires_in ? Date.now() + body.expires_in * 1000 : null }));
  window.dispatchEvent(new CustomEvent('ag:auth-changed'));
  return pending.returnTo || '#/';
}
