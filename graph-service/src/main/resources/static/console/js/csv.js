// CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks): reading the API's, and writing a file
// for people that a spreadsheet opens as they expect (code() keeps a USCC as text).

/** Splits CSV text into its raw records (line endings removed, quoting kept), the header first. */
export function records(text) {
  const out = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      out.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The fields of one raw record. */
export function fields(record) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; }
    else field += c;
  }
  out.push(field);
  return out;
}

/**
 * The API's CSV with its data records in the given order of keys (first field: the USCC). Records the order does
 * not name are dropped, keys without a record are reported as missing.
 */
export function reorder(text, keys) {
  const [header, ...rest] = records(text);
  const byKey = new Map(rest.filter((r) => r.length).map((r) => [fields(r)[0], r]));
  const missing = keys.filter((k) => !byKey.has(k));
  const ordered = keys.filter((k) => byKey.has(k)).map((k) => byKey.get(k));
  return { csv: `${[header, ...ordered].join('\r\n')}\r\n`, count: ordered.length, missing };
}

/** A text field: quoted when needed; a leading = + - @ defused with an apostrophe (spreadsheets run those as formulas). */
export function text(value) {
  if (value == null) return '';
  const s = String(value);
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A code a spreadsheet must keep as text, written as the formula ="…": an all-digit USCC such as
 * 914403007111617001 would otherwise become the number 9.14403E+17 and lose its last digits (and a leading zero
 * would go). Excel, LibreOffice and Google Sheets show the code itself. The field is quoted, as it holds quotes.
 */
export function code(value) {
  if (value == null || value === '') return '';
  return `"=""${String(value).replace(/"/g, '')}"""`;
}

/** columns: [{label, value(row) → a field written by text() or code(), or a number}]; CRLF line ends. */
export function table(columns, rows) {
  const lines = [columns.map((c) => text(c.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => {
      const v = c.value(row);
      return typeof v === 'number' ? String(v) : v ?? '';
    }).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Saves text as a file. A UTF-8 byte-order mark goes first: without it Excel, which most relationship managers
 * open a call list in, reads UTF-8 Chinese names as mojibake.
 */
export function download(filename, text) {
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
