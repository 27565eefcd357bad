import { el } from '../dom';
import type { ViewerGraph } from '../graph/types';
import type { Store } from '../state/store';
import { maxMentions, relationCounts, toggled } from './utils';

/** Renders the minimum-mentions slider and one checkbox per relation type present. */
export function mountFilters(container: HTMLElement, graph: ViewerGraph, store: Store): () => void {
  const slider = el('input', {
    attrs: { type: 'range', min: '0', max: String(maxMentions(graph)), step: '1', 'aria-label': 'Minimum mentions' },
  });
  const sliderValue = el('output', { className: 'slider-value' });
  slider.addEventListener('input', () => store.set({ minMentions: Number(slider.value) }));

  const checkboxes = relationCounts(graph).map(({ relation, count }) => {
    const box = el('input', { attrs: { type: 'checkbox', value: relation } });
    box.addEventListener('change', () => store.set({ hiddenRelations: toggled(store.get().hiddenRelations, relation) }));
    const label = el('label', { className: 'relation-filter' }, [
      box,
      el('span', { text: relation.replace(/_/g, ' ') }),
      el('span', { className: 'legend-count', text: String(count) }),
    ]);
    return { box, relation, label };
  });

  container.replaceChildren(
    el('h2', { text: 'Filters' }),
    el('label', { className: 'slider' }, [el('span', { text: 'Minimum mentions' }), slider, sliderValue]),
    el('fieldset', { className: 'relations' }, [el('legend', { text: 'Relation types' }), ...checkboxes.map((c) => c.label)]),
  );
  const update = () => {
    const state = store.get();
    slider.value = String(state.minMentions);
    sliderValue.textContent = String(state.minMentions);
    for (const { box, relation } of checkboxes) box.checked = !state.hiddenRelations.has(relation);
  };
  update();
  return store.subscribe((state, previous) => {
    if (state.minMentions !== previous.minMentions || state.hiddenRelations !== previous.hiddenRelations) update();
  });
}
