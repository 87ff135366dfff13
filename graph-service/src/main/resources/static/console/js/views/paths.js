// How are two firms related: pick both, see the shortest connections through trade, shareholdings and shared
// people, each hop in words (the API writes them in the console's language) and all of them in one drawing.
import { api } from '../api.js';
import { h, replace, firmLink } from '../dom.js';
import { t } from '../i18n.js';
import { combobox } from '../search.js';
import { errorBox } from '../panel.js';
import { pathsDrawing } from '../graph.js';

export function render(view, params, { signal }) {
  const chosen = { from: params.query.get('from'), to: params.query.get('to') };
  const maxHops = h('select', { name: 'maxHops' }, [1, 2, 3, 4, 5, 6].map((n) => h('option', {
    value: String(n), selected: String(n) === (params.query.get('maxHops') ?? '4') }, String(n))));
  const from = combobox({ onPick: (m) => { chosen.from = m.uscc; }, label: 'paths.from' });
  const to = combobox({ onPick: (m) => { chosen.to = m.uscc; }, label: 'paths.to' });
  from.dataset.role = 'from';
  to.dataset.role = 'to';
  const find = h('button', { type: 'submit', class: 'primary' }, t('paths.find'));
  const results = h('div', { dataset: { role: 'paths' }, 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('paths.pick')));
  const form = h('form', { class: 'filters', onSubmit: (e) => { e.preventDefault(); run(); } },
    h('label', { class: 'field grow' }, t('paths.from'), from), h('label', { class: 'field grow' }, t('paths.to'), to),
    h('label', { class: 'field' }, t('paths.maxHops'), maxHops), find);
  let inFlight = null;

  async function run() {
    if (!chosen.from || !chosen.to) {
      replace(results, h('p', { class: 'muted' }, t('paths.pick')));
      return;
    }
    history.replaceState(null, '', `#/paths?from=${chosen.from}&to=${chosen.to}&maxHops=${maxHops.value}`);
    inFlight?.abort();
    inFlight = new AbortController();
    const mine = inFlight.signal;
    signal.addEventListener('abort', () => inFlight.abort(), { once: true });
    results.setAttribute('aria-busy', 'true');
    replace(results, h('p', { class: 'muted loading-line' }, t('common.loading')));
    try {
      const result = await api('/api/v1/paths', { query: { from: chosen.from, to: chosen.to, maxHops: maxHops.value }, signal: mine });
      if (mine.aborted) return;
      from.input.value ||= result.from.name;
      to.input.value ||= result.to.name;
      if (!result.paths.length) {
        replace(results, h('p', { class: 'muted', dataset: { role: 'no-path' } }, t('paths.none', { n: result.maxHops })));
        return;
      }
      const drawing = h('div', { class: 'network', style: 'height:320px', role: 'img', 'aria-label': t('paths.title') });
      replace(results, h('p', {}, t('paths.found', { n: result.paths.length })), drawing,
        result.paths.map((p, i) => h('div', { class: 'path', dataset: { role: 'path', length: String(p.length) } },
          h('b', {}, `${i + 1}. ${t('paths.length', { n: p.length })}: `),
          p.nodes.map((n, j) => [j ? ' › ' : '', n.kind === 'company' ? firmLink(n.id, n.label) : n.label]),
          h('ol', {}, p.hops.map((hop) => h('li', {}, hop.text))))));
      await pathsDrawing(drawing, result);
    } catch (e) {
      if (e.name !== 'AbortError' && !mine.aborted) replace(results, errorBox(e));
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }

  replace(view, h('h1', {}, t('paths.title')), h('section', { class: 'panel' }, form, results));
  if (chosen.from && chosen.to) run();
}
