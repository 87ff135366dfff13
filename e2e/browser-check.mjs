// Opens Neo4j Browser as graph-service serves it (embedded mode) in headless Chromium, connects to the embedded
// database over Bolt/WebSocket, optionally walks through the anchorgraph guide running every block on every slide,
// runs a query, checks its result and saves a screenshot. Exit code 0 when every check passes, 1 otherwise; the
// last line printed is a JSON summary.
//
//   node e2e/browser-check.mjs --base http://localhost:8080 [--bolt bolt://127.0.0.1:7687] [--guide]
//        [--param anchor=91440300MA5DKT0014 --param top:=10] [--query 'MATCH (c:Company) RETURN count(c) AS companies']
//        [--expect 12] [--screenshot e2e/artefacts/browser-check.png]
//
// --bolt     the Bolt address the service really bound: the connect form, filled from the discovery document the
//            service serves, must show exactly it
// --guide    play the guide (:play <base>/guides/anchorgraph.html) and, slide by slide, click every code block into
//            the editor and run it (the style sheet, the parameters, the named queries): each must run without error
// --param    name=text or name:=expression, set as a Browser parameter (:param name => …) before the query; repeatable
// --query    run last; its frame is what the screenshot shows (default: count the companies)
// --expect   text the query's result must show as a whole word, e.g. a count
// CHROMIUM   environment variable: the Chromium binary (default /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.ANCHORGRAPH_URL },
    bolt: { type: 'string', default: process.env.BOLT_URL },
    guide: { type: 'boolean', default: false },
    param: { type: 'string', multiple: true, default: [] },
    query: { type: 'string', default: 'MATCH (c:Company) RETURN count(c) AS companies' },
    expect: { type: 'string' },
    screenshot: { type: 'string', default: 'e2e/artefacts/browser-check.png' },
    timeout: { type: 'string', default: '60000' },
  },
});
if (!opts.base) {
  console.error('usage: node e2e/browser-check.mjs --base http://localhost:8080 [--bolt bolt://127.0.0.1:7687] [--guide] ...');
  process.exit(2);
}
const base = opts.base.replace(/\/+$/, '');
const checks = [];
const record = (name, ok, detail) => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
};
const check = (name, ok, detail) => {
  record(name, ok, detail);
  if (!ok) throw new Error(`${name}: ${detail}`);
};
const oneLine = text => text.replace(/\s+/g, ' ').trim();
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A frame has finished when it shows one of these; it has failed when it shows one of the second.
const DONE = /Started streaming|completed after|Displaying \d+ nodes|no changes, no records|Successfully set your parameters|node\.RiskTier|ERROR|Could not|not allowed/;
const FAILED = /ERROR|Neo\.ClientError|Neo\.DatabaseError|No connection|Could not|not allowed/;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // as root (containers, CI) Chromium has no user namespace for its sandbox
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
page.setDefaultTimeout(Number(opts.timeout));
const frames = page.locator('[data-testid="frame"]');

/** Runs what is in the editor (after typing command, unless it is null) and returns the new frame, once done. */
async function run(command, what, done = DONE) {
  // Browser keeps at most 15 frames, so a new frame is told apart by a mark on the old ones, not by their count
  await page.evaluate(() => document.querySelectorAll('[data-testid="frame"]').forEach(f => f.setAttribute('data-seen', '')));
  if (command !== null) {
    await page.locator('[data-testid="activeEditor"]').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(command);
  }
  await page.locator('[data-testid="editor-Run"]').click();
  const frame = page.locator('[data-testid="frame"]:not([data-seen])').first(); // the newest frame is on top
  await frame.waitFor();
  await frame.filter({ hasText: done }).waitFor();
  const text = oneLine(await frame.innerText());
  check(what, !FAILED.test(text), text.slice(0, 160));
  return frame;
}

async function connect() {
  await page.goto(`${base}/browser/`, { waitUntil: 'load' });
  const address = page.locator('[data-testid="boltaddress"]');
  // filled from the discovery document, asynchronously
  await page.waitForFunction(() => document.querySelector('[data-testid="boltaddress"]')?.value.includes(':'));
  const shown = `${await page.locator('[data-testid="bolt-scheme-select"]').inputValue()}${await address.inputValue()}`;
  if (opts.bolt) {
    check('the connect form shows the embedded Bolt address', shown === opts.bolt, `${shown} (expected ${opts.bolt})`);
  } else {
    check('the connect form shows a Bolt address', /^(bolt|neo4j):\/\/.+:\d+$/.test(shown), shown);
  }
  // the embedded database has authentication off (its Bolt port listens on loopback only)
  await page.locator('[data-testid="authenticationMethod"]').selectOption('NO_AUTH');
  await page.locator('[data-testid="connect"]').click();
  await page.getByText(/server auth is disabled|You are connected/).first().waitFor();
  check('connected over Bolt/WebSocket', true, shown);
  // the commands run on connecting (Browser's start page, the server's post-connect command) come in frames of
  // their own: wait until no new frame has appeared for two seconds
  for (let n = -1, same = 0; same < 4; await page.waitForTimeout(500)) {
    const now = await frames.count();
    same = now === n ? same + 1 : 0;
    n = now;
  }
}

async function walkThroughTheGuide() {
  const guideUrl = `${base}/guides/anchorgraph.html`;
  const guide = await run(`:play ${guideUrl}`, 'the guide plays', /Lending to first-time borrowers|ERROR|Could not|not allowed/);
  const counter = (await guide.innerText()).match(/(\d+)\s*\/\s*(\d+)/);
  check('the guide has slides', counter && Number(counter[2]) > 1, counter?.[0]);
  const slides = Number(counter[2]);
  let blocks = 0;
  for (let slide = 1; slide <= slides; slide++) {
    // the guide frame moves down as results stack on top of it; find it again each time
    const current = frames.filter({ has: page.locator('[data-testid="frameCommand"]', { hasText: guideUrl }) }).first();
    const runnable = current.locator('pre.runnable');
    const n = await runnable.count();
    for (let i = 0; i < n; i++) {
      const code = (await runnable.nth(i).innerText()).trim();
      await runnable.nth(i).click(); // puts the block into the editor
      await run(null, `slide ${slide}, block ${i + 1} runs: ${oneLine(code).slice(0, 60)}`);
      blocks++;
    }
    if (slide < slides) {
      await current.locator('[data-testid="nextSlide"], button.next-slide').first().click();
      await current.filter({ hasText: new RegExp(`${slide + 1}\\s*/\\s*${slides}`) }).waitFor();
    }
  }
  check('every block of the guide ran', blocks > 0, `${blocks} block(s) on ${slides} slide(s)`);
}

let exit = 0;
try {
  await connect();
  if (opts.guide) {
    await walkThroughTheGuide();
  }
  for (const p of opts.param) {
    // name=text sets a string; name:=expression a Cypher expression (a number …), as in graph-loader's cypher command
    const [, name, raw, value] = p.match(/^([^:=]+)(:?)=(.*)$/) ?? [];
    if (!name) throw new Error(`--param ${p}: expected name=text or name:=expression`);
    await run(`:param ${name} => ${raw ? value : `'${value.replaceAll("'", "\\'")}'`}`, `parameter ${name} is set`);
  }
  const result = await run(opts.query, 'the query runs');
  if (opts.expect) {
    // a graph result shows captions, cut short: look in its table view
    const table = result.locator('[data-testid="cypherFrameSidebarTable"]');
    if (await table.count()) await table.first().click();
    // as rendered (innerText: cells apart), the expected text standing alone
    const expected = new RegExp(`(^|\\W)${escape(opts.expect)}(\\W|$)`);
    let shows = false;
    for (let tries = 0; !shows && tries < 20; tries++, await page.waitForTimeout(500)) {
      shows = expected.test(await result.innerText());
    }
    check(`the result shows ${opts.expect}`, shows, oneLine(await result.innerText()).slice(0, 200));
    const graph = result.locator('[data-testid="cypherFrameSidebarVisualization"]');
    if (await graph.count()) await graph.first().click();
  }
  await page.waitForTimeout(3000); // let the force layout settle before the picture
} catch (e) {
  exit = 1;
  if (!checks.some(c => !c.ok)) record('browser check', false, e.message.split('\n')[0]);
} finally {
  mkdirSync(dirname(opts.screenshot), { recursive: true });
  await page.screenshot({ path: opts.screenshot }).catch(e => console.error('no screenshot:', e.message));
  await browser.close();
  console.log(JSON.stringify({ ok: exit === 0, screenshot: opts.screenshot, checks }));
}
process.exit(exit);
