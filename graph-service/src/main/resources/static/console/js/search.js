// A search box for firms (ARIA combobox): type a name (Chinese variants, brackets, company-form words are all
// normalised by the API) or a USCC; arrow keys move through the matches, Enter picks, Escape closes.
import { api } from './api.js';
import { anchorSet } from './anchors.js';
import { h, replace, tierBadge, debounce } from './dom.js';
import { t } from './i18n.js';

let ids = 0;

/** A complete USCC (GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z). */
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** onPick({uscc, name, tier, anchor}) is called with the chosen match. */
export function combobox({ onPick, placeholder = 'search.placeholder', label = 'search.label', value = '' }) {
  const id = `combo-${++ids}`;
  const input = h('input', {
    type: 'search', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
    'aria-autocomplete': 'list', autocomplete: 'off', spellcheck: 'false', value,
    placeholder: t(placeholder), 'aria-label': t(label), dataset: { i18nPlaceholder: placeholder },
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', hidden: true });
  const root = h('div', { class: 'combo' }, input, list);
  let matches = [];
  let matchesFor = null; // the query the matches answer: Enter must never pick a match of an earlier query
  let pickWhenReady = false;
  let active = -1;
  let inFlight = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const status = (text) => {
    matches = [];
    matchesFor = null;
    replace(list, h('li', { class: 'status', role: 'option', 'aria-disabled': 'true' }, text));
    open();
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (i) => {
    const match = matches[i];
    if (!match) return;
    close();
    input.value = match.name ?? match.uscc;
    onPick(match);
  };

  const runSearch = async () => {
    const q = input.value.trim();
    inFlight?.abort();
    if (!q) {
      close();
      return;
    }
    inFlight = new AbortController();
    const signal = inFlight.signal;
    status(t('search.searching'));
    try {
      const [result, anchorsKnown] = await Promise.all([
        api('/api/v1/companies', { query: { q, limit: 8 }, signal }), anchorSet()]);
      if (signal.aborted) return;
      matches = result.matches.map((m) => ({ ...m, anchor: anchorsKnown.has(m.uscc) }));
      matchesFor = q;
      if (!matches.length) {
        pickWhenReady = false;
        status(t('search.noMatch', { q }));
        return;
      }
      replace(list, matches.map((m, i) => h('li', {
        id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', dataset: { uscc: m.uscc },
        onMousedown: (e) => { e.preventDefault(); pick(i); },
      }, tierBadge(m.tier), h('span', {}, m.name), m.anchor ? h('span', { class: 'badge anchor' }, t('search.anchor')) : null,
      m.via ? h('span', { class: 'via' }, t(`search.via.${m.matchedOn}`, { via: m.via })) : null,
      h('span', { class: 'mono' }, m.uscc))));
      open();
      highlight(0);
      if (pickWhenReady) {
        pickWhenReady = false;
        pick(0);
      }
    } catch (e) {
      if (e.name === 'AbortError') return;
      status(e.kind === 'auth' ? t('error.auth') : e.kind === 'forbidden' ? t('error.forbidden') : e.message);
    }
  };
  const search = debounce(runSearch, 150);

  /** Enter opens what the box holds now: a full USCC directly, else the first match of this very text. */
  const enter = () => {
    search.cancel();
    const q = input.value.trim();
    const code = q.toUpperCase();
    if (USCC.test(code)) {
      close();
      inFlight?.abort();
      onPick({ uscc: code });
    } else if (/^[0-9A-Za-z]{18}$/.test(q) && /\d/.test(q)) {
      status(t('search.badUscc', { q }));
    } else if (matches.length && matchesFor === q) {
      pick(active < 0 ? 0 : active);
    } else if (q) {
      pickWhenReady = true;
      runSearch();
    }
  };

  input.addEventListener('input', () => {
    pickWhenReady = false;
    search();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && matches.length) {
      e.preventDefault();
      if (list.hidden) open();
      highlight(Math.min(active + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp' && matches.length) {
      e.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      enter();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  root.input = input;
  return root;
}
