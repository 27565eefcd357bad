import { el } from '../dom';
import { toggled } from '../filters/utils';
import type { ViewerGraph } from '../graph/types';
import type { Store } from '../state/store';
import { legendRows, typeName } from './utils';

/** Renders the legend: a toggle button per entity type, pressed while the type is shown. */
export function mountLegend(container: HTMLElement, graph: ViewerGraph, store: Store): () => void {
  const rows = legendRows(graph);
  const buttons = rows.map((row) => {
    const swatch = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
    swatch.style.background = row.color;
    const button = el('button', { className: 'legend-row', attrs: { type: 'button', 'data-type': row.entityType } }, [
      swatch,
      el('span', { className: 'legend-name', text: typeName(row.entityType) }),
      el('span', { className: 'legend-count', text: String(row.count) }),
    ]);
    button.title = `Hide or show ${typeName(row.entityType).toLowerCase()} entities`;
    button.addEventListener('click', () =>
      store.set({ hiddenTypes: toggled(store.get().hiddenTypes, row.entityType) }),
    );
    return { button, type: row.entityType };
  });
  container.replaceChildren(
    el('h2', { text: 'Entity types' }),
    el('div', { className: 'legend-rows', attrs: { role: 'group', 'aria-label': 'Entity types' } }, buttons.map((b) => b.button)),
  );
  const update = () => {
    const hidden = store.get().hiddenTypes;
    for (const { button, type } of buttons) button.setAttribute('aria-pressed', String(!hidden.has(type)));
  };
  update();
  return store.subscribe((state, previous) => {
    if (state.hiddenTypes !== previous.hiddenTypes) update();
  });
}
