// First paint of the web console: opens /console/ in fresh headless-Chromium contexts (empty cache each time) and
// reports the first contentful paint and the moment the anchor list is on screen, min / median / max.
//   node benchmarks/console-first-paint.mjs [base-url] [runs]      (playwright-core from e2e/: run e2e/setup.sh)
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 10);
const apiKey = process.env.CONSOLE_API_KEY;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const paint = [];
const list = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  if (apiKey) await context.addInitScript((k) => sessionStorage.setItem('anchorgraph.apiKey', k), apiKey);
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.waitForSelector('[data-panel="anchors"] tbody tr');
  const [fcp, shown] = await page.evaluate(() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    performance.now()]);
  paint.push(fcp);
  list.push(shown);
  await context.close();
}
await browser.close();
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${Math.round(s[0])} ms, median ${Math.round(s[Math.floor(s.length / 2)])} ms, max ${Math.round(s.at(-1))} ms`;
};
console.log(`${runs} loads of ${base}/console/ (fresh context each)`);
console.log(`first contentful paint: ${stats(paint)}`);
console.log(`anchor list on screen:  ${stats(list)}`);
