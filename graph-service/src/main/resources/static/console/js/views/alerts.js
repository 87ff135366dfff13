// Alerts: the monitoring feed, newest first, filtered by type, severity, state or firm; new alerts arrive live and
// are added on top when they match the filters; each can be acknowledged.
import { api } from '../api.js';
import { h, replace, firmLink } from '../dom.js';
import { t, dateTime } from '../i18n.js';
import { errorBox } from '../panel.js';
import { feed } from '../feed.js';

const TYPES = ['sales_drop', 'stable_buyer_silent', 'new_litigation', 'new_enforcement', 'new_dishonest_debtor',
  'tier_downgrade', 'new_fraud_pattern', 'counterparty_distress'];
const SEVERITIES = ['high', 'medium', 'low'];

export function render(view, params, { signal }) {
  const q = params.query;
  const select = (name, options, value) => h('select', { name }, h('option', { value: '' }, t('common.all')),
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  const type = select('type', TYPES.map((x) => [x, t(`type.${x}`)]), q.get('type'));
  const severity = select('severity', SEVERITIES.map((x) => [x, t(`sev.${x}`)]), q.get('severity'));
  const state = select('acknowledged', [['false', t('alerts.open')], ['true', t('alerts.acked')]], q.get('acknowledged'));
  const uscc = h('input', { type: 'text', name: 'uscc', value: q.get('uscc') ?? '', size: 20, 'aria-label': t('alerts.uscc') });
  // a relationship manager's portfolio: the borrowers of their lender, remembered on this browser
  const lender = h('input', { type: 'text', name: 'lender', size: 16, 'aria-label': t('alerts.lender'),
    value: q.get('lender') ?? localStorage.getItem('anchorgraph.lender') ?? '' });
  // the user's own watchlist (PUT /api/v1/watchlist/{uscc} from a firm's view)
  const watched = h('input', { type: 'checkbox', name: 'watchlist', value: 'true', checked: q.get('watchlist') === 'true' });
  const live = h('span', { class: 'live', dataset: { state: feed.state, role: 'live' } });
  const form = h('form', { class: 'filters', onSubmit: (e) => { e.preventDefault(); reload(); } },
    h('label', { class: 'field' }, t('alerts.type'), type), h('label', { class: 'field' }, t('alerts.severity'), severity),
    h('label', { class: 'field' }, t('alerts.state'), state), h('label', { class: 'field' }, t('alerts.uscc'), uscc),
    h('label', { class: 'field' }, t('alerts.lender'), lender),
    h('label', { class: 'field check' }, watched, t('alerts.watchlist')),
    h('button', { type: 'submit' }, t('alerts.apply')), h('span', { class: 'grow' }), live);
  form.addEventListener('change', (e) => {
    if (e.target === lender) localStorage.setItem('anchorgraph.lender', lender.value.trim());
    if (e.target !== uscc && e.target !== lender) reload();
  });
  const tbody = h('tbody', { dataset: { role: 'alerts' } });
  const table = h('table', {}, h('thead', {}, h('tr', {}, [t('alerts.severity'), t('alerts.type'), t('alerts.firm'),
    t('alerts.message'), t('alerts.raised'), t('alerts.state')].map((x) => h('th', {}, x)))), tbody);
  const empty = h('p', { class: 'muted', hidden: true }, t('alerts.none'));
  const more = h('button', { type: 'button', hidden: true, onClick: () => page(nextCursor) }, t('alerts.more'));
  const message = h('div');
  const shown = new Map();
  let nextCursor = null;
  let inFlight = null;

  const filters = () => ({ type: type.value, severity: severity.value, acknowledged: state.value,
    uscc: uscc.value.trim().toUpperCase(), lender: lender.value.trim(), watchlist: watched.checked ? 'true' : '' });
  const matches = (a) => {
    const f = filters();
    // a live alert does not say whose borrower it is: with a lender chosen it shows on the next reload
    return !f.lender && !f.watchlist && (!f.type || a.type === f.type) && (!f.severity || a.severity === f.severity)
      && (!f.acknowledged || String(a.acknowledged) === f.acknowledged) && (!f.uscc || a.uscc === f.uscc);
  };

  function row(a) {
    const ack = a.acknowledged
      ? h('span', { class: 'muted small' }, t('alerts.ackedBy', { who: a.acknowledgedBy ?? '?' }), h('br'), dateTime(a.acknowledgedAt),
        a.acknowledgedNote ? h('div', { class: 'note', dataset: { role: 'ack-note' } }, a.acknowledgedNote) : null)
      : h('button', { type: 'button', dataset: { role: 'ack' }, onClick: (e) => askNote(a, e.target) }, t('alerts.ack'));
    return h('tr', { dataset: { id: a.id, seq: String(a.seq), type: a.type } },
      h('td', {}, h('span', { class: `badge sev-${a.severity}` }, t(`sev.${a.severity}`))),
      h('td', {}, t(`type.${a.type}`)),
      h('td', {}, firmLink(a.uscc, a.name)),
      h('td', {}, a.message, a.asOf ? h('div', { class: 'muted small' }, t('firm.asOf', { date: a.asOf })) : null),
      h('td', { class: 'small' }, dateTime(a.raisedAt)),
      h('td', {}, ack));
  }

  function put(a, fresh = false) {
    const tr = row(a);
    if (fresh) tr.classList.add('fresh');
    const old = shown.get(a.id);
    if (old) old.replaceWith(tr);
    else {
      // newest first: before the first row with a lower sequence number
      const after = [...tbody.rows].find((r) => Number(r.dataset.seq) < a.seq);
      tbody.insertBefore(tr, after ?? null);
    }
    shown.set(a.id, tr);
    empty.hidden = shown.size > 0;
  }

  /** Acknowledging asks what was done about it (optional, at most 500 characters), kept with the alert. */
  function askNote(a, button) {
    const note = h('input', { type: 'text', name: 'note', maxlength: 500, size: 24, placeholder: t('alerts.notePlaceholder'),
      'aria-label': t('alerts.note') });
    const ok = h('button', { type: 'submit', dataset: { role: 'ack-confirm' } }, t('alerts.ack'));
    const box = h('form', { class: 'ack-note', onSubmit: (e) => { e.preventDefault(); acknowledge(a, ok, note.value.trim()); } },
      note, ok);
    button.replaceWith(box);
    note.focus();
  }

  async function acknowledge(a, button, note) {
    button.disabled = true;
    try {
      put(await api(`/api/v1/alerts/${encodeURIComponent(a.id)}/ack`,
        { method: 'POST', body: note ? { note } : undefined, signal }));
    } catch (e) {
      button.disabled = false;
      if (e.name !== 'AbortError') replace(message, errorBox(e));
    }
  }

  async function page(cursor) {
    inFlight?.abort();
    inFlight = new AbortController();
    const mine = inFlight.signal;
    signal.addEventListener('abort', () => inFlight.abort(), { once: true });
    table.setAttribute('aria-busy', 'true');
    try {
      const result = await api('/api/v1/alerts', { query: { ...filters(), limit: 50, cursor }, signal: mine });
      if (mine.aborted) return;
      replace(message);
      result.alerts.forEach((a) => put(a));
      nextCursor = result.nextCursor;
      more.hidden = !nextCursor;
      empty.hidden = shown.size > 0;
    } catch (e) {
      if (e.name !== 'AbortError' && !mine.aborted) {
        replace(message, e.kind === 'missing' ? h('p', { class: 'error', role: 'alert' }, t('alerts.unavailable')) : errorBox(e));
      }
    } finally {
      table.setAttribute('aria-busy', 'false');
    }
  }

  function reload() {
    const f = new URLSearchParams(Object.entries(filters()).filter(([, v]) => v));
    history.replaceState(null, '', `#/alerts${f.size ? `?${f}` : ''}`);
    shown.clear();
    tbody.replaceChildren();
    page(null);
  }

  const onAlert = (e) => { if (matches(e.detail)) put(e.detail, true); };
  const onState = (e) => {
    live.dataset.state = e.detail;
    live.textContent = t(`live.${{ live: 'live', connecting: 'connecting', retrying: 'retrying' }[e.detail] ?? 'off'}`);
  };
  feed.addEventListener('alert', onAlert);
  feed.addEventListener('state', onState);
  signal.addEventListener('abort', () => {
    feed.removeEventListener('alert', onAlert);
    feed.removeEventListener('state', onState);
  });
  onState({ detail: feed.state });
  feed.start();

  replace(view, h('h1', {}, t('alerts.title')), h('section', { class: 'panel' }, form, message, table, empty, more));
  page(null);
}
