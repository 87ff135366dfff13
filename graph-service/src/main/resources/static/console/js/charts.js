// Charts with Chart.js (ADR 0006), loaded the first time a chart is drawn so that it never delays the first paint.
// The self-contained UMD build sets globalThis.Chart when imported; animations are off, so a chart is final as soon
// as it is drawn (screenshots, tests, and managers do not wait for bars to grow).
import { h } from './dom.js';
import { t, amount, num } from './i18n.js';

let loading = null;

export function loadChart() {
  loading ??= import('/webjars/chart.js/dist/chart.umd.min.js').then(() => {
    const { Chart } = globalThis;
    Chart.defaults.animation = false;
    Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
    Chart.defaults.maintainAspectRatio = false;
    return Chart;
  });
  return loading;
}

function css(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function tierColour(tier) {
  return css({ A: '--tier-a', B: '--tier-b', C: '--tier-c', D: '--tier-d' }[tier] ?? '--tier-none');
}

/** A canvas in a sized box; label is what a screen reader announces (the data table beside it has the figures). */
export function chartBox(label, small = false) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  return { box: h('div', { class: `chart${small ? ' small' : ''}` }, canvas), canvas };
}

/** tiers: {A: n, B: n, C: n, D: n, insufficientData: n, unscored: n} */
export async function tierChart(canvas, tiers) {
  const Chart = await loadChart();
  const keys = ['A', 'B', 'C', 'D', 'insufficientData', 'unscored'];
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: keys.map((k) => (k === 'unscored' ? t('anchor.unscored') : k === 'insufficientData' ? t('anchor.insufficientData') : k)),
      datasets: [{ data: keys.map((k) => tiers[k] ?? 0), backgroundColor: keys.map(tierColour) }],
    },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

/**
 * The score as a waterfall: the model's base, each reason's points as a step up or down, the final score. Returns
 * the steps ({label, points, from, to}) it drew, for the table beside it.
 */
export function waterfallSteps(base, reasons) {
  const steps = [{ kind: 'base', label: t('firm.base'), points: base, from: 0, to: base }];
  let running = base;
  for (const r of reasons) {
    steps.push({ kind: r.points >= 0 ? 'up' : 'down', code: r.code, label: t(`reason.${r.code}`), message: r.message,
      points: r.points, from: running, to: running + r.points });
    running += r.points;
  }
  steps.push({ kind: 'total', label: t('firm.final'), points: running, from: 0, to: running });
  return steps;
}

export async function waterfallChart(canvas, steps, tier) {
  const Chart = await loadChart();
  const values = steps.flatMap((s) => (s.kind === 'base' || s.kind === 'total' ? [s.to] : [s.from, s.to]));
  const floor = Math.max(0, Math.floor((Math.min(...values) - 40) / 50) * 50);
  const colour = { base: css('--tier-none'), up: css('--tier-a'), down: css('--tier-d'), total: tierColour(tier) };
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: steps.map((s) => s.label),
      datasets: [{
        data: steps.map((s) => (s.kind === 'base' || s.kind === 'total' ? [floor, s.to] : [s.from, s.to])),
        backgroundColor: steps.map((s) => colour[s.kind]),
        borderSkipped: false,
      }],
    },
    options: {
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const s = steps[ctx.dataIndex];
              if (s.kind === 'base' || s.kind === 'total') return `${s.label}: ${s.to}`;
              return `${s.points > 0 ? '+' : ''}${s.points}: ${s.message}`;
            },
          },
        },
      },
      scales: { y: { min: floor }, x: { ticks: { autoSkip: false, maxRotation: 50, minRotation: 0 } } },
    },
  });
}

const LARGE = ['#0b5cad', '#6639ba', '#1a7f37', '#b35900', '#bf3989', '#0a7f8c'];
const SMALL = ['#adb5bd', '#c3c9cf', '#9aa3ab', '#ced4da', '#b7bec5'];

/** Monthly sales stacked by buyer; large buyers in colour, the others grey. */
export async function salesChart(canvas, sales) {
  const Chart = await loadChart();
  let large = 0;
  let small = 0;
  const datasets = sales.buyers.map((b) => ({
    label: b.large ? `★ ${b.name ?? b.uscc} (${t('firm.largeBuyer')})` : b.name ?? b.uscc,
    data: b.monthly,
    backgroundColor: b.large ? LARGE[large++ % LARGE.length] : SMALL[small++ % SMALL.length],
    stack: 'sales',
  }));
  if (sales.others.buyers > 0) {
    datasets.push({ label: t('firm.otherBuyers', { n: sales.others.buyers }), data: sales.others.monthly,
      backgroundColor: '#e4e8ec', stack: 'sales' });
  }
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: sales.months, datasets },
    options: {
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${num(ctx.parsed.y)}` } },
      },
      scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (v) => amount(v) } } },
    },
  });
}
