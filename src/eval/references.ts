import Graph from 'graphology';
import type { Extraction } from '../extraction';
import type { GoldFile } from './gold';
import { goldEntityOfNode, normaliseName } from './score';

/**
 * Nominal coreference measured on gold aliases: annotators list the references they read for an
 * entity ("the firm", "the web portal" under Yahoo), so a nominal mention whose words are an alias of
 * exactly one gold entity should resolve to that entity. Not part of scoring.md; it shows whether
 * "the company" links to the right company or is left alone.
 */
export interface ReferenceScore {
  /** Nominal mentions whose words are a gold alias of one entity. */
  listed: number;
  /** Of those, how many the extractor linked to some entity, and to the right one. */
  resolved: number;
  right: number;
}

/** Scores the nominal mentions of one extraction against one gold file. */
export function scoreReferences(extraction: Extraction, gold: GoldFile): ReferenceScore {
  const owners = new Map<string, Set<string>>();
  for (const entity of gold.entities) {
    for (const alias of entity.aliases) {
      const key = normaliseName(alias);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(entity.id);
    }
  }
  const graph = new Graph();
  for (const entity of extraction.entities) graph.addNode(entity.id, { label: entity.label, aliases: entity.aliases, entityType: entity.entityType, mentions: entity.mentions });
  const goldOf = goldEntityOfNode(graph, gold);
  const score: ReferenceScore = { listed: 0, resolved: 0, right: 0 };
  for (const mention of extraction.mentions) {
    if (mention.kind !== 'nominal') continue;
    const candidates = owners.get(normaliseName(mention.text));
    if (candidates?.size !== 1) continue;
    score.listed++;
    if (mention.entity === undefined) continue;
    score.resolved++;
    if (candidates.has(goldOf.get(mention.entity) ?? '')) score.right++;
  }
  return score;
}

/** Sums article scores. */
export function sumReferences(scores: readonly ReferenceScore[]): ReferenceScore {
  return scores.reduce((sum, score) => ({ listed: sum.listed + score.listed, resolved: sum.resolved + score.resolved, right: sum.right + score.right }), { listed: 0, resolved: 0, right: 0 });
}
