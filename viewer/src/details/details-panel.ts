import { el } from '../dom';
import type { ViewerGraph } from '../graph/types';
import { typeName } from '../legend/utils';
import { selectEdge, selectNode } from '../state/selection';
import type { Store } from '../state/store';
import { relationLines, type RelationLine } from './utils';

/**
 * Renders the selected entity: name, type, aliases, description, mentions and its relations as
 * sentences with their evidence. A relation's other end moves the selection there; its evidence
 * selects the relation and marks it in the source text.
 */
export function mountDetails(
  container: HTMLElement,
  graph: ViewerGraph,
  store: Store,
  onMove: (node: string) => void,
): () => void {
  const documentTitles = new Map(graph.getAttribute('documents').map((doc) => [doc.id, doc.title]));

  const relationItem = (line: RelationLine, selectedEdge: string | null): HTMLElement => {
    const otherLink = el('button', { className: 'node-link', text: line.other.label, attrs: { type: 'button' } });
    otherLink.addEventListener('click', () => {
      store.set(selectNode(graph, store.get(), line.other.node));
      onMove(line.other.node);
    });
    const sentence =
      line.direction === 'out'
        ? [el('span', { className: 'predicate', text: line.label }), ' → ', otherLink]
        : [otherLink, ' ', el('span', { className: 'predicate', text: line.label }), ' → ', el('span', { text: line.object.label })];
    const evidence = line.evidence.length
      ? line.evidence.map((text) => {
          const quote = el('button', { className: 'evidence-quote', text, attrs: { type: 'button' } });
          quote.title = 'Show this sentence in the source text';
          quote.addEventListener('click', () => store.set(selectEdge(graph, store.get(), line.edge)));
          return el('blockquote', {}, [quote]);
        })
      : [el('p', { className: 'muted', text: 'No evidence sentence recorded.' })];
    const item = el('li', { className: 'relation', attrs: { 'data-edge': line.edge } }, [
      el('p', { className: 'relation-line' }, sentence),
      ...evidence,
      el('p', { className: 'relation-meta', text: `${line.relation.replace(/_/g, ' ')} · confidence ${line.confidence.toFixed(2)}` }),
    ]);
    if (line.edge === selectedEdge) {
      item.classList.add('selected');
      item.setAttribute('aria-current', 'true');
    }
    return item;
  };

  const render = () => {
    const { selectedNode, selectedEdge } = store.get();
    if (!selectedNode || !graph.hasNode(selectedNode)) {
      container.replaceChildren(
        el('h2', { text: 'Entity details' }),
        el('p', { className: 'muted', text: 'Select an entity in the graph, in the search box or in the text.' }),
      );
      return;
    }
    const attributes = graph.getNodeAttributes(selectedNode);
    const facts: Array<[string, string]> = [
      ['Aliases', attributes.aliases.join(', ') || '—'],
      ['Description', attributes.description || '—'],
      ['Mentions', String(attributes.mentions)],
    ];
    if (documentTitles.size > 1) {
      facts.push(['Articles', attributes.sources.map((id) => documentTitles.get(id) ?? id).join('; ') || '—']);
    }
    const lines = relationLines(graph, selectedNode);
    const typeTag = el('span', { className: `type-tag type-${attributes.entityType}`, text: typeName(attributes.entityType) });
    typeTag.style.borderColor = attributes.color;
    container.replaceChildren(
      el('h2', { className: 'entity-name', text: attributes.label }),
      typeTag,
      el('dl', { className: 'facts' }, facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })])),
      el('h3', { text: `Relations (${lines.length})` }),
      lines.length
        ? el('ol', { className: 'relations-list' }, lines.map((line) => relationItem(line, selectedEdge)))
        : el('p', { className: 'muted', text: 'No relation found for this entity.' }),
    );
    container.querySelector('.relation.selected')?.scrollIntoView({ block: 'nearest' });
  };

  render();
  return store.subscribe((state, previous) => {
    if (state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge) render();
  });
}
