// Analytics charts: ECharts from its WebJar (pinned 5.3.1, loaded only on the dashboards), canvas renderer, and
// tooltips drawn inside the canvas (renderMode 'richText'), so that no HTML with inline styles reaches the page and
// the strict Content-Security-Policy (no 'unsafe-inline') holds. Each chart is one table from /api/analytics: the
// chart, its numbers in a table for screen readers, and the CSV export of exactly those numbers.
import { h } from './dom.js';
import { t } from './i18n.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
let library = null;

function echarts() {
  library = library || import(ECHARTS);
  return library;
}

/** A number to plot: "< 5" (a hidden small number) and empty cells become gaps. */
function plotted(value) {
  return typeof value === 'number' ? value : null;
}

function column(table, name) {
  const i = table.columns.indexOf(name);
  return table.rows.map((row) => plotted(row[i]));
}

const BASE = {
  animation: false,
  grid: { left: 48, right: 16, top: 36, bottom: 32 },
  tooltip: { trigger: 'axis', renderMode: 'richText' },
  legend: { top: 0, type: 'scroll' },
  aria: { enabled: true },
};

/** Lines (or bars) of some of a table's columns over its first column. series: [{name, label, type, axis}]. */
export function seriesOption(table, series, { stack = false, percent = false } = {}) {
  const axes = series.some((s) => s.axis === 1)
    ? [{ type: 'value' }, { type: 'value', axisLabel: { formatter: percent ? '{value}' : null } }]
    : [{ type: 'value' }];
  return {
    ...BASE,
    xAxis: { type: 'category', data: table.rows.map((r) => r[0]) },
    yAxis: axes,
    series: series.map((s) => ({
      name: s.label, type: s.type || 'line', data: column(table, s.name), yAxisIndex: s.axis || 0,
      stack: stack && (s.type || 'line') === 'bar' ? 'all' : undefined, connectNulls: false, showSymbol: false,
    })),
  };
}

/** Bars of one column by the first column (a funnel's steps). */
export function barOption(table, name, label) {
  return {
    ...BASE,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: { type: 'category', data: table.rows.map((r) => t(`analytics.step.${r[0]}`)) },
    yAxis: { type: 'value' },
    series: [{ name: label, type: 'bar', data: column(table, name), label: { show: true, position: 'top' } }],
  };
}

/** A retention heatmap: cohorts (all channels) × weeks 0..8, share of the cohort active. */
export function retentionOption(table) {
  const rows = table.rows.filter((r) => r[1] === 'all');
  const data = [];
  rows.forEach((row, y) => {
    for (let w = 0; w <= 8; w++) {
      const v = row[3 + w];
      if (typeof v === 'number') data.push([w, y, Math.round(v * 100)]);
    }
  });
  return {
    ...BASE,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    grid: { left: 88, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: [...Array(9).keys()].map((w) => t('analytics.week', { n: w })) },
    yAxis: { type: 'category', data: rows.map((r) => r[0]), inverse: true },
    visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 80 },
    series: [{ name: t('analytics.retention'), type: 'heatmap', data, label: { show: true } }],
  };
}

/** The numbers of a table as an HTML table (what a screen reader reads, and what the CSV holds). */
function dataTable(table) {
  return h('table', { class: 'data-table' },
    h('thead', null, h('tr', null, table.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, table.rows.map((row) => h('tr', null, row.map((v) => h('td', null, v ?? ''))))));
}

/**
 * A chart card: title, chart (if option is given), the numbers and the CSV link. Returns {card, ready}: ready
 * resolves once ECharts drew it; card.dispose() frees the chart.
 */
export function chartCard(id, title, path, table, option) {
  const box = option ? h('div', { class: 'chart', id: `chart-${id}`, role: 'img', 'aria-label': title }) : null;
  const csv = h('a', { class: 'csv-link', id: `csv-${id}`, href: `${path}${path.includes('?') ? '&' : '?'}format=csv`, download: `${table.chart}.csv` }, t('analytics.csv'));
  const card = h('section', { class: 'card analytics-card', dataset: { chart: table.chart } },
    h('h2', null, title), box,
    h('details', { class: 'chart-numbers' }, h('summary', null, t('analytics.numbers')), dataTable(table)),
    h('p', { class: 'chart-actions' }, csv));
  let instance = null;
  const onResize = () => instance?.resize();
  card.dispose = () => { window.removeEventListener('resize', onResize); instance?.dispose(); };
  const ready = !option ? Promise.resolve() : echarts().then((lib) => {
    instance = lib.init(box, null, { renderer: 'canvas' });
    instance.setOption(option);
    box.dataset.rendered = 'true';
    window.addEventListener('resize', onResize);
  });
  return { card, ready };
}
