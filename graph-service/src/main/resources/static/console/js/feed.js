// The live alert feed: Server-Sent Events read with fetch() rather than EventSource, because EventSource cannot send
// the X-API-Key (or Authorization) header. Reconnects with back-off and resumes after the last event seen
// (Last-Event-ID), so nothing raised while the connection was down is missed.
import { api } from './api.js';

/** Parses a text/event-stream body into {type, id, data} events (the WHATWG rules, minus what the API never sends). */
export async function* events(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let data = [];
  let type = 'message';
  let id = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    for (;;) {
      const at = buffer.search(/\r\n|\r|\n/);
      if (at < 0 || (buffer[at] === '\r' && at === buffer.length - 1)) break; // a CR may be half of a CRLF
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + (buffer.startsWith('\r\n', at) ? 2 : 1));
      if (line === '') {
        if (data.length) yield { type, id, data: data.join('\n') };
        data = [];
        type = 'message';
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(val);
        else if (field === 'event') type = val;
        else if (field === 'id') id = val;
        else if (field === 'retry' && /^\d+$/.test(val)) yield { type: 'retry', data: Number(val) };
      }
    }
  }
}

/**
 * state: off, connecting, live, retrying, unavailable (no alerts API on this service), denied (401/403).
 * Dispatches 'alert' (detail: the alert) and 'state'.
 */
export class AlertFeed extends EventTarget {
  state = 'off';
  lastId = null;
  #controller = null;

  #set(state) {
    this.state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: state }));
  }

  start() {
    if (this.#controller) return;
    this.#controller = new AbortController();
    this.#run(this.#controller.signal);
  }

  stop() {
    this.#controller?.abort();
    this.#controller = null;
    this.#set('off');
  }

  restart() {
    this.stop();
    this.start();
  }

  async #run(signal) {
    let wait = 1000;
    while (!signal.aborted) {
      this.#set(this.state === 'live' || this.state === 'retrying' ? 'retrying' : 'connecting');
      try {
        const response = await api('/api/v1/alerts/stream', { accept: 'text/event-stream', raw: true, signal,
          headers: this.lastId ? { 'Last-Event-ID': this.lastId } : {} });
        this.#set('live');
        wait = 1000;
        for await (const e of events(response.body)) {
          if (e.type === 'retry') wait = e.data;
          if (e.id != null) this.lastId = e.id;
          if (e.type === 'alert') {
            try {
              this.dispatchEvent(new CustomEvent('alert', { detail: JSON.parse(e.data) }));
            } catch { /* a malformed event is skipped, the stream goes on */ }
          }
        }
      } catch (e) {
        if (signal.aborted || e.name === 'AbortError') return;
        if (e.kind === 'missing') { this.#set('unavailable'); return; }
        if (e.kind === 'auth' || e.kind === 'forbidden') { this.#set('denied'); return; }
      }
      if (signal.aborted) return;
      this.#set('retrying');
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 30_000);
    }
  }
}

export const feed = new AlertFeed();
