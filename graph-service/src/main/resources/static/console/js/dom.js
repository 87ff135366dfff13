// Building DOM from data without innerHTML: every text from the API goes in as a text node, never as markup.

/** h('a', {href, class, onClick}, 'text', child…): attributes, event listeners (on*) and children. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value' || k === 'checked' || k === 'selected') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function tierBadge(tier, big = false) {
  return h('span', { class: `badge tier-${tier ?? 'none'}${big ? ' big' : ''}`, dataset: { tier: tier ?? '' } }, tier ?? '–');
}

/** A risk answer's badge: its tier, or, for a firm with too little trade data for one, the words given (no tier). */
export function riskBadge(r, insufficientLabel, big = false) {
  return r.status === 'insufficient_data'
    ? h('span', { class: `badge tier-none${big ? ' big' : ''}`, dataset: { tier: '', status: r.status } }, insufficientLabel)
    : tierBadge(r.tier, big);
}

export function firmLink(uscc, name) {
  return h('a', { href: `#/firm/${encodeURIComponent(uscc)}`, dataset: { uscc } }, name ?? uscc);
}

/** Debounces f: called once, wait ms after the last call. */
export function debounce(f, wait) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => f(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
