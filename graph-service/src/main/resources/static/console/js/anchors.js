// The anchor list is small (a bank runs programmes with tens of anchors) and used everywhere: the home page, the
// search box (an anchor opens its prospect view) and the anchor view's chain figures. Fetched once, kept.
import { api } from './api.js';

let cached = null;

export function anchors() {
  cached ??= api('/api/v1/anchors').catch((e) => {
    cached = null; // a failure (not signed in yet) is not remembered
    throw e;
  });
  return cached;
}

export async function anchorSet() {
  try {
    return new Set((await anchors()).map((a) => a.uscc));
  } catch {
    return new Set();
  }
}

export function forgetAnchors() {
  cached = null;
}
