// Group admin (#/groups/{id}/admin): the safety score and a dry run of the content gate.
import { h, mount } from '../../dom.js';
import { get, post } from '../../api.js';
import { lang, t } from '../../i18n.js';
import { errorText, form, section } from '../../ui.js';
import { findingType } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Safety score and dry run

export async function safetyTab(panel, ctx) {
  const box = h('div', { id: 'safety-score' }, h('p', { class: 'loading' }, t('common.loading')));
  mount(panel, section(t('admin.safety.title'), h('p', { class: 'hint' }, t('admin.safety.lead')), box));
  try {
    const s = await get(`/api/groups/${ctx.gid}/safety-score`);
    const en = lang() === 'en';
    mount(box,
      h('p', { class: 'safety-total' }, h('span', { id: 'safety-score-value', class: 'safety-value' }, String(s.score)), ' / 100'),
      h('meter', { min: 0, max: 100, low: 50, high: 80, optimum: 100, value: s.score, 'aria-label': t('admin.safety.total') }),
      h('ul', { class: 'list safety-components' }, s.components.map((c) => h('li', { class: 'safety-component', dataset: { name: c.name } },
        h('div', { class: 'safety-row' },
          h('strong', null, t(`safety.c.${c.name}`)),
          h('span', { class: 'safety-points' }, t('admin.safety.points', { points: Number(c.points).toFixed(1), weight: c.weight }))),
        h('meter', { min: 0, max: c.weight, value: c.points, 'aria-label': t(`safety.c.${c.name}`) }),
        h('p', { class: 'safety-explanation' }, en ? c.explanationEn : c.explanationZh)))));
  } catch (error) {
    mount(box, h('p', { class: 'alert', role: 'alert' }, errorText(error)));
  }
}

export async function dryRunTab(panel, ctx) {
  const result = h('div', { id: 'dry-run-result', 'aria-live': 'polite' });
  const f = form({
    id: 'dry-run-form',
    fields: [{ name: 'text', label: t('admin.dry.text'), type: 'textarea', rows: 5, required: true, hint: t('admin.dry.hint'), attrs: { maxlength: 4000 } }],
    submit: t('admin.dry.submit'),
    onSubmit: async (v) => {
      const text = v.text;
      const r = await post('/api/safety/check', { text, groupId: ctx.gid });
      const en = lang() === 'en';
      mount(result,
        h('p', { class: `dry-verdict verdict-${r.verdict}`, id: 'dry-run-verdict', dataset: { verdict: r.verdict } },
          h('strong', null, t('admin.dry.verdict')), ' ', t(`verdict.${r.verdict}`)),
        h('p', { class: 'hint' }, t(`verdict.${r.verdict}.explain`)),
        r.findings.length
          ? h('ul', { class: 'list findings dry-findings' }, r.findings.map((fd) => h('li', { class: 'finding', dataset: { type: fd.type, action: fd.action } },
            h('span', { class: 'tag finding-type' }, findingType(fd.type)), ' ',
            h('span', { class: 'tag' }, t(`verdict.${fd.action}`)), ' ',
            h('span', { class: 'finding-span' }, t('admin.dry.span', { start: fd.start + 1, end: fd.end })), ' ',
            h('q', { class: 'mono' }, text.slice(fd.start, fd.end)),
            h('p', { class: 'finding-explanation' }, en ? fd.explanationEn : fd.explanationZh),
            h('p', { class: 'muted mono' }, t('admin.dry.rule', { rule: fd.rule })))))
          : h('p', null, t('admin.dry.noFindings')),
        h('h3', null, t('admin.dry.masked')),
        h('pre', { class: 'pre dry-masked', id: 'dry-run-masked' }, r.masked),
        h('p', { class: 'muted' }, t('admin.dry.notPosted')));
    },
  });
  mount(panel, section(t('admin.dry.title'), h('p', { class: 'hint' }, t('admin.dry.lead')), f, result));
}
