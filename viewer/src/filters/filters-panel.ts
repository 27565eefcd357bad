import { el } from '../dom';
import type { ViewerGraph } from '../graph/types';
import type { Store } from '../state/store';
import { confidenceCounter, maxMentions, relationCounts, toggled } from './utils';

/** Renders the minimum-mentions and minimum-confidence sliders and one checkbox per relation type present. */
export function mountFilters(container: HTMLElement, graph: ViewerGraph, store: Store): () => void {
  const slider = el('input', {
    attrs: { type: 'range', min: '0', max: String(maxMentions(graph)), step: '1', 'aria-label': 'Minimum mentions' },
  });
  const sliderValue = el('output', { className: 'slider-value' });
  slider.addEventListener('input', () => store.set({ minMentions: Number(slider.value) }));

  const confidence = el('input', {
    attrs: { type: 'range', min: '0', max: '1', step: '0.05', 'aria-label': 'Minimum edge confidence' },
  });
  const confidenceValue = el('output', { className: 'slider-value' });
  const confidenceNote = el('small', { className: 'slider-note' });
  const edgesBelow = confidenceCounter(graph);
  // Rounded so a step such as 0.7 never arrives as 0.7000000000000001 and hides edges of exactly 0.7.
  confidence.addEventListener('input', () =>
    store.set({ minConfidence: Math.round(Number(confidence.value) * 100) / 100 }),
  );

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
    el('label', { className: 'slider' }, [
      el('span', { text: 'Minimum edge confidence' }),
      confidence,
      confidenceValue,
      confidenceNote,
    ]),
    el('fieldset', { className: 'relations' }, [el('legend', { text: 'Relation types' }), ...checkboxes.map((c) => c.label)]),
  );
  const update = () => {
    const state = store.get();
    slider.value = String(state.minMentions);
    sliderValue.textContent = String(state.minMentions);
    confidence.value = String(state.minConfidence);
    confidenceValue.textContent = state.minConfidence.toFixed(2);
    const hidden = edgesBelow(state.minConfidence);
    confidenceNote.textContent = `${hidden} of ${graph.size} relations hidden`;
    confidence.title = confidenceNote.textContent;
    for (const { box, relation } of checkboxes) box.checked = !state.hiddenRelations.has(relation);
  };
  update();
  return store.subscribe((state, previous) => {
    if (
      state.minMentions !== previous.minMentions ||
      state.minConfidence !== previous.minConfidence ||
      state.hiddenRelations !== previous.hiddenRelations
    ) {
      update();
    }
  });
}
