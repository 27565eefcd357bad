import { parseSpans } from '../graph/spans';
import type { ViewerGraph } from '../graph/types';

/** A mention of an entity in one document. */
export interface Mention {
  start: number;
  end: number;
  node: string;
}

/** A run of text that renders one way: plain, a mention, inside an evidence sentence, or both. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Entity mentioned here, if any. */
  node: string | null;
  evidence: boolean;
}

/** Mentions per document, sorted and without overlaps (the longer one wins), built once per graph. */
export function indexMentions(graph: ViewerGraph): Map<string, Mention[]> {
  const byDocument = new Map<string, Mention[]>();
  graph.forEachNode((node, attributes) => {
    for (const [docId, start, end] of parseSpans(attributes.spans)) {
      const list = byDocument.get(docId);
      const mention = { start, end, node };
      if (list) list.push(mention);
      else byDocument.set(docId, [mention]);
    }
  });
  for (const [docId, mentions] of byDocument) byDocument.set(docId, withoutOverlaps(mentions));
  return byDocument;
}

function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
    else if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
  }
  return kept;
}

/** Evidence ranges of an edge inside one document. */
export function evidenceRanges(graph: ViewerGraph, edge: string | null, docId: string): Array<[number, number]> {
  if (!edge || !graph.hasEdge(edge)) return [];
  return parseSpans(graph.getEdgeAttribute(edge, 'spans'))
    .filter(([id]) => id === docId)
    .map(([, start, end]) => [start, end]);
}

/**
 * Cuts a document into segments at every mention and evidence boundary, so the panel can render
 * each piece as text with the right marking. Ranges outside the text are clipped.
 */
export function segmentText(text: string, mentions: readonly Mention[], evidence: ReadonlyArray<[number, number]>): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const clip = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  for (const { start, end } of mentions) cuts.add(clip(start)).add(clip(end));
  for (const [start, end] of evidence) cuts.add(clip(start)).add(clip(end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let mentionIndex = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    while (mentionIndex < mentions.length && mentions[mentionIndex].end <= start) mentionIndex++;
    const mention = mentions[mentionIndex];
    const node = mention && mention.start <= start && mention.end >= end ? mention.node : null;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      node,
      evidence: evidence.some(([from, to]) => from <= start && to >= end),
    });
  }
  return segments;
}
