// Home: the anchors and the size of their chains; pick one to see its prospects.
import { anchors } from '../anchors.js';
import { h, replace } from '../dom.js';
import { t, num } from '../i18n.js';
import { panel } from '../panel.js';
import { dataTable } from '../table.js';

export function render(view, params, { signal, go }) {
  const list = panel({ title: t('home.title'), name: 'anchors', signal }, async (body) => {
    const all = await anchors();
    if (signal.aborted) return;
    if (!all.length) {
      replace(body, h('p', { class: 'muted' }, t('home.empty')));
      return;
    }
    const side = (s) => `${num(s.total)} (${s.tier1} / ${s.tier2} / ${s.tier3})`;
    const table = dataTable({
      rows: all,
      onOpen: (a) => go(`#/anchor/${a.uscc}`),
      columns: [
        { key: 'name', label: t('col.name'), render: (a) => [h('a', { href: `#/anchor/${a.uscc}` }, a.name ?? a.uscc),
          a.inferred ? [' ', h('span', { class: 'tag' }, t('home.inferred'))] : null] },
        { key: 'program', label: t('home.program') },
        { key: 'suppliers', label: t('home.suppliers'), class: 'num', value: (a) => a.suppliers.total, render: (a) => side(a.suppliers) },
        { key: 'distributors', label: t('home.distributors'), class: 'num', value: (a) => a.distributors.total,
          render: (a) => side(a.distributors) },
        { key: 'firms', label: t('home.firms'), class: 'num', render: (a) => num(a.firms) },
        { key: 'firstTime', label: t('home.firstTime'), class: 'num', render: (a) => num(a.firstTime) },
        { key: 'uscc', label: t('col.uscc'), class: 'mono' },
      ],
    });
    replace(body, h('p', { class: 'muted' }, t('home.intro')), table.el);
  });
  replace(view, list);
}
