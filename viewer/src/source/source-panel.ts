import { el } from '../dom';
import type { ViewerGraph } from '../graph/types';
import { selectNode } from '../state/selection';
import type { Store } from '../state/store';
import { evidenceRanges, segmentText, type Mention } from './utils';

/**
 * Renders the article beside the graph: every entity mention is clickable, the selected entity's
 * mentions are highlighted and the selected relation's evidence sentence is marked.
 */
export function mountSource(
  container: HTMLElement,
  graph: ViewerGraph,
  mentions: ReadonlyMap<string, Mention[]>,
  store: Store,
  onPick: (node: string) => void,
): () => void {
  const documents = graph.getAttribute('documents');
  const switcher = el('select', { className: 'document-switcher', attrs: { 'aria-label': 'Document' } });
  for (const doc of documents) switcher.append(el('option', { text: doc.title, attrs: { value: doc.id } }));
  switcher.addEventListener('change', () => store.set({ documentId: switcher.value }));
  const article = el('div', { className: 'article' });

  article.addEventListener('click', (event) => {
    const mention = (event.target as HTMLElement).closest<HTMLElement>('[data-node]');
    const node = mention?.dataset.node;
    if (!node || !graph.hasNode(node)) return;
    store.set(selectNode(graph, store.get(), node));
    onPick(node);
  });
  article.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).dataset.node) (event.target as HTMLElement).click();
  });

  if (!documents.length) {
    container.replaceChildren(
      el('h2', { text: 'Source text' }),
      el('p', {
        className: 'muted',
        text: 'This graph file carries no article text (GEXF files have no room for it); the evidence sentences are in the entity details.',
      }),
    );
    return () => undefined;
  }
  container.replaceChildren(
    el('div', { className: 'source-header' }, [el('h2', { text: 'Source text' }), ...(documents.length > 1 ? [switcher] : [])]),
    article,
  );

  const render = () => {
    const state = store.get();
    const doc = documents.find((d) => d.id === state.documentId) ?? documents[0];
    switcher.value = doc.id;
    const segments = segmentText(doc.text, mentions.get(doc.id) ?? [], evidenceRanges(graph, state.selectedEdge, doc.id));
    // Most cleaned texts open with their title; repeating it above would only push the article down.
    const children: Node[] = doc.text.trimStart().startsWith(doc.title)
      ? []
      : [el('h3', { className: 'document-title', text: doc.title })];
    let evidenceRun: HTMLElement | null = null;
    for (const segment of segments) {
      const selected = segment.node !== null && segment.node === state.selectedNode;
      let piece: Node;
      if (segment.node === null) piece = document.createTextNode(segment.text);
      else {
        piece = el(selected ? 'mark' : 'span', {
          className: selected ? 'mention selected' : 'mention',
          text: segment.text,
          attrs: { 'data-node': segment.node, ...(selected ? { tabindex: '0', role: 'button' } : {}) },
        });
        (piece as HTMLElement).title = graph.getNodeAttribute(segment.node, 'label');
      }
      if (segment.evidence) {
        if (!evidenceRun) {
          evidenceRun = el('mark', { className: 'evidence' });
          children.push(evidenceRun);
        }
        evidenceRun.append(piece);
      } else {
        evidenceRun = null;
        children.push(piece);
      }
    }
    article.replaceChildren(...children);
    const target = article.querySelector('mark.evidence') ?? article.querySelector('mark.mention');
    target?.scrollIntoView({ block: 'center' });
  };

  render();
  return store.subscribe((state, previous) => {
    if (
      state.documentId !== previous.documentId ||
      state.selectedNode !== previous.selectedNode ||
      state.selectedEdge !== previous.selectedEdge
    ) {
      render();
    }
  });
}
