// Committee memo: one printable page per firm for a credit committee (print it, or save it as a PDF from the
// browser's print dialog). It reads the same routes as the firm view (registry facts, risk, chains, fraud) and the
// memo route (borrower and lender, cases, 12-month trade, score history); each section loads on its own, and a
// section the user's role may not see says so. Nothing is collapsed: a printed page cannot be expanded.
import { api } from '../api.js';
import { h, replace, tierBadge } from '../dom.js';
import { t, num, money, pct, word } from '../i18n.js';
import { panel } from '../panel.js';
import { waterfallSteps } from '../charts.js';
import { capital, chainCaption, chainSentence, fraudFindings, limitBlock, waterfallTable } from './firm.js';

export function render(view, params, { signal }) {
  const uscc = decodeURIComponent(params.path[1] ?? '').toUpperCase();
  const get = (path, query) => api(`/api/v1/companies/${encodeURIComponent(uscc)}${path}`, { query, signal });
  const facts = get('');
  const risk = get('/risk');
  const memo = get('/memo');
  const quiet = (p) => p.catch(() => null);

  const title = h('h1', {}, uscc);
  const asOf = h('span', { dataset: { role: 'memo-as-of' } });
  const today = new Date();
  const printed = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((x) => String(x).padStart(2, '0')).join('-');
  const header = h('header', { class: 'memo-head', dataset: { role: 'memo-header' } },
    h('div', { class: 'memo-kind' }, t('memo.title')),
    title,
    h('div', { class: 'sub' }, h('span', { class: 'mono', dataset: { role: 'memo-uscc' } }, uscc),
      h('span', { dataset: { role: 'memo-printed' } }, t('memo.printed', { date: printed })), asOf),
    h('div', { class: 'row no-print' },
      h('button', { type: 'button', class: 'primary', dataset: { role: 'print' }, onClick: () => window.print() }, t('memo.print')),
      h('a', { href: `#/firm/${encodeURIComponent(uscc)}` }, t('memo.back'))));
  quiet(facts).then((f) => { if (f) title.textContent = f.name ?? f.uscc; });
  Promise.all([quiet(risk), quiet(memo)]).then(([r, m]) => {
    const date = r?.asOf ?? m?.asOf;
    asOf.textContent = date ? t('memo.asOf', { date }) : t('memo.notScored');
  });

  const section = (name, title, load) => {
    const s = panel({ title, name: `memo-${name}`, wide: true, signal }, async (body) => {
      await load(body);
      // a printed page cannot be expanded: every detail is shown open
      body.querySelectorAll('details').forEach((d) => { d.open = true; });
    });
    s.classList.add('memo-section');
    return s;
  };

  const identity = section('identity', t('memo.identity'), async (body) => {
    const f = await facts;
    const row = (k, v) => (v == null || v === '' ? null : [h('dt', {}, k), h('dd', {}, v)]);
    replace(body, h('dl', { class: 'facts' },
      row(t('col.uscc'), f.uscc + (f.usccValid === false ? ` (${t('firm.usccInvalid')})` : '')),
      row(t('firm.anchor'), f.anchor ? t('common.yes') : null),
      row(t('firm.industry'), f.industryName ? `${f.industryName} (${f.industryCode})` : f.industryCode),
      row(t('firm.scale'), f.scale ? t(`scale.${f.scale}`) : null),
      row(t('firm.status'), f.status ? word('status', f.status) : null),
      row(t('firm.founded'), f.foundedOn),
      row(t('firm.capital'), capital(f)),
      row(t('firm.region'), f.region),
      row(t('firm.address'), f.address)));
  });

  const borrower = section('borrower', t('memo.borrower'), async (body) => {
    const b = (await memo).borrower;
    replace(body, h('p', { dataset: { role: 'borrower', borrower: String(b.borrower) } },
      b.borrower
        ? t('memo.isBorrower', { lender: b.lender ?? t('memo.lenderUnknown'), since: b.firstLoanOn ?? '—' })
        : t('memo.notBorrower')));
  });

  const rating = section('risk', t('memo.risk'), async (body) => {
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
    const figure = (k, v, role) => h('div', { class: 'figure', dataset: { role } }, h('div', { class: 'v' }, v), h('div', { class: 'k' }, k));
    const insufficient = r.status === 'insufficient_data';
    const figures = h('div', { class: 'figures' },
      figure(t('col.tier'), insufficient ? t('risk.insufficient') : [tierBadge(r.tier, true), ' ', r.tierLabel ?? ''], 'memo-tier'),
      figure(t('col.score'), insufficient ? '—' : String(r.score), 'memo-score'),
      figure(t('col.pd'), r.pd == null ? t('memo.pdNone') : pct(r.pd, 2), 'memo-pd'));
    const model = h('p', { class: 'muted small' }, `${t('firm.model', { model: r.model })} · ${t('firm.asOf', { date: r.asOf })}`
      + (r.runStatus === 'warnings' ? ` · ${t('memo.runWarnings', { warnings: (r.runWarnings ?? []).join('; ') })}` : ''));
    if (insufficient) {
      replace(body, figures, h('p', {}, t('firm.insufficient')),
        h('ul', {}, r.reasons.map((x) => h('li', { dataset: { reason: x.code } }, t(`reason.${x.code}`), ': ', x.message))), model);
      return;
    }
    const steps = waterfallSteps(r.base ?? r.score - r.reasons.reduce((s, x) => s + x.points, 0), r.reasons);
    replace(body, figures,
      r.knockouts.map((k) => h('div', { class: 'knockout', dataset: { knockout: k.code } }, h('b', {}, t('firm.knockout')), ': ', t(`reason.${k.code}`), ' · ', k.message)),
      waterfallTable(steps),
      model);
  });

  const limit = section('limit', t('firm.limit'), async (body) => {
    const r = await risk;
    replace(body, r.suggestedLimit ? limitBlock(r.suggestedLimit) : h('p', { class: 'muted', dataset: { role: 'no-limit' } }, t('memo.noLimit')));
  });

  const chains = section('chains', t('firm.chains'), async (body) => {
    const c = await get('/chains');
    replace(body, c.chains.length
      ? c.chains.map((x) => h('div', { dataset: { role: 'chain', direction: x.direction, hops: String(x.hops) } },
        chainCaption(x), h('p', { class: 'chain-text' }, chainSentence(x))))
      : h('p', { class: 'muted' }, t('firm.noChain')));
  });

  const trade = section('trade', t('memo.trade'), async (body) => {
    replace(body, tradeSection((await memo).trade));
  });

  const cases = section('cases', t('firm.cases'), async (body) => {
    const m = await memo;
    replace(body, m.cases.length ? [
      h('table', { dataset: { role: 'cases' } },
        h('thead', {}, h('tr', {}, [t('firm.case'), t('memo.court'), t('memo.cause'), t('firm.kind'), t('memo.filed'),
          t('memo.closed'), t('memo.amount'), t('memo.caseStatus'), t('memo.partyRole')].map((x, i) => h('th', { class: i === 6 ? 'num' : null }, x)))),
        h('tbody', {}, m.cases.map((c) => h('tr', { dataset: { case: c.caseNo } },
          h('td', {}, c.caseNo), h('td', {}, c.court ?? ''), h('td', {}, c.cause ?? ''), h('td', {}, word('kind', c.kind)),
          h('td', { class: 'nowrap' }, c.filedOn ?? ''), h('td', { class: 'nowrap' }, c.closedOn ?? ''),
          h('td', { class: 'num' }, money(c.amount)), h('td', {}, word('caseStatus', c.status)), h('td', {}, word('role', c.role)))))),
      h('p', { class: 'muted small' }, t('memo.amountUnit', { unit: t('unit.money') })),
      m.casesTotal > m.cases.length ? h('p', { class: 'muted small' }, t('firm.more', { n: m.casesTotal - m.cases.length })) : null,
    ] : h('p', { class: 'muted', dataset: { role: 'no-cases' } }, t('memo.noCases')));
  });

  const fraud = section('fraud', t('firm.fraud'), async (body) => {
    replace(body, fraudFindings(await get('/fraud')));
  });

  // the actual controller and group the score run's ownership pass stored (docs/ownership.md)
  const control = section('control', t('memo.control'), async (body) => {
    const c = (await memo).control;
    if (!c) {
      replace(body, h('p', { class: 'muted', dataset: { role: 'not-available' } }, t('memo.controlNotYet')));
      return;
    }
    const row = (k, v) => (v == null || v === '' ? null : [h('dt', {}, k), h('dd', {}, v)]);
    const stake = c.controllerStake == null ? null : pct(c.controllerStake, 2);
    replace(body, h('dl', { class: 'facts', dataset: { role: 'control', status: c.status, group: c.groupId ?? '' } },
      row(t('memo.controlStatus'), t(`control.${c.status}`)),
      row(t('memo.controller'), c.controller
        ? `${c.controllerName ?? c.controller} (${t(`control.kind.${c.controllerKind}`)}) · ${stake ?? '—'}`
          + (c.basis ? ` · ${t(`control.basis.${c.basis}`)}` : '')
        : stake && t('memo.largestHolder', { stake })),
      row(t('memo.group'), c.groupId ? t('memo.groupOf', { id: c.groupId, n: c.groupSize }) : t('memo.noGroup')),
      row(t('memo.groupExposure'), c.groupExposure == null ? null : `${money(c.groupExposure)} ${t('unit.money')}`)));
  });

  const history = section('history', t('memo.history'), async (body) => {
    const m = await memo;
    replace(body, m.scoreHistory.length
      ? h('table', { dataset: { role: 'score-history' } },
        h('thead', {}, h('tr', {}, h('th', {}, t('memo.runAsOf')), h('th', {}, t('col.tier')), h('th', { class: 'num' }, t('col.score')),
          h('th', { class: 'num' }, t('col.pd')), h('th', {}, t('memo.run')))),
        h('tbody', {}, m.scoreHistory.map((e) => h('tr', { dataset: { run: e.run, score: e.score == null ? '' : String(e.score), tier: e.tier ?? '' } },
          h('td', { class: 'nowrap' }, e.asOf), h('td', {}, e.status === 'insufficient_data' ? t('risk.insufficient') : tierBadge(e.tier)),
          h('td', { class: 'num' }, e.score == null ? '—' : String(e.score)), h('td', { class: 'num' }, e.pd == null ? '—' : pct(e.pd, 2)),
          h('td', { class: 'mono small' }, e.run)))))
      : h('p', { class: 'muted' }, t('memo.noHistory')));
  });

  replace(view, header, identity, borrower, rating, limit, chains, trade, cases, fraud, control, history);
}

function tradeSection(tr) {
  if (!tr.fromMonth) return h('p', { class: 'muted', dataset: { role: 'no-trade' } }, t('firm.noSales'));
  const cny = (v) => `${money(v)} ${t('unit.money')}`;
  return [
    h('p', { dataset: { role: 'trade-summary', sales: String(tr.sales) } }, t('memo.tradeSummary', {
      from: tr.fromMonth, to: tr.toMonth, sales: cny(tr.sales),
      stable: tr.stableLargeBuyers == null ? '—' : num(tr.stableLargeBuyers),
      stableSales: tr.stableBuyerSales == null ? '—' : cny(tr.stableBuyerSales),
      share: tr.stableBuyerSales == null || !tr.sales ? '—' : pct(tr.stableBuyerSales / tr.sales) })),
    h('h3', {}, t('memo.withAnchors')),
    tr.anchors.length
      ? h('table', { dataset: { role: 'anchor-trade' } },
        h('thead', {}, h('tr', {}, h('th', {}, t('memo.anchor')), h('th', { class: 'num' }, t('memo.salesTo')),
          h('th', { class: 'num' }, t('memo.purchasesFrom')))),
        h('tbody', {}, tr.anchors.map((a) => h('tr', { dataset: { uscc: a.uscc, sales: String(a.sales), purchases: String(a.purchases) } },
          h('td', {}, a.name ?? a.uscc), h('td', { class: 'num' }, money(a.sales)), h('td', { class: 'num' }, money(a.purchases))))))
      : h('p', { class: 'muted small' }, t('memo.noAnchorTrade')),
    h('h3', {}, t('memo.largeBuyers')),
    tr.largeBuyers.length
      ? h('table', { dataset: { role: 'large-buyers' } },
        h('thead', {}, h('tr', {}, h('th', {}, t('memo.buyer')), h('th', { class: 'num' }, t('col.sales')),
          h('th', { class: 'num' }, t('memo.share')), h('th', { class: 'num' }, t('memo.activeMonths')))),
        h('tbody', {}, tr.largeBuyers.map((b) => h('tr', { dataset: { uscc: b.uscc, amount: String(b.amount) } },
          h('td', {}, `${b.name ?? b.uscc}${b.anchor ? ` (${t('firm.anchor')})` : ''}`), h('td', { class: 'num' }, money(b.amount)),
          h('td', { class: 'num' }, pct(b.share)), h('td', { class: 'num' }, `${b.activeMonths} / 12`)))))
      : h('p', { class: 'muted small' }, t('memo.noLargeBuyers')),
    h('p', { class: 'muted small' }, t('memo.tradeUnit', { unit: t('unit.money') })),
  ];
}
