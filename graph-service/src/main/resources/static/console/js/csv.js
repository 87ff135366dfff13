// CSV as the API writes it (RFC 4180: quoted fields may hold commas, quotes and line breaks). The console never
// writes CSV fields itself: an export is the API's own CSV for the rows on screen, only put in the screen's order.

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
