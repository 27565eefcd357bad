/**
 * The whole product on CoNLL04: each sentence is written back as plain text, run through `extract()`
 * as a document of its own (the sentences are unrelated), and its name mentions and canonical
 * relations are mapped back onto CoNLL04 tokens for strict scoring.
 */
import type { EntityType, Extraction, MentionRecord, RelationType } from '../../src/extraction';
import { extract, type Models } from '../../src/pipeline';
import type { LearnedRelation, RelationArgument } from '../../src/relations/classifier';
import type { Conll04Sentence } from './conll04';
import { detokenise, tokenSpan, type Detokenised } from './detokenise';
import type { PredictedRelation } from './score';

/** One sentence as the product saw it and what it made of it. */
export interface PipelineRun {
  detokenised: Detokenised;
  extraction: Extraction;
}

/**
 * How the product's canonical relations read as CoNLL04 relations beyond the five twins. CoNLL04
 * has no relation from a person to a place other than Live_In, and files there the office a person
 * holds for a place ("Idaho Gov. Cecil Andrus", "North Korean President Kim Il-song"); it files
 * membership ("a member of the Senate", "Royals pitcher X") under Work_For. Each reading is a switch
 * so its effect can be measured.
 */
export interface RelationMapping {
  /** member_of PERSON → ORGANIZATION counts as Work_For. */
  memberOfAsWorkFor: boolean;
  /** represents PERSON → LOCATION ("Texas senator", "the MP for Leeds") counts as Live_In. */
  representsAsLiveIn: boolean;
  /** works_for PERSON → LOCATION ("Idaho Gov. Cecil Andrus") counts as Live_In rather than as a Work_For of the wrong type. */
  officeInPlaceAsLiveIn: boolean;
  /** member_of PERSON → LOCATION ("an Israeli general X", "a member of the Texas delegation") counts as Live_In. */
  memberOfPlaceAsLiveIn: boolean;
  /** related_to PERSON → LOCATION ("Michael Dukakis of Massachusetts", "a lawyer from Ohio") counts as Live_In. */
  relatedToPlaceAsLiveIn: boolean;
}

/** The measured choice (see README): all three readings count. */
export const DEFAULT_MAPPING: RelationMapping = {
  memberOfAsWorkFor: true,
  representsAsLiveIn: true,
  officeInPlaceAsLiveIn: true,
  memberOfPlaceAsLiveIn: true,
  relatedToPlaceAsLiveIn: true,
};

/** Entity types CoNLL04 relations take as arguments. */
const ARGUMENT_TYPES = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'LOCATION']);

/** Canonical relations that mean what a CoNLL04 relation means. */
const TWINS: Partial<Record<RelationType, LearnedRelation>> = {
  works_for: 'works_for',
  based_in: 'based_in',
  located_in: 'located_in',
  lives_in: 'lives_in',
  killed: 'killed',
};

/** Runs the extractor over every sentence. */
export function runPipeline(sentences: readonly Conll04Sentence[], models: Models): PipelineRun[] {
  return sentences.map((sentence) => {
    const detokenised = detokenise(sentence.tokens);
    return { detokenised, extraction: extract({ id: String(sentence.id), title: '', text: detokenised.text }, models) };
  });
}

/** A product mention as a typed CoNLL04 token span, or undefined when it covers no token. */
function toArgument(run: PipelineRun, mention: MentionRecord): RelationArgument | undefined {
  const span = tokenSpan(run.detokenised, mention.start, mention.end);
  return span && { ...span, entityType: mention.entityType };
}

/** The product's PERSON/ORGANIZATION/LOCATION name mentions of every sentence, as CoNLL04 spans. */
export function pipelineMentions(runs: readonly PipelineRun[]): RelationArgument[][] {
  return runs.map((run) => {
    const spans = run.extraction.mentions
      .filter((m) => m.kind === 'name' && ARGUMENT_TYPES.has(m.entityType))
      .flatMap((m) => toArgument(run, m) ?? []);
    return [...new Map(spans.map((m) => [`${m.start}:${m.end}:${m.entityType}`, m])).values()];
  });
}

/** The CoNLL04 relation a product relation stands for under `mapping`, or undefined. */
export function conll04Relation(relation: RelationType, subject: EntityType, object: EntityType, mapping: RelationMapping): LearnedRelation | undefined {
  if (relation === 'works_for' && mapping.officeInPlaceAsLiveIn && subject === 'PERSON' && object === 'LOCATION') return 'lives_in';
  const twin = TWINS[relation];
  if (twin) return twin;
  if (relation === 'member_of' && mapping.memberOfAsWorkFor && subject === 'PERSON' && object === 'ORGANIZATION') return 'works_for';
  if (relation === 'represents' && mapping.representsAsLiveIn && subject === 'PERSON' && object === 'LOCATION') return 'lives_in';
  if (relation === 'member_of' && mapping.memberOfPlaceAsLiveIn && subject === 'PERSON' && object === 'LOCATION') return 'lives_in';
  if (relation === 'related_to' && mapping.relatedToPlaceAsLiveIn && subject === 'PERSON' && object === 'LOCATION') return 'lives_in';
  return undefined;
}

/**
 * The product's relations that map to CoNLL04 ones. A relation record joins two entities, not two
 * mentions; it is pinned to the closest pair of their mentions, names before nominals and pronouns.
 * Only an entity named twice in the sentence leaves room for doubt (8% of the relations on CoNLL04).
 */
export function pipelineRelations(runs: readonly PipelineRun[], mapping: RelationMapping = DEFAULT_MAPPING): PredictedRelation[] {
  return runs.flatMap((run, sentence) => {
    const byEntity = new Map<string, { mention: MentionRecord; argument: RelationArgument }[]>();
    for (const mention of run.extraction.mentions) {
      const argument = toArgument(run, mention);
      if (!argument || mention.entity === undefined) continue;
      byEntity.set(mention.entity, [...(byEntity.get(mention.entity) ?? []), { mention, argument }]);
    }
    const typeOf = new Map(run.extraction.entities.map((e) => [e.id, e.entityType]));
    return run.extraction.relations.flatMap((record) => {
      const relation = conll04Relation(record.relation, typeOf.get(record.subject) ?? 'OTHER', typeOf.get(record.object) ?? 'OTHER', mapping);
      const pair = relation && closestPair(byEntity.get(record.subject) ?? [], byEntity.get(record.object) ?? []);
      return relation && pair ? [{ sentence, head: pair[0], tail: pair[1], relation, confidence: record.confidence }] : [];
    });
  });
}

/** The nearest non-overlapping pair of mentions, names before nominals and pronouns. */
function closestPair(
  heads: readonly { mention: MentionRecord; argument: RelationArgument }[],
  tails: readonly { mention: MentionRecord; argument: RelationArgument }[],
): [RelationArgument, RelationArgument] | undefined {
  let best: [RelationArgument, RelationArgument] | undefined;
  let bestCost = Infinity;
  for (const h of heads) {
    for (const t of tails) {
      const a = h.argument;
      const b = t.argument;
      if (a.start < b.end && b.start < a.end) continue;
      const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
      const indirect = (h.mention.kind === 'name' ? 0 : 1) + (t.mention.kind === 'name' ? 0 : 1);
      const cost = indirect * 1000 + gap;
      if (cost < bestCost) {
        bestCost = cost;
        best = [a, b];
      }
    }
  }
  return best;
}
