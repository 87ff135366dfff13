// A data table usable from the keyboard: column headers are buttons that sort (ascending, descending, back to the
// API's order), rows are one tab stop moved through with the arrow keys, Home and End, and Enter opens a row.
import { h, replace } from './dom.js';

/**
 * columns: [{key, label, value(row) → sortable value, render(row) → node or text, class, title (a tooltip: what the
 * column means), sortable (true)}]
 * Returns {el, displayed()}: the element and the rows in the order shown.
 */
export function dataTable({ columns, rows, onOpen, caption, rowId = (r) => r.uscc }) {
  let sort = null; // {key, dir: 1 | -1}
  let shown = rows.slice();
  const tbody = h('tbody');
  const headers = columns.map((c) => {
    const th = h('th', { scope: 'col', class: c.class, title: c.title, dataset: { key: c.key } });
    if (c.sortable === false) {
      th.append(c.label);
    } else {
      th.append(h('button', { type: 'button', onClick: () => toggle(c) }, c.label));
      th.setAttribute('aria-sort', 'none');
    }
    return th;
  });
  const table = h('table', { class: 'data' }, caption ? h('caption', { class: 'muted small', hidden: true }, caption) : null,
    h('thead', {}, h('tr', {}, headers)), tbody);

  function toggle(column) {
    if (!sort || sort.key !== column.key) sort = { key: column.key, dir: 1 };
    else if (sort.dir === 1) sort = { key: column.key, dir: -1 };
    else sort = null;
    headers.forEach((th) => {
      if (th.hasAttribute('aria-sort')) {
        th.setAttribute('aria-sort', sort && th.dataset.key === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none');
      }
    });
    draw();
  }

  function compare(a, b, value) {
    const x = value(a);
    const y = value(b);
    if (x == null && y == null) return 0;
    if (x == null) return 1; // missing values last, whichever the direction
    if (y == null) return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
  }

  function draw() {
    shown = rows.slice();
    if (sort) {
      const column = columns.find((c) => c.key === sort.key);
      const value = column.value ?? ((r) => r[column.key]);
      shown.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        if (x == null || y == null) return compare(a, b, value); // nulls stay last
        return sort.dir * compare(a, b, value);
      });
    }
    replace(tbody, shown.map((row, i) => h('tr', {
      tabindex: i === 0 ? '0' : '-1', dataset: { id: rowId(row) },
    }, columns.map((c) => h('td', { class: c.class }, c.render ? c.render(row) : row[c.key] ?? '')))));
  }

  tbody.addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr');
    if (!tr || e.target !== tr) return;
    const all = [...tbody.rows];
    const at = all.indexOf(tr);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      const next = all[Math.max(0, Math.min(all.length - 1, move))];
      tr.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    } else if (e.key === 'Enter' && onOpen) {
      e.preventDefault();
      onOpen(shown[at]);
    }
  });
  tbody.addEventListener('focusin', (e) => {
    const tr = e.target.closest('tr');
    if (!tr) return;
    [...tbody.rows].forEach((r) => { r.tabIndex = r === tr ? 0 : -1; });
  });

  draw();
  return { el: h('div', { class: 'table-wrap' }, table), displayed: () => shown.slice() };
}
