// Anchor view: the chain in numbers, its risk tiers as a chart, and the ranked prospect table with the API's
// filters and orders (said in words, with the total), paged by the API's cursor; the export saves every matching
// row, in the language on screen, as a file a spreadsheet reads without losing a USCC.
import { api } from '../api.js';
import { anchors } from '../anchors.js';
import { h, replace, riskBadge, firmLink } from '../dom.js';
import { t, num, pct, money, moneyPlain } from '../i18n.js';
import { panel, errorBox } from '../panel.js';
import { dataTable } from '../table.js';
import { chartBox, tierChart } from '../charts.js';
import { table as csvTable, text, code, download } from '../csv.js';

const SCALES = ['large', 'medium', 'small', 'micro'];
const TIERS = ['A', 'B', 'C', 'D'];
const TIER_RANK = { A: 0, B: 1, C: 2, D: 3 };
const SORTS = ['ranking', 'score', 'trade'];
const THIN = ['include', 'exclude', 'only'];

// Cursors of the pages before the current one, so that "Previous" needs no request; reset when the filters change.
let trail = { key: null, cursors: [] };

function filtersFrom(params) {
  const list = (v, allowed) => (v ? v.split(',').filter((x) => allowed.includes(x)) : []);
  return {
    maxHops: ['1', '2', '3'].includes(params.get('maxHops')) ? params.get('maxHops') : '2',
    direction: ['upstream', 'downstream'].includes(params.get('direction')) ? params.get('direction') : 'both',
    scale: list(params.get('scale'), SCALES),
    tier: list(params.get('tier'), TIERS),
    firstTimeOnly: params.get('firstTimeOnly') !== 'false',
    insufficientData: THIN.includes(params.get('insufficientData')) ? params.get('insufficientData') : 'include',
    limit: ['20', '50', '100', '500'].includes(params.get('limit')) ? params.get('limit') : '20',
    sort: SORTS.includes(params.get('sort')) ? params.get('sort') : 'ranking',
  };
}

function query(filters, cursor) {
  return { maxHops: filters.maxHops, direction: filters.direction, scale: filters.scale.join(','),
    tier: filters.tier.join(','), firstTimeOnly: String(filters.firstTimeOnly), limit: filters.limit, sort: filters.sort,
    insufficientData: filters.insufficientData, ...(cursor ? { cursor } : {}) };
}

/** prospects-<anchor>-<filters>-asof-<date>.csv: what the file holds, readable in a folder listing. */
export function exportName(uscc, filters, asOf) {
  const parts = [uscc, `hops${filters.maxHops}`, filters.direction,
    filters.scale.length ? filters.scale.join('+') : null, filters.tier.length ? `tier${filters.tier.join('')}` : null,
    filters.firstTimeOnly ? 'first-time' : 'all-firms',
    filters.insufficientData && filters.insufficientData !== 'include' ? `thin-${filters.insufficientData}` : null, `by-${filters.sort}`, asOf ? `asof-${asOf}` : null];
  return `prospects-${parts.filter(Boolean).join('-')}.csv`;
}

/** The file's columns, in the language on screen; figures rounded, amounts in the language's unit. */
function exportColumns() {
  return [
    { label: t('col.uscc'), value: (r) => code(r.uscc) },
    { label: t('col.name'), value: (r) => text(r.name) },
    { label: t('col.tierLabel'), value: (r) => text(r.tier ?? (r.status === 'insufficient_data' ? t('anchor.insufficientData') : t('anchor.unscored'))) },
    { label: t('col.score'), value: (r) => r.score ?? '' },
    { label: t('col.pd'), value: (r) => text(r.pd == null ? '' : `${(r.pd * 100).toFixed(2)}%`) },
    { label: t('col.scale'), value: (r) => text(r.scale ? t(`scale.${r.scale}`) : '') },
    { label: t('col.industry'), value: (r) => text(r.industryName ?? r.industryCode) },
    { label: t('col.region'), value: (r) => code(r.region) },
    { label: t('col.hops'), value: (r) => r.hops },
    { label: t('col.direction'), value: (r) => text(t(`dir.short.${r.direction}`)) },
    { label: t('col.strength'), value: (r) => text(r.chainStrength.toFixed(2)) },
    { label: t('col.chain'), value: (r) => text(chainText(r.chain)) },
    { label: t('col.sales.long'), value: (r) => text(moneyPlain(r.annualSales)) },
    { label: t('col.trade.long'), value: (r) => text(moneyPlain(r.anchorTrade)) },
    { label: t('col.stable'), value: (r) => r.stableLargeBuyers ?? '' },
    { label: t('col.months'), value: (r) => r.monthsTrading ?? '' },
    { label: t('col.limit.long'), value: (r) => text(moneyPlain(r.suggestedLimit)) },
    { label: t('col.reasons'), value: (r) => text(r.topReasons.map((x) => `${x.message} (${x.points > 0 ? '+' : ''}${x.points})`).join('; ')) },
  ];
}

function chainText(chain) {
  return chain.map((l) => `${l.name ?? l.uscc}${l.share == null ? '' : ` (${pct(l.share)})`}`).join(' › ');
}

export function render(view, params, { signal, go }) {
  const uscc = decodeURIComponent(params.path[1] ?? '').toUpperCase();
  const filters = filtersFrom(params.query);
  const title = h('h1', {}, uscc);
  const sub = h('div', { class: 'sub' }, h('span', { class: 'mono' }, uscc), h('span', { class: 'badge anchor' }, t('firm.anchor')),
    h('a', { href: `#/firm/${uscc}` }, t('anchor.firmView')));

  const summary = anchors().then((all) => all.find((a) => a.uscc === uscc));
  const chain = panel({ title: t('anchor.chain'), name: 'chain', signal }, async (body) => {
    const a = await summary;
    if (!a) {
      replace(body, h('p', { class: 'error' }, t('anchor.notAnchor')));
      return;
    }
    title.textContent = a.name ?? a.uscc;
    if (a.program) sub.append(h('span', {}, `${t('home.program')}: ${a.program}`));
    const figure = (v, k, name) => h('div', { class: 'figure', dataset: { figure: name } }, h('div', { class: 'v' }, num(v)),
      h('div', { class: 'k' }, k));
    const side = (s, label, name) => h('div', {}, h('h3', {}, label), h('div', { class: 'figures' },
      figure(s.tier1, t('anchor.hop', { n: 1 }), `${name}-1`), figure(s.tier2, t('anchor.hop', { n: 2 }), `${name}-2`),
      figure(s.tier3, t('anchor.hop', { n: 3 }), `${name}-3`), figure(s.firstTime, t('anchor.firstTime'), `${name}-first`)),
      bounded(s.bounds, name));
    // every direct partner is in the chain; deeper levels are bounded, and the user is told what that left out
    const bounded = (b, name) => (!b || (b.linksNotFollowed === 0 && b.firmsLeftOut === 0)) ? null
      : h('p', { class: 'note', dataset: { bounds: name } }, t('anchor.bounds', { breadth: num(b.breadth),
        links: num(b.linksNotFollowed), max: num(b.maxFirms), firms: num(b.firmsLeftOut) }));
    replace(body, h('div', { class: 'figures' }, figure(a.firms, t('anchor.firms'), 'firms'),
      figure(a.firstTime, t('anchor.firstTime'), 'first-time')),
    side(a.suppliers, t('anchor.suppliers'), 'up'), side(a.distributors, t('anchor.distributors'), 'down'));
  });
  const tiers = panel({ title: t('anchor.tierChart'), name: 'tiers', signal }, async (body) => {
    const a = await summary;
    if (!a) {
      replace(body);
      return;
    }
    const { box, canvas } = chartBox(t('anchor.tierChart'), true);
    const keys = ['A', 'B', 'C', 'D', 'insufficientData', 'unscored'];
    replace(body, box, h('details', {}, h('summary', {}, t('common.showTable')),
      h('table', {}, h('tbody', {}, keys.map((k) => h('tr', {}, h('th', {}, k === 'unscored' ? t('anchor.unscored') : k === 'insufficientData' ? t('anchor.insufficientData') : k),
        h('td', { class: 'num', dataset: { tier: k } }, num(a.tiers?.[k] ?? 0))))))));
    await tierChart(canvas, a.tiers ?? {});
  });

  const form = filterForm(filters, (next) => {
    const q = new URLSearchParams(query(next));
    for (const [k, v] of [...q]) if (!v) q.delete(k);
    history.replaceState(null, '', `#/anchor/${uscc}?${q}`);
    Object.assign(filters, next);
    load(null);
  });
  const status = h('p', { class: 'muted small', 'aria-live': 'polite', dataset: { role: 'prospect-status' } });
  const total = h('p', { class: 'total', dataset: { role: 'prospect-total' } });
  const order = h('p', { class: 'muted small', dataset: { role: 'prospect-order' } });
  const help = h('details', { class: 'help', dataset: { role: 'prospect-help' } }, h('summary', {}, t('help.title')),
    h('div', {}, ['tier', 'score', 'pd', 'hops', 'strength', 'stable', 'months', 'hhi', 'trade'].map((k) => h('p', { dataset: { help: k } }, t(`help.${k}`)))),
    h('p', { class: 'muted small' }, t('anchor.amounts')));
  const tableHolder = h('div', { dataset: { role: 'prospects' } });
  const prev = h('button', { type: 'button', disabled: true, onClick: () => load(trail.cursors.at(-2) ?? null, -1) }, t('anchor.prev'));
  const next = h('button', { type: 'button', disabled: true }, t('anchor.next'));
  const pageLabel = h('span', { class: 'muted' });
  const exportButton = h('button', { type: 'button', class: 'primary', disabled: true }, t('anchor.export'));
  const prospects = h('section', { class: 'panel wide', dataset: { panel: 'prospects' } },
    h('div', { class: 'row' }, h('h2', { class: 'grow' }, t('anchor.prospects')), exportButton),
    form, total, order, help, tableHolder, h('div', { class: 'pager' }, prev, pageLabel, next, h('span', { class: 'grow' }), status));

  let inFlight = null;
  let table = null;
  let nextCursor = null;
  let current = null;

  async function load(cursor, step = 0) {
    const key = JSON.stringify(query(filters));
    if (trail.key !== key || (cursor == null && step === 0)) trail = { key, cursors: [null] };
    else if (step > 0) trail.cursors.push(cursor);
    else if (step < 0) trail.cursors.pop();
    inFlight?.abort();
    inFlight = new AbortController();
    const mine = inFlight.signal;
    signal.addEventListener('abort', () => inFlight?.abort(), { once: true });
    prospects.setAttribute('aria-busy', 'true');
    status.textContent = t('common.loading');
    try {
      const page = await api(`/api/v1/anchors/${uscc}/prospects`, { query: query(filters, cursor), signal: mine });
      if (mine.aborted) return;
      current = { cursor, page };
      nextCursor = page.nextCursor;
      table = dataTable({ rows: page.rows, columns: columns(), onOpen: (r) => go(`#/firm/${r.uscc}`),
        caption: t('anchor.prospects') });
      replace(tableHolder, page.rows.length ? table.el : h('p', { class: 'muted' }, t('anchor.noRows')));
      status.textContent = t('anchor.rows', { n: page.rows.length });
      total.textContent = t('anchor.total', { total: num(page.total), n: page.rows.length });
      total.dataset.total = String(page.total);
      order.textContent = `${t(`anchor.order.${filters.sort}`)} ${t('anchor.exportAll', { total: num(page.total) })}`;
      pageLabel.textContent = t('anchor.page', { n: trail.cursors.length });
      prev.disabled = trail.cursors.length <= 1;
      next.disabled = !nextCursor;
      exportButton.disabled = !page.rows.length;
    } catch (e) {
      if (e.name === 'AbortError' || mine.aborted) return;
      replace(tableHolder, errorBox(e));
      status.textContent = '';
      exportButton.disabled = true;
    } finally {
      if (!mine.aborted) prospects.setAttribute('aria-busy', 'false');
    }
  }
  next.addEventListener('click', () => nextCursor && load(nextCursor, 1));

  // every matching row, page by page along the API's cursor (500 a request), in the order chosen
  exportButton.addEventListener('click', async () => {
    if (!current) return;
    exportButton.disabled = true;
    try {
      const rows = [];
      let cursor = null;
      let asOf = current.page.asOf;
      do {
        const page = await api(`/api/v1/anchors/${uscc}/prospects`, { query: { ...query(filters, cursor), limit: '500' }, signal });
        rows.push(...page.rows);
        asOf = page.asOf ?? asOf;
        cursor = page.nextCursor;
        status.textContent = t('anchor.exporting', { n: num(rows.length), total: num(page.total) });
      } while (cursor);
      const file = exportName(uscc, filters, asOf);
      download(file, csvTable(exportColumns(), rows));
      status.textContent = t('anchor.exported', { n: num(rows.length), file });
    } catch (e) {
      if (e.name !== 'AbortError') status.replaceChildren(errorBox(e));
    } finally {
      exportButton.disabled = false;
    }
  });

  replace(view, title, sub, h('div', { class: 'grid' }, chain, tiers), h('div', { style: 'height:16px' }), prospects);
  load(null);
}

function columns() {
  return [
    { key: 'tier', label: t('col.tier'), title: t('help.tier'), value: (r) => TIER_RANK[r.tier] ?? (r.status === 'insufficient_data' ? 4 : 9),
      render: (r) => h('span', { title: r.status === 'insufficient_data' ? t('help.insufficient') : null }, riskBadge(r, t('anchor.insufficientData'))) },
    { key: 'score', label: t('col.score'), class: 'num', title: t('help.score') },
    { key: 'pd', label: t('col.pd'), class: 'num', title: t('help.pd'), render: (r) => pct(r.pd, 2) },
    { key: 'name', label: t('col.name'), class: 'name', value: (r) => r.name, render: (r) => firmLink(r.uscc, r.name) },
    { key: 'scale', label: t('col.scale'), class: 'nowrap', render: (r) => (r.scale ? t(`scale.${r.scale}`) : '') },
    { key: 'hops', label: t('col.hops'), class: 'num', title: t('help.hops') },
    { key: 'direction', label: t('col.direction'), class: 'nowrap', render: (r) => t(`dir.short.${r.direction}`) },
    { key: 'chainStrength', label: t('col.strength'), class: 'num', title: t('help.strength'), render: (r) => num(r.chainStrength, 2) },
    { key: 'anchorTrade', label: `${t('col.trade')} (${t('unit.money')})`, class: 'num', title: t('help.trade'),
      render: (r) => money(r.anchorTrade) },
    { key: 'chain', label: t('col.chain'), sortable: false, render: (r) => h('span', { class: 'small' }, chainText(r.chain)) },
    { key: 'stableLargeBuyers', label: t('col.stable'), class: 'num', title: t('help.stable') },
    { key: 'monthsTrading', label: t('col.months'), class: 'num', title: t('help.months') },
    { key: 'suggestedLimit', label: `${t('col.limit')} (${t('unit.money')})`, class: 'num', title: t('help.limit'),
      render: (r) => h('span', { title: r.suggestedLimitBasis ? t(`limit.basis.${r.suggestedLimitBasis}`) : null }, money(r.suggestedLimit)) },
    { key: 'topReasons', label: t('col.reasons'), sortable: false, class: 'reasons',
      render: (r) => r.topReasons.map((x) => h('div', {}, h('b', { class: x.points >= 0 ? 'pos' : 'neg' },
        `${x.points > 0 ? '+' : ''}${x.points}`), ' ', x.message)) },
    { key: 'uscc', label: t('col.uscc'), class: 'mono' },
  ];
}

function filterForm(filters, onChange) {
  const select = (name, options, value) => h('select', { name }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  const maxHops = select('maxHops', [['1', '1'], ['2', '2'], ['3', '3']], filters.maxHops);
  const direction = select('direction', ['both', 'upstream', 'downstream'].map((d) => [d, t(`dir.${d}`)]), filters.direction);
  const limit = select('limit', ['20', '50', '100', '500'].map((n) => [n, n]), filters.limit);
  const sort = select('sort', SORTS.map((x) => [x, t(`sort.${x}`)]), filters.sort);
  const thin = select('insufficientData', THIN.map((x) => [x, t(`thin.${x}`)]), filters.insufficientData);
  const boxes = (name, values, chosen, label) => h('fieldset', {}, h('legend', {}, t(`anchor.${name}`)),
    values.map((v) => h('label', {}, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), ' ', label(v), ' ')));
  const firstTime = h('input', { type: 'checkbox', name: 'firstTimeOnly', checked: filters.firstTimeOnly });
  const form = h('form', { class: 'filters', onSubmit: (e) => e.preventDefault() },
    h('label', { class: 'field' }, t('anchor.maxHops'), maxHops),
    h('label', { class: 'field' }, t('anchor.direction'), direction),
    boxes('scale', SCALES, filters.scale, (s) => t(`scale.${s}`)),
    boxes('tier', TIERS, filters.tier, (x) => x),
    h('label', {}, firstTime, ' ', t('anchor.firstTimeOnly')),
    h('label', { class: 'field', title: t('help.insufficient') }, t('anchor.insufficientData'), thin),
    h('label', { class: 'field' }, t('anchor.sort'), sort),
    h('label', { class: 'field' }, t('anchor.pageSize'), limit));
  form.addEventListener('change', () => {
    const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
    onChange({ maxHops: maxHops.value, direction: direction.value, scale: checked('scale'), tier: checked('tier'),
      firstTimeOnly: firstTime.checked, insufficientData: thin.value, limit: limit.value, sort: sort.value });
  });
  return form;
}
