// The ego network of a firm, drawn with Cytoscape.js (ADR 0006), loaded on first use. The API caps what it returns
// (at most 20 relationships per expansion at depth 1, 5 at depth 2; hubs therefore never flood the drawing) and says
// how many it left out; the drawing shows that count. A firm can be expanded in place (click, or the keyboard
// picker below the drawing), up to a node budget that keeps the drawing readable.
import { api } from './api.js';
import { h, replace } from './dom.js';
import { t, money, pct, word } from './i18n.js';
import { tierColour } from './charts.js';
import { errorText } from './panel.js';

const MAX_NODES = 250;
const EXPAND_PARTNERS = 10;
let loading = null;

export function loadCytoscape() {
  loading ??= import('/webjars/cytoscape/dist/cytoscape.esm.min.mjs').then((m) => m.default);
  return loading;
}

/** An organisation without a USCC (a foreign parent) carries its jurisdiction, as a reader tells it apart. */
function nodeLabel(n) {
  const label = n.label ?? n.id;
  return n.kind === 'organisation' && n.jurisdiction ? `${label} (${n.jurisdiction})` : label;
}

function edgeLabel(e) {
  const p = e.properties ?? {};
  switch (e.type) {
    case 'SUPPLIES': return p.amount == null ? '' : `${money(p.amount)} ${t('unit.money')}`;
    case 'HOLDS_SHARES': return p.stake == null ? '' : pct(p.stake, 1);
    case 'OFFICER_OF': return word('role', p.role);
    case 'PARTY_TO': return word('role', p.role);
    default: return e.type;
  }
}

function left(truncated) {
  let n = 0;
  for (const expansion of Object.values(truncated ?? {})) {
    for (const count of Object.values(expansion ?? {})) n += Number(count) || 0;
  }
  return n;
}

export const STYLE = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
    'text-wrap': 'ellipsis', 'text-max-width': 130, 'min-zoomed-font-size': 7, width: 22, height: 22, 'background-color': '#8c959f', color: '#1f2328' } },
  { selector: 'node[kind="company"]', style: { shape: 'round-rectangle', 'background-color': 'data(colour)' } },
  { selector: 'node[?anchor]', style: { shape: 'hexagon', width: 34, height: 34, 'border-width': 3, 'border-color': '#6639ba' } },
  { selector: 'node[kind="person"]', style: { shape: 'ellipse', 'background-color': '#57606a', width: 16, height: 16 } },
  { selector: 'node[kind="case"]', style: { shape: 'diamond', 'background-color': '#bf8700', width: 18, height: 18 } },
  { selector: 'node[kind="organisation"]', style: { shape: 'round-rectangle', 'background-color': '#ffffff',
    'border-width': 2, 'border-style': 'dashed', 'border-color': '#57606a' } },
  { selector: 'node[kind="party"]', style: { shape: 'ellipse', 'background-color': '#d0d7de', width: 12, height: 12 } },
  { selector: 'node[?root]', style: { 'border-width': 4, 'border-color': '#0b5cad', width: 32, height: 32, 'font-weight': 'bold' } },
  { selector: 'node[?expanded]', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#0b5cad' } },
  { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
    label: 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 8, color: '#59636e', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
    'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1' } },
  { selector: 'edge[type="SUPPLIES"]', style: { 'line-color': '#2f6feb', 'target-arrow-color': '#2f6feb' } },
  { selector: 'edge[type="HOLDS_SHARES"]', style: { 'line-color': '#6639ba', 'target-arrow-color': '#6639ba' } },
  { selector: 'edge[type="PARTY_TO"]', style: { 'line-color': '#bf8700', 'target-arrow-color': '#bf8700', 'line-style': 'dashed' } },
];

/** The network panel's body for the firm uscc; onOpen(uscc) opens another firm. */
export function networkPanel(uscc, { signal, onOpen }) {
  const canvas = h('div', { class: 'network', role: 'img', 'aria-label': t('firm.network') });
  const status = h('p', { class: 'muted small', 'aria-live': 'polite', dataset: { role: 'network-status' } });
  const picker = h('select', { 'aria-label': t('network.expandPick') });
  const depth = h('select', { 'aria-label': t('network.depth') }, h('option', { value: '1' }, '1'), h('option', { value: '2' }, '2'));
  const expandButton = h('button', { type: 'button', onClick: () => picker.value && expand(picker.value) }, t('network.expand'));
  const fitButton = h('button', { type: 'button', onClick: () => cy?.fit(undefined, 20) }, t('network.fit'));
  const body = h('div', {},
    h('div', { class: 'row' }, h('label', { class: 'field' }, t('network.depth'), depth), h('span', { class: 'grow' }),
      h('label', { class: 'field' }, t('network.expandPick'), picker), expandButton, fitButton),
    canvas, status, h('p', { class: 'muted small' }, t('network.help')),
    h('p', { class: 'muted small', dataset: { role: 'network-legend' } }, t('help.network'), ' ', t('network.amounts')));
  let cy = null;
  let capped = 0;

  function elements(network, rootId) {
    const els = [];
    for (const n of network.nodes) {
      if (cy?.getElementById(n.id).nonempty()) continue;
      els.push({ group: 'nodes', data: { id: n.id, label: nodeLabel(n), kind: n.kind, tier: n.tier ?? '',
        anchor: n.anchor === true, root: n.id === rootId, colour: tierColour(n.tier) } });
    }
    for (const e of network.edges) {
      const id = `${e.from}|${e.type}|${e.to}`;
      if (cy?.getElementById(id).nonempty()) continue;
      els.push({ group: 'edges', data: { id, source: e.from, target: e.to, type: e.type, label: edgeLabel(e) } });
    }
    return els;
  }

  function describe(note) {
    const companies = cy.nodes('[kind="company"]').filter((n) => !n.data('expanded') && !n.data('root'));
    replace(picker, companies.map((n) => h('option', { value: n.id() }, n.data('label'))));
    expandButton.disabled = companies.empty();
    const parts = [t('network.count', { nodes: cy.nodes().length, edges: cy.edges().length })];
    if (capped > 0) parts.push(t('network.capped', { n: capped }));
    if (note) parts.push(note);
    status.textContent = parts.join(' ');
    status.dataset.nodes = String(cy.nodes().length);
    status.dataset.edges = String(cy.edges().length);
  }

  function layout() {
    // a crowded drawing (depth 2) spreads out, and labels too small to read at the zoom shown are left out
    cy.layout({ name: 'breadthfirst', roots: cy.nodes('[?root]'), circle: true,
      spacingFactor: cy.nodes().length > 30 ? 1.8 : 1.1, animate: false,
      padding: 20 }).run();
  }

  async function draw() {
    status.textContent = t('common.loading');
    const [cytoscape, network] = await Promise.all([loadCytoscape(),
      api(`/api/v1/companies/${encodeURIComponent(uscc)}/network`, { query: { depth: depth.value }, signal })]);
    if (signal.aborted) return;
    cy?.destroy();
    cy = null;
    capped = left(network.truncated);
    cy = cytoscape({ container: canvas, elements: elements(network, uscc), style: STYLE,
      minZoom: 0.2, maxZoom: 3 });
    cy.getElementById(uscc).data('expanded', true);
    layout();
    cy.on('tap', 'node[kind="company"]', (e) => expand(e.target.id()));
    cy.on('dbltap', 'node[kind="company"]', (e) => onOpen(e.target.id()));
    describe();
  }

  async function expand(id) {
    try {
      await expandNode(id);
    } catch (e) {
      if (!signal.aborted) describe(errorText(e));
    }
  }

  async function expandNode(id) {
    const node = cy.getElementById(id);
    if (node.empty() || node.data('expanded')) return;
    if (cy.nodes().length >= MAX_NODES) {
      describe(t('network.tooMany', { n: cy.nodes().length }));
      return;
    }
    node.data('expanded', true);
    const network = await api(`/api/v1/companies/${encodeURIComponent(id)}/network`,
      { query: { depth: 1, partners: EXPAND_PARTNERS }, signal });
    if (signal.aborted) return;
    capped += left(network.truncated);
    cy.add(elements(network, uscc));
    layout();
    describe();
  }

  depth.addEventListener('change', () => draw().catch((e) => { if (!signal.aborted) status.textContent = errorText(e); }));
  signal.addEventListener('abort', () => cy?.destroy());
  return { body, draw, expand };
}

/** All paths between two firms in one drawing, left to right: each hop drawn in its graph direction. */
export async function pathsDrawing(container, result) {
  const cytoscape = await loadCytoscape();
  const els = new Map();
  for (const path of result.paths) {
    for (const n of path.nodes) {
      els.set(n.id, { group: 'nodes', data: { id: n.id, label: n.label ?? n.id, kind: n.kind,
        root: n.id === result.from.uscc || n.id === result.to.uscc, colour: tierColour(null) } });
    }
    for (const hop of path.hops) {
      const [source, target] = hop.direction === 'forward' ? [hop.from, hop.to] : [hop.to, hop.from];
      const id = `${source}|${hop.type}|${target}`;
      els.set(id, { group: 'edges', data: { id, source, target, type: hop.type, label: '' } });
    }
  }
  const cy = cytoscape({ container, elements: [...els.values()], style: STYLE, minZoom: 0.3, maxZoom: 2 });
  cy.layout({ name: 'breadthfirst', roots: cy.getElementById(result.from.uscc), directed: false, animate: false,
    padding: 20, spacingFactor: 1.2 }).run();
  return cy;
}
