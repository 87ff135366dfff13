// A panel loads on its own: it shows a busy state, draws its content when its request answers, or says why not
// (sign in, not allowed for your role, not on this service). Panels of one view load in parallel, so one slow or
// forbidden request never holds up the others.
import { h, replace } from './dom.js';
import { t } from './i18n.js';

export function errorText(e) {
  switch (e?.kind) {
    case 'auth': return t('error.auth');
    case 'forbidden': return t('error.forbidden');
    case 'missing': return t('error.unavailable');
    case 'notFound': return e.message || t('error.notFound');
    case 'network': return t('error.network');
    default: return t('error.generic', { detail: e?.message ?? String(e) });
  }
}

export function errorBox(e) {
  return h('p', { class: `error${e?.kind === 'forbidden' ? ' forbidden' : ''}`, role: 'alert', dataset: { kind: e?.kind ?? 'other' } },
    errorText(e));
}

/**
 * A section titled title whose body load(body) fills; returns the section at once. name is a stable hook
 * (data-panel) for tests and styles.
 */
export function panel({ title, name, wide = false, signal }, load) {
  const body = h('div', { class: 'body' }, h('p', { class: 'muted loading-line' }, t('common.loading')));
  const section = h('section', { class: `panel${wide ? ' wide' : ''}`, 'aria-busy': 'true', dataset: { panel: name } },
    title ? h('h2', {}, title) : null, body);
  Promise.resolve()
    .then(() => load(body))
    .catch((e) => {
      if (e?.name === 'AbortError' || signal?.aborted) return;
      replace(body, errorBox(e));
    })
    .finally(() => section.setAttribute('aria-busy', 'false'));
  return section;
}
