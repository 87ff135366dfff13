// Firm view: who the firm is, its tier and why (a waterfall from the model's base to the score), how it hangs off
// the anchors, what it sells to whom month by month, the people and cases around it, fraud flags, and its network.
import { api } from '../api.js';
import { h, replace, tierBadge, riskBadge, firmLink } from '../dom.js';
import { t, num, amount, pct, word, lang } from '../i18n.js';
import { panel } from '../panel.js';
import { chartBox, waterfallSteps, waterfallChart, salesChart } from '../charts.js';
import { networkPanel } from '../graph.js';
import { ownershipPanel } from './ownership.js';

export function render(view, params, { signal, go }) {
  const uscc = decodeURIComponent(params.path[1] ?? '').toUpperCase();
  const get = (path, query) => api(`/api/v1/companies/${encodeURIComponent(uscc)}${path}`, { query, signal });
  const facts = get('');
  const risk = get('/risk');
  const network1 = get('/network', { depth: 1 });

  const title = h('h1', {}, uscc);
  const badges = h('div', { class: 'sub' }, h('span', { class: 'mono' }, uscc));
  const header = h('div', { dataset: { role: 'firm-header' } }, title, badges);

  badges.append(h('a', { href: `#/memo/${encodeURIComponent(uscc)}`, dataset: { role: 'memo-link' } }, t('firm.memoLink')));
  facts.then((f) => {
    title.textContent = f.name ?? f.uscc;
    if (f.anchor) {
      badges.append(h('span', { class: 'badge anchor' }, t('firm.anchor')), h('a', { href: `#/anchor/${f.uscc}` }, t('firm.prospectsLink')));
    }
    if (f.usccValid === false) badges.append(h('span', { class: 'tag' }, t('firm.usccInvalid')));
  }).catch(() => {});
  watchButton(uscc, signal).then((b) => { if (b) badges.append(' ', b); });
  risk.then((r) => {
    if (r.status === 'insufficient_data') {
      badges.prepend(h('span', { dataset: { role: 'tier' } }, riskBadge(r, t('risk.insufficient'), true)), ' ');
      return;
    }
    badges.prepend(h('span', { dataset: { role: 'tier' } }, tierBadge(r.tier, true)), ' ',
      h('b', { dataset: { role: 'score', score: String(r.score) } }, `${t('col.score')} ${r.score}`), ' ',
      r.pd == null ? null : h('span', { dataset: { role: 'pd' }, title: t('help.pd') }, `${t('col.pd')} ${pct(r.pd, 2)}`), ' ',
      h('span', { class: 'muted' }, r.tierLabel ?? ''));
  }).catch(() => {});

  const registry = panel({ title: t('firm.facts'), name: 'facts', signal }, async (body) => {
    const f = await facts;
    const row = (k, v) => (v == null || v === '' ? null : [h('dt', {}, k), h('dd', {}, v)]);
    replace(body, h('dl', { class: 'facts' },
      row(t('firm.industry'), f.industryName ? `${f.industryName} (${f.industryCode})` : f.industryCode),
      row(t('firm.scale'), f.scale ? t(`scale.${f.scale}`) : null),
      row(t('firm.status'), f.status ? word('status', f.status) : null),
      row(t('firm.founded'), f.foundedOn),
      row(t('firm.capital'), capital(f)),
      row(t('firm.region'), f.region),
      row(t('firm.address'), f.address)));
  });

  const why = panel({ title: t('firm.risk'), name: 'risk', signal }, async (body) => {
    let r;
    try {
      r = await risk;
    } catch (e) {
      if (e.problem?.type?.endsWith('/not-scored')) {
        replace(body, h('p', { class: 'muted' }, t('firm.notScored')));
        return;
      }
      throw e;
    }
    if (r.status === 'insufficient_data') {
      // no score to explain: say what is missing instead of drawing a waterfall
      replace(body, h('div', { class: 'insufficient', dataset: { role: 'insufficient' } },
        h('p', {}, h('b', {}, t('risk.insufficient')), ' · ', t('firm.insufficient')),
        h('ul', {}, r.reasons.map((x) => h('li', { dataset: { reason: x.code } }, t(`reason.${x.code}`), ': ', x.message)))),
      limitBlock(r.suggestedLimit),
      h('p', { class: 'muted small' }, `${t('firm.model', { model: r.model })} · ${t('firm.asOf', { date: r.asOf })}`));
      return;
    }
    const steps = waterfallSteps(r.base ?? r.score - r.reasons.reduce((s, x) => s + x.points, 0), r.reasons);
    const { box, canvas } = chartBox(t('firm.risk'));
    const table = waterfallTable(steps);
    replace(body,
      r.knockouts.map((k) => h('div', { class: 'knockout', dataset: { knockout: k.code } }, h('b', {}, t('firm.knockout')), ': ', t(`reason.${k.code}`), ' · ', k.message)),
      limitBlock(r.suggestedLimit),
      box,
      h('details', {}, h('summary', {}, t('firm.waterfallTable')), table),
      h('p', { class: 'muted small' }, `${t('firm.model', { model: r.model })} · ${t('firm.asOf', { date: r.asOf })}`));
    await waterfallChart(canvas, steps, r.tier);
  });

  const chains = panel({ title: t('firm.chains'), name: 'chains', signal }, async (body) => {
    const c = await get('/chains');
    // an anchor's own chains are its prospects; a trace of trade to another anchor (strength 0.00) is noise there
    const isAnchor = await facts.then((f) => f.anchor === true, () => false);
    const shown = isAnchor ? c.chains.filter((x) => x.strength >= 0.005) : c.chains;
    const hidden = c.chains.length - shown.length;
    replace(body, isAnchor ? h('p', { class: 'muted small', dataset: { role: 'anchor-chains' } },
      t('firm.anchorChains', { n: hidden })) : null,
    shown.length ? shown.map((x) => chainDrawing(x, uscc)) : isAnchor ? null : h('p', { class: 'muted' }, t('firm.noChain')));
  });

  const sales = panel({ title: t('firm.sales'), name: 'sales', wide: false, signal }, async (body) => {
    const s = trimmed(await get('/sales', { months: 24, buyers: 5 }));
    if (!s.months.length || s.total.every((v) => v === 0)) {
      replace(body, h('p', { class: 'muted' }, t('firm.noSales')));
      return;
    }
    const { box, canvas } = chartBox(t('firm.sales'));
    const series = [...s.buyers.map((b) => ({ name: `${b.large ? '★ ' : ''}${b.name ?? b.uscc}`, monthly: b.monthly })),
      ...(s.others.buyers ? [{ name: t('firm.otherBuyers', { n: s.others.buyers }), monthly: s.others.monthly }] : [])];
    replace(body, h('p', { class: 'muted small' }, t('firm.salesNote')), box,
      h('details', {}, h('summary', {}, t('common.showTable')), h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, t('firm.month')), h('th', { class: 'num' }, t('firm.total')),
          series.map((x) => h('th', { class: 'num' }, x.name)))),
        h('tbody', {}, s.months.map((m, i) => h('tr', {}, h('td', {}, m), h('td', { class: 'num' }, num(s.total[i])),
          series.map((x) => h('td', { class: 'num' }, num(x.monthly[i]))))))))));
    await salesChart(canvas, s);
  });

  const people = panel({ title: t('firm.people'), name: 'people', signal }, async (body) => {
    replace(body, peopleAndCases(await network1, uscc));
  });

  const fraud = panel({ title: t('firm.fraud'), name: 'fraud', signal }, async (body) => {
    replace(body, fraudFindings(await get('/fraud')));
  });

  const network = networkPanel(uscc, { signal, onOpen: (id) => go(`#/firm/${id}`) });
  const graph = panel({ title: t('firm.network'), name: 'network', wide: true, signal }, async (body) => {
    replace(body, network.body);
    await network.draw();
  });

  const ownership = ownershipPanel(uscc, signal);
  replace(view, header, h('div', { class: 'grid' }, why, chains, sales, registry, people, ownership, fraud, graph));
}

/** Leading months without any sale are left out (a young firm), keeping at least the last 12. */
function trimmed(sales) {
  const first = sales.total.findIndex((v) => v !== 0);
  const from = first < 0 ? 0 : Math.max(0, Math.min(first, sales.months.length - 12));
  const cut = (xs) => xs.slice(from);
  return { ...sales, months: cut(sales.months), total: cut(sales.total),
    buyers: sales.buyers.map((b) => ({ ...b, monthly: cut(b.monthly) })),
    others: { ...sales.others, monthly: cut(sales.others.monthly) } };
}

function chainDrawing(chain, self) {
  const up = chain.direction === 'upstream';
  const links = chain.links;
  const parts = [];
  links.forEach((l, i) => {
    const cls = `firm${l.uscc === self ? ' self' : ''}${i === links.length - 1 ? ' anchor' : ''}`;
    parts.push(h('span', { class: cls }, l.uscc === self ? l.name ?? l.uscc : firmLink(l.uscc, l.name)));
    if (i < links.length - 1) {
      parts.push(h('span', { class: 'arrow' }, h('b', {}, pct(l.share)), up ? '——→' : '←——'));
    }
  });
  return h('div', { dataset: { role: 'chain', direction: chain.direction, hops: String(chain.hops) } },
    chainCaption(chain),
    h('div', { class: 'chain' }, parts),
    h('p', { class: 'chain-text' }, chainSentence(chain)));
}

/** Direction, hops and strength of a chain, in one muted line. */
/** The waterfall's steps as a table: each reason with its points and the running total (the firm view and the memo). */
export function waterfallTable(steps) {
  return h('table', { dataset: { role: 'waterfall' } },
    h('thead', {}, h('tr', {}, h('th', {}, t('firm.step')), h('th', { class: 'num' }, t('firm.points')),
      h('th', { class: 'num' }, t('firm.running')), h('th', {}, t('firm.why')))),
    h('tbody', {}, steps.map((s) => h('tr', { dataset: { kind: s.kind, points: String(s.points), to: String(s.to) } },
      h('td', {}, s.label), h('td', { class: `num ${s.kind === 'down' ? 'neg' : s.kind === 'up' ? 'pos' : ''}` },
        s.kind === 'up' ? `+${s.points}` : String(s.points)),
      h('td', { class: 'num' }, String(s.to)), h('td', { class: 'small' }, s.message ?? '')))));
}

export function chainCaption(chain) {
  return h('div', { class: 'muted small' }, `${t(`dir.${chain.direction}`)} · ${t('paths.length', { n: chain.hops })} · `
    + t('firm.strength', { s: num(chain.strength, 2) }));
}

/** The chain in words: "X sells 38 % of its sales to Y, which sells 100 % to anchor Z." */
export function chainSentence(chain) {
  const up = chain.direction === 'upstream';
  const links = chain.links;
  const name = (l, i) => (i === links.length - 1 ? t('chain.anchor', { name: l.name ?? l.uscc }) : l.name ?? l.uscc);
  const sentence = links.slice(0, -1).map((l, i) => t(`chain.${up ? 'up' : 'down'}.${i === 0 ? 'first' : 'then'}`,
    { share: pct(l.share), next: name(links[i + 1], i + 1) }));
  const lead = links[0].name ?? links[0].uscc;
  return `${lead}${t('common.space')}${sentence.join(t('common.sep'))}${t('common.stop')}`;
}

/** Capital as the registry states it; in another currency than CNY, with its CNY equivalent. */
export function capital(f) {
  if (f.registeredCapitalCurrency && f.registeredCapitalCurrency !== 'CNY' && f.registeredCapitalAmount != null) {
    const cny = f.registeredCapital == null ? '' : ` (≈ CNY ${amount(f.registeredCapital)})`;
    return `${f.registeredCapitalCurrency} ${amount(f.registeredCapitalAmount)}${cny}`;
  }
  return f.registeredCapital == null ? null : amount(f.registeredCapital);
}

const HOLDER_KINDS = { person: 'firm.person', organisation: 'firm.organisation' };

function peopleAndCases(network, uscc) {
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const label = (id) => {
    const n = nodes.get(id);
    if (n?.kind === 'organisation') return n.jurisdiction ? `${n.label ?? id} (${n.jurisdiction})` : n.label ?? id;
    return n?.kind === 'company' ? firmLink(id, n.label) : n?.label ?? id;
  };
  const edges = (type, side) => network.edges.filter((e) => e.type === type && e[side] === uscc);
  const more = (key) => {
    const n = network.truncated?.depth1?.[key] ?? 0;
    return n > 0 ? h('p', { class: 'muted small' }, t('firm.more', { n })) : null;
  };
  const table = (heads, rows) => (rows.length
    ? h('table', {}, h('thead', {}, h('tr', {}, heads.map((x) => h('th', {}, x)))), h('tbody', {}, rows))
    : h('p', { class: 'muted small' }, t('common.none')));

  const shareholders = edges('HOLDS_SHARES', 'to').map((e) => h('tr', {}, h('td', {}, label(e.from)),
    h('td', {}, t(HOLDER_KINDS[nodes.get(e.from)?.kind] ?? 'firm.company')),
    h('td', { class: 'num' }, e.properties.stake == null ? '' : pct(e.properties.stake, 2)), h('td', {}, e.properties.since ?? '')));
  const holdings = edges('HOLDS_SHARES', 'from').map((e) => h('tr', {}, h('td', {}, label(e.to)),
    h('td', { class: 'num' }, e.properties.stake == null ? '' : pct(e.properties.stake, 2))));
  const officers = new Map();
  for (const e of edges('OFFICER_OF', 'to')) {
    officers.set(e.from, [...(officers.get(e.from) ?? []), word('role', e.properties.role)]);
  }
  const cases = edges('PARTY_TO', 'from').map((e) => {
    const kind = /\(([a-z_]+)\)$/.exec(nodes.get(e.to)?.label ?? '')?.[1];
    return h('tr', {}, h('td', {}, e.to), h('td', {}, kind ? word('kind', kind) : ''), h('td', {}, word('role', e.properties.role)));
  });
  return [
    h('h3', {}, t('firm.shareholders')), table([t('col.holder'), '', t('firm.stake'), t('firm.since')], shareholders), more('shareholders'),
    h('h3', {}, t('firm.officers')), table([t('col.holder'), t('firm.role')],
      [...officers].map(([id, roles]) => h('tr', {}, h('td', {}, label(id)), h('td', {}, roles.join('、'))))), more('officers'),
    holdings.length ? [h('h3', {}, t('firm.holdings')), table([t('col.holder'), t('firm.stake')], holdings), more('holdings')] : null,
    h('h3', {}, t('firm.cases')), table([t('firm.case'), t('firm.kind'), t('firm.role')], cases), more('cases'),
  ];
}

function evidenceValue(v) {
  if (Array.isArray(v)) return v.map(evidenceValue).join(typeof v[0] === 'object' && v[0] !== null ? '; ' : ', ');
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v).filter(([, x]) => x != null)
      .map(([k, x]) => `${word('evidence', k)}: ${k === 'kind' || k === 'direction' ? word('evidence', x) : evidenceValue(x)}`).join(t('common.sep'));
  }
  return typeof v === 'number' ? num(v, Number.isInteger(v) ? 0 : 3) : String(v);
}

function evidenceList(evidence) {
  if (evidence == null) return null;
  return h('dl', { class: 'evidence' }, Object.entries(evidence).map(([k, v]) =>
    [h('dt', { dataset: { key: k } }, word('evidence', k)), h('dd', {}, evidenceValue(v))]));
}

/** The flag's detail in the console's language: the stored detail is English, so Chinese is written from the evidence. */
export function fraudDetail(x) {
  const e = x.evidence;
  if (lang() === 'en' || e == null) return x.detail;
  const list = (a) => (a ?? []).join('、');
  const kinds = (links) => [...new Set((links ?? []).map((l) => word('evidence', l.kind)))].join('、');
  const vars = {
    circular_trading: () => ({ rings: (e.rings ?? []).length }),
    implausible_goods: () => ({ industryCode: e.industryCode, categories: list(e.categories), share: pct(e.share) }),
    sales_surge: () => ({ month: e.month, multiple: e.baselineMedian ? num(e.amount / e.baselineMedian, 1) : '—' }),
    reversals: () => ({ ratio: pct(e.ratio) }),
    benford: () => ({ invoices: num(e.invoices), mad: num(e.mad, 3) }),
    shell_cluster: () => ({ memberCount: e.memberCount, internalShare: pct(e.internalShare),
      links: (e.links ?? []).slice(0, 3).map((l) => `${word('evidence', l.kind)}${l.name ?? l.via ?? ''}`).join('、'),
      capital: e.salesToCapital == null ? t('fraud.shell_cluster.noCapital') : t('fraud.shell_cluster.capital', { x: num(e.salesToCapital, 2) }) }),
    related_party_trade: () => ({ counterpartyCount: e.counterpartyCount, salesShare: pct(e.salesShare), purchasesShare: pct(e.purchasesShare),
      kinds: kinds((e.counterparties ?? []).flatMap((c) => c.links ?? [])) }),
  }[x.pattern];
  return vars ? t(`fraud.${x.pattern}`, vars()) : x.detail;
}

export function fraudFindings(f) {
  const flags = f.flags ?? [];
  const rings = f.rings ?? [];
  if (!flags.length && !rings.length) return h('p', { class: 'muted', dataset: { role: 'no-flags' } }, t('firm.noFlags'));
  return [
    flags.map((x) => h('div', { class: 'path', dataset: { pattern: x.pattern } },
      h('div', { class: 'row' }, h('span', { class: `badge sev-${x.severity}` }, t(`sev.${x.severity}`)),
        h('b', {}, word('pattern', x.pattern)), h('span', { class: 'muted small' }, x.asOf ?? '')),
      x.detail ? h('p', { dataset: { role: 'detail' } }, fraudDetail(x)) : null,
      x.evidence ? h('details', {}, h('summary', {}, t('firm.evidence')), evidenceList(x.evidence)) : null)),
    rings.length ? [h('h3', {}, t('firm.rings')), rings.map((r) => h('div', { class: 'path', dataset: { ring: r.key } },
      h('div', { class: 'chain' }, r.members.map((m, i) => [h('span', { class: 'firm' }, tierBadge(m.tier), ' ', firmLink(m.uscc, m.name)),
        h('span', { class: 'arrow' }, h('b', {}, amount(r.amounts?.[i])), '——→')]),
      h('span', { class: 'firm' }, r.members[0]?.name ?? '')),
      r.months?.length ? h('p', { class: 'muted small' }, r.months.join(' · ')) : null))] : null,
  ];
}

/**
 * The suggested limit, the rule that bound it and the figures it was worked from (docs/risk-model.md, Suggested
 * limit); nothing when the model that scored the firm has no limit policy.
 */
const ZERO_BASES = ['tier_d', 'insufficient_data', 'no_stable_sales'];

export function limitBlock(l) {
  if (!l) return null;
  const cur = (v) => (v == null ? '' : `${l.currency ?? ''} ${num(v)}`.trim());
  const i = l.inputs ?? {};
  const row = (k, v) => [h('dt', {}, k), h('dd', {}, v)];
  return h('div', { class: 'limit', dataset: { role: 'suggested-limit', amount: String(l.amount), basis: l.basis } },
    h('p', {}, h('b', {}, `${t('firm.limit')}: ${cur(l.amount)}`), ' · ',
      // a zero says why (tier D, insufficient data, no stable sales); an amount says which rule bound it
      ZERO_BASES.includes(l.basis) ? t(`limit.basis.${l.basis}`) : t('firm.limitBoundBy', { basis: t(`limit.basis.${l.basis}`) })),
    h('details', {}, h('summary', {}, t('firm.limitInputs')),
      h('p', { class: 'muted small' }, t('firm.limitFormula')),
      h('dl', { class: 'facts' },
        row(t('limit.in.stableSales'), cur(i.stableBuyerSales12)),
        row(t('limit.in.monthlySales'), cur(i.averageMonthlySales)),
        row(t('limit.in.share'), pct(i.shareOfStableSales)),
        row(t('limit.in.months'), num(i.monthsOfSalesCap, 1)),
        row(t('limit.in.tierCap'), i.tierCap == null ? t('limit.in.noCap') : cur(i.tierCap)))));
}

/**
 * "Watch" puts the firm on the user's own watchlist (monitored like a borrower; docs/monitoring.md, Watchlists) and
 * takes it off again. Nothing for a role that may not keep one.
 */
async function watchButton(uscc, signal) {
  let list;
  try {
    list = await api('/api/v1/watchlist', { signal });
  } catch {
    return null;
  }
  let on = list.firms.some((f) => f.uscc === uscc);
  const button = h('button', { type: 'button', class: 'watch', title: t('firm.watchHelp'), dataset: { role: 'watch' } });
  const show = () => { button.textContent = t(on ? 'firm.watching' : 'firm.watch'); button.setAttribute('aria-pressed', String(on)); };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api(`/api/v1/watchlist/${encodeURIComponent(uscc)}`, { method: on ? 'DELETE' : 'PUT', signal });
      on = !on;
    } catch (e) {
      if (e.problem?.type?.endsWith('/watchlist-full')) button.title = t('firm.watchFull', { limit: e.problem.limit });
    } finally {
      button.disabled = false;
      show();
    }
  });
  show();
  return button;
}
