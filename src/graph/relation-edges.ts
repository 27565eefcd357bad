import type { RelationRecord, RelationType } from '../extraction';
import type { SourceDocument } from './documents';
import { slugify, tidy } from './names';
import type { Span } from './types';

/** A relation statement whose ends are resolved to node ids. */
export interface Statement {
  doc: SourceDocument;
  source: string;
  target: string;
  relation: RelationRecord;
}

/** The attributes of one merged edge before serialisation. */
export interface RelationEdge {
  key: string;
  source: string;
  target: string;
  label: string;
  predicate: string;
  relation: RelationType;
  evidence: string[];
  confidence: number;
  weight: number;
  sources: string[];
  spans: Span[];
}

/** Edge key: one edge per (subject, predicate, object); readable and stable across runs. */
export function edgeKey(source: string, predicate: string, target: string): string {
  return `${source}->${slugify(predicate) || 'related'}->${target}`;
}

/**
 * Merges statements with the same subject, predicate and object into one edge each, in order of
 * first appearance. Statements citing the same evidence count once (duplicates from the
 * extractor); the edge confidence is the noisy-or of its statements, so corroboration raises it.
 */
export function relationEdges(statements: readonly Statement[]): RelationEdge[] {
  const groups = new Map<string, Statement[]>();
  for (const statement of statements) {
    const key = edgeKey(statement.source, predicateOf(statement.relation), statement.target);
    const group = groups.get(key);
    if (group) group.push(statement);
    else groups.set(key, [statement]);
  }
  return [...groups].map(([key, group]) => mergeStatements(key, group));
}

function mergeStatements(key: string, group: readonly Statement[]): RelationEdge {
  const first = group[0];
  const confidenceBySignature = new Map<string, number>();
  const evidence = new Set<string>();
  const spans = new Map<string, Span>();
  group.forEach((statement, index) => {
    const { doc, relation } = statement;
    const ranges = relation.evidence
      .map((e) => doc.display.mapRange(e.start, e.end))
      .filter((range) => range !== undefined);
    const signature = ranges.length
      ? `${doc.extraction.id}:${ranges.map((r) => `${r.start}-${r.end}`).join(',')}`
      : `#${index}`;
    confidenceBySignature.set(signature, Math.max(confidenceBySignature.get(signature) ?? 0, probability(relation.confidence)));
    for (const range of ranges) {
      // Sentences are joined by "\n" in the evidence attribute, so none may contain one itself.
      evidence.add(doc.display.text.slice(range.start, range.end).replace(/\s*\n\s*/g, ' ').trim());
      spans.set(`${doc.extraction.id}:${range.start}:${range.end}`, [doc.extraction.id, range.start, range.end]);
    }
  });
  const doubt = [...confidenceBySignature.values()].reduce((product, c) => product * (1 - c), 1);
  return {
    key,
    source: first.source,
    target: first.target,
    label: tidy(first.relation.label) || predicateOf(first.relation),
    predicate: predicateOf(first.relation),
    relation: group.find((s) => s.relation.relation !== 'other')?.relation.relation ?? 'other',
    evidence: [...evidence].filter(Boolean),
    confidence: Math.round((1 - doubt) * 1e6) / 1e6,
    weight: confidenceBySignature.size,
    sources: [...new Set(group.map((s) => s.doc.extraction.id))],
    spans: [...spans.values()],
  };
}

/** The normalised predicate, falling back to the label when the extractor left it empty. */
function predicateOf(relation: RelationRecord): string {
  return tidy(relation.predicate) || tidy(relation.label);
}

function probability(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
