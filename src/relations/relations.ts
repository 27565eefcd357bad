import type { EntityResolution } from '../entities/entities';
import type { Mention } from '../mentions/mentions';
import type { Segmented } from '../segment/segment';
import { pairKey, sentenceContexts, type Relation, type RelationRule } from './context';
import { RULES } from './rules';

/** Runs every relation rule over every sentence and merges what they find. */
export function extractRelations(
  segmented: Segmented,
  mentions: Mention[],
  resolution: EntityResolution,
  rules: RelationRule[] = RULES,
): Relation[] {
  const found = new Map<string, Relation>();
  for (const context of sentenceContexts(segmented, mentions, resolution.entityOfMention, resolution.entities, resolution.partnersOfMention, resolution.runOnSpeakerOfSentence)) {
    const pairs = new Set<string>();
    const related = new Set<string>();
    const linked = new Set<string>();
    for (const rule of rules) {
      for (const relation of rule.apply(context, linked)) {
        const ends = pairKey(relation.subject, relation.object);
        if (rule.fallback && related.has(ends)) continue;
        if (!rule.leavesOpen) linked.add(ends);
        // Only a canonical reading settles a pair: "X shot Y" still leaves the classifier its "killed".
        if (relation.relation !== 'other' && relation.relation !== 'said') related.add(ends);
        const pair = `${relation.subject}>${relation.object}>${relation.relation}`;
        // A canonical relation between a pair is stated once per sentence, by the most specific rule.
        if (relation.relation !== 'other' && pairs.has(pair)) continue;
        pairs.add(pair);
        const key = `${relation.subject}>${relation.predicate}>${relation.object}>${relation.sentence}`;
        const existing = found.get(key);
        if (!existing || existing.confidence < relation.confidence) found.set(key, relation);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.sentence - b.sentence || a.subject - b.subject || a.object - b.object);
}
