// Ownership and control of a firm (GET /api/v1/companies/{uscc}/control): the actual controller and the chain it
// controls through, the beneficial owners, and the penetration as a tree: each holder above the firm with its
// cumulative stake, and under it the chains behind that stake with the stake on every link.
import { api } from '../api.js';
import { h, replace, firmLink } from '../dom.js';
import { t, pct } from '../i18n.js';
import { panel } from '../panel.js';

const HOLDERS_SHOWN = 12;

export function ownershipPanel(uscc, signal) {
  return panel({ title: t('own.title'), name: 'ownership', signal }, async (body) => {
    const c = await api(`/api/v1/companies/${encodeURIComponent(uscc)}/control`, { signal });
    if (c.status === 'no_holders') {
      replace(body, h('p', { class: 'muted', dataset: { role: 'control-status', status: c.status } }, t('control.no_holders')));
      return;
    }
    const stake = c.controllerStake == null ? '—' : pct(c.controllerStake, 2);
    const summary = h('p', { dataset: { role: 'control-status', status: c.status } },
      c.controller
        ? [h('b', {}, t('memo.controller')), ': ', who(c.controller), ` · ${stake} · ${t(`control.basis.${c.basis}`)}`]
        : [h('b', {}, t('memo.controlStatus')), ': ', t(`control.${c.status}`), c.controllerStake == null ? '' : ` · ${t('memo.largestHolder', { stake })}`]);
    const chain = c.chain.length > 1
      ? h('p', { class: 'small', dataset: { role: 'control-chain' } }, t('own.chain'), ' ',
        c.chain.map((p, i) => [i ? ' ← ' : '', who(p)]))
      : null;
    const owners = h('p', { class: 'small', dataset: { role: 'beneficial-owners', basis: c.beneficialOwners.basis } },
      h('b', {}, t('own.owners')), ': ',
      c.beneficialOwners.owners.length
        ? c.beneficialOwners.owners.map((o, i) => [i ? '; ' : '', who(o.person),
          o.stake != null ? ` ${pct(o.stake, 2)}` : o.role ? ` (${t(`role.${o.role}`)})` : ''])
        : t('own.noOwners'),
      ` · ${t(`own.basis.${c.beneficialOwners.basis}`)}`,
      c.beneficialOwners.incomplete ? ` · ${t('own.incomplete')}` : '');
    const shown = c.holders.slice(0, HOLDERS_SHOWN);
    const tree = h('ul', { class: 'penetration', dataset: { role: 'penetration' } }, shown.map((x) =>
      h('li', { dataset: { key: x.party.key, stake: String(x.stake) } },
        h('span', {}, who(x.party), ' ', h('b', {}, pct(x.stake, 2)), x.unknown ? h('span', { class: 'tag', title: t('own.unknownHelp') }, t('own.unknown')) : null,
          x.top ? h('span', { class: 'muted small' }, ` · ${t('own.top')}`) : null),
        h('ul', {}, x.paths.map((p) => h('li', { class: 'small' }, p.parties.map((party, i) => [
          i ? h('span', { class: 'edge' }, ` —${p.stakes[i - 1] == null ? '?' : pct(p.stakes[i - 1], 2)}→ `) : null,
          who(party)]))),
        x.pathsLeftOut ? h('li', { class: 'muted small' }, t('firm.more', { n: x.pathsLeftOut })) : null))));
    replace(body, summary, chain, owners, tree,
      c.holders.length > shown.length ? h('p', { class: 'muted small' }, t('firm.more', { n: c.holders.length - shown.length })) : null,
      c.truncated ? h('p', { class: 'muted small' }, t('own.truncated')) : null,
      c.groupId ? h('p', {}, h('b', {}, t('memo.group')), ': ',
        h('a', { href: `#/group/${c.groupId}`, dataset: { role: 'group-link' } }, t('memo.groupOf', { id: c.groupId, n: c.groupSize }))) : null);
  });
}

/** A party as a link when it is a company in the graph, else its name (a person, an organisation without a USCC). */
function who(p) {
  return p.kind === 'company' ? firmLink(p.key, p.name) : `${p.name ?? p.key} (${t(`control.kind.${p.kind}`)})`;
}
