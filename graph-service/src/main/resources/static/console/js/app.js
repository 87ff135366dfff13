// The console's entry point: language, sign-in, the search box, the live alert badge, and a hash router that gives
// every view an AbortSignal, so leaving a view (or switching language) cancels whatever it still had in flight.
import { h, replace } from './dom.js';
import { t, lang, setLang, translatePage, locale } from './i18n.js';
import { signedIn, setApiKey, signOut, startOidc, completeOidc } from './auth.js';
import { combobox } from './search.js';
import { forgetAnchors } from './anchors.js';
import { feed } from './feed.js';
import * as home from './views/home.js';
import * as anchor from './views/anchor.js';
import * as firm from './views/firm.js';
import * as paths from './views/paths.js';
import * as alerts from './views/alerts.js';
import * as memo from './views/memo.js';
import * as group from './views/group.js';

const views = { home, anchor, firm, paths, alerts, memo, group };
const main = document.getElementById('view');
const notice = document.getElementById('notice');
const dialog = document.getElementById('auth-dialog');
let config = { oidc: null };
let current = null;
let unseen = 0;

function parse(hash) {
  const [path, search] = hash.replace(/^#\/?/, '').split('?');
  const segments = path.split('/').filter(Boolean);
  return { name: views[segments[0]] ? segments[0] : 'home', path: segments, query: new URLSearchParams(search ?? '') };
}

export function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function route({ focus = true } = {}) {
  current?.abort();
  current = new AbortController();
  const params = parse(location.hash);
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === params.name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (params.name === 'alerts') {
    unseen = 0;
    badge();
  }
  main.dataset.view = params.name;
  views[params.name].render(main, params, { signal: current.signal, go });
  if (focus) main.focus({ preventScroll: false });
}

function say(text, error = false) {
  notice.hidden = !text;
  notice.className = `notice${error ? ' error' : ''}`;
  notice.textContent = text ?? '';
}

function badge() {
  const el = document.getElementById('alert-count');
  el.hidden = unseen === 0;
  el.textContent = String(unseen);
}

function header() {
  document.documentElement.lang = locale();
  translatePage();
  const langButton = document.getElementById('lang');
  langButton.textContent = t('lang.other');
  langButton.setAttribute('aria-label', t('lang.switch'));
  const who = signedIn();
  const signin = document.getElementById('signin');
  signin.textContent = who === 'key' ? t('auth.signedInKey') : who === 'oidc' ? t('auth.signedInOidc') : t('auth.signIn');
  signin.classList.toggle('signed-in', Boolean(who));
  document.getElementById('auth-oidc').hidden = !config.oidc;
  document.getElementById('auth-signout').hidden = !who;
  replace(document.getElementById('search'), combobox({
    onPick: (m) => go(m.anchor ? `#/anchor/${m.uscc}` : `#/firm/${m.uscc}`),
  }));
}

function openSignIn(reason) {
  document.getElementById('auth-reason').textContent = reason ?? '';
  if (!dialog.open) dialog.showModal();
  document.getElementById('api-key').focus();
}

function wire() {
  document.getElementById('lang').addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
  document.getElementById('signin').addEventListener('click', () => openSignIn());
  document.getElementById('auth-cancel').addEventListener('click', () => dialog.close());
  document.getElementById('auth-signout').addEventListener('click', () => {
    dialog.close();
    signOut();
    say(t('auth.signedOut'));
  });
  document.getElementById('auth-oidc').addEventListener('click', () => {
    startOidc(config.oidc).catch((e) => say(t('auth.oidcFailed', { detail: e.message }), true));
  });
  document.getElementById('auth-form').addEventListener('submit', (e) => {
    const key = document.getElementById('api-key');
    if (e.submitter?.value === 'key' && key.value.trim()) {
      setApiKey(key.value);
      key.value = '';
      say('');
    }
  });

  window.addEventListener('hashchange', () => route());
  window.addEventListener('ag:lang', () => {
    header();
    route({ focus: false });
    feed.restart(); // alert messages come in the language the stream was opened with
  });
  window.addEventListener('ag:auth-changed', () => {
    forgetAnchors();
    header();
    route({ focus: false });
    feed.restart();
  });
  window.addEventListener('ag:auth-required', () => {
    const reason = signedIn() ? t('auth.rejected') : t('auth.required');
    say(reason, true);
    openSignIn(reason);
  });
  feed.addEventListener('alert', () => {
    if (parse(location.hash).name !== 'alerts') {
      unseen += 1;
      badge();
    }
  });
}

async function start() {
  wire();
  header();
  route({ focus: false });
  // Settings and a sign-in that is coming back from the identity provider are handled after the first paint.
  try {
    const response = await fetch('/console/config.json');
    if (response.ok) config = await response.json();
  } catch { /* no config: API keys only */ }
  header();
  try {
    const back = await completeOidc();
    if (back) go(back);
  } catch (e) {
    say(t('auth.oidcFailed', { detail: e.message }), true);
  }
  feed.start();
}

start();
