// A group (集团): the firms under one actual controller, their tiers, and what the bank has lent to them in all
// (GET /api/v1/groups/{id}). Reached from a firm's ownership panel or its memo.
import { api } from '../api.js';
import { h, replace, tierBadge, firmLink } from '../dom.js';
import { t, pct, money } from '../i18n.js';
import { panel } from '../panel.js';

export function render(view, params, { signal }) {
  const id = decodeURIComponent(params.path[1] ?? '');
  const group = api(`/api/v1/groups/${encodeURIComponent(id)}`, { signal });
  const title = h('h1', {}, t('group.title', { id }));
  const summary = panel({ title: t('group.summary'), name: 'group', signal }, async (body) => {
    const g = await group;
    const figure = (k, v, role) => h('div', { class: 'figure', dataset: { role } }, h('div', { class: 'v' }, v), h('div', { class: 'k' }, k));
    title.textContent = g.controller ? t('group.of', { name: g.controller.name ?? g.controller.key }) : t('group.title', { id });
    replace(body, h('div', { class: 'figures' },
      figure(t('group.members'), String(g.size), 'group-size'),
      figure(`${t('group.exposure')} (${t('unit.money')})`, money(g.exposure), 'group-exposure'),
      figure(t('group.borrowers'), `${g.borrowers} (${g.borrowersWithAmount})`, 'group-borrowers'),
      figure(t('group.knockedOut'), String(g.knockedOut), 'group-knocked-out')),
    h('p', { class: 'muted small' }, Object.entries(g.tiers).map(([k, n]) => `${k.length === 1 ? k : t(k === 'unscored' ? 'anchor.unscored' : 'risk.insufficient')}: ${n}`).join(' · ')),
    h('table', { dataset: { role: 'group-members' } },
      h('thead', {}, h('tr', {}, [t('col.tier'), t('col.name'), t('col.score'), t('col.pd'), t('group.lender'),
        `${t('group.outstanding')} (${t('unit.money')})`, t('group.stake')].map((x) => h('th', {}, x)))),
      h('tbody', {}, g.members.map((m) => h('tr', { dataset: { uscc: m.uscc } },
        h('td', {}, m.tier ? tierBadge(m.tier) : t(m.status === 'insufficient_data' ? 'risk.insufficient' : 'anchor.unscored'),
          m.knockouts.length ? h('span', { class: 'tag' }, t('firm.knockout')) : null),
        h('td', {}, firmLink(m.uscc, m.name)), h('td', { class: 'num' }, m.score ?? ''), h('td', { class: 'num' }, pct(m.pd, 2)),
        h('td', {}, m.borrower ? (m.lender ?? '✓') : ''), h('td', { class: 'num' }, money(m.outstanding)),
        h('td', { class: 'num' }, pct(m.controllerStake, 2)))))),
    g.membersLeftOut ? h('p', { class: 'muted small' }, t('firm.more', { n: g.membersLeftOut })) : null);
  });
  replace(view, title, h('div', { class: 'grid' }, summary));
}
