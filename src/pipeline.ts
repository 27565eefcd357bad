import { clean, toInputRange } from './clean/clean';
import { resolveEntities } from './entities/entities';
import type { EntityRecord, Extraction, MentionRecord, RelationRecord } from './extraction';
import type { ArticleDocument } from './input/article';
import { findMentions } from './mentions/mentions';
import type { NerModel } from './ner';
import type { RelationModel } from './relations/classifier/model';
import type { Relation, RelationRule } from './relations/context';
import { linkRule } from './relations/links';
import type { RelationClassifier } from './relations/classifier';
import { extractRelations } from './relations/relations';
import { RULES } from './relations/rules';
import { learnedRule } from './relations/rules/learned';
import { segment, sentenceWords } from './segment/segment';

/** The trained models the extractor runs with; loaded once at the edge (CLI, server, scripts). */
export interface Models {
  ner: NerModel;
  /** The learned relation classifier; without it only the relation patterns run. */
  relations?: RelationClassifier;
  /** The learned linker for pairs nothing else tied (`src/relations/links`). */
  links?: RelationModel;
}

/** The relation rules the models allow, patterns first and learned last resorts after them. */
export function relationRules(models: Models): RelationRule[] {
  return [...RULES, ...(models.relations ? [learnedRule(models.relations)] : []), ...(models.links ? [linkRule(models.links)] : [])];
}

/** Relations that say what a person is: they make the entity's description. */
const DESCRIBING = new Set(['works_for', 'member_of', 'represents']);

/** Extracts entities and relations from one document: clean → segment → mentions → entities → relations. */
export function extract(document: ArticleDocument, models: Models, rules: RelationRule[] = relationRules(models)): Extraction {
  const cleaned = clean(document.text);
  const segmented = segment(cleaned.text);
  const spans = models.ner.recognise(sentenceWords(segmented));
  const mentions = findMentions(segmented, spans);
  const resolution = resolveEntities(segmented, mentions);
  const relations = extractRelations(segmented, mentions, resolution, rules);

  const toInput = (start: number, end: number) => toInputRange(cleaned, start, end);
  const entities = resolution.entities;
  const descriptions = describe(entities.map((entity) => entity.roles), relations, entities.map((entity) => entity.label));

  const entityRecords: EntityRecord[] = entities.map((entity, index) => ({
    id: entity.id,
    label: entity.label,
    entityType: entity.entityType,
    aliases: entity.aliases,
    mentions: entity.mentions.length,
    description: descriptions[index],
  }));
  const mentionRecords: MentionRecord[] = mentions.map((mention, index) => {
    const range = toInput(mention.start, mention.end);
    const entity = resolution.entityOfMention[index];
    return {
      ...range,
      text: document.text.slice(range.start, range.end),
      kind: mention.kind,
      entityType: entity === undefined ? mention.entityType : entities[entity].entityType,
      ...(entity === undefined ? {} : { entity: entities[entity].id }),
    };
  });
  const relationRecords: RelationRecord[] = relations.map((relation) => {
    const sentence = segmented.sentences[relation.sentence];
    return {
      subject: entities[relation.subject].id,
      object: entities[relation.object].id,
      label: relation.label,
      predicate: relation.predicate,
      relation: relation.relation,
      confidence: Math.round(relation.confidence * 1000) / 1000,
      evidence: [{ sentence: relation.sentence, ...toInput(sentence.start, sentence.end) }],
    };
  });
  return {
    id: document.id,
    title: document.title,
    text: document.text,
    dropped: cleaned.dropped,
    sentences: segmented.sentences.map((sentence) => toInput(sentence.start, sentence.end)),
    mentions: mentionRecords,
    entities: entityRecords,
    relations: relationRecords,
  };
}

/**
 * What the text says an entity is: its role tied to where it holds it ("Chief Superintendent of South
 * Yorkshire Police"), else its titles.
 */
function describe(roles: string[][], relations: Relation[], labels: string[]): string[] {
  return roles.map((own, index) => {
    const tie = relations
      // A role the text states ("Chief Superintendent of ...") describes; the classifier's guesses do not.
      .filter((relation) => relation.subject === index && DESCRIBING.has(relation.relation) && relation.rule !== 'learned' && relation.label !== 'member of')
      .sort((a, b) => b.confidence - a.confidence)[0];
    if (tie) return `${tie.label} ${labels[tie.object]}`;
    return own.join('; ');
  });
}

/** The extraction with only the relations at or above a confidence: a sparser, surer graph. */
export function keepConfident(extraction: Extraction, minConfidence: number): Extraction {
  return { ...extraction, relations: extraction.relations.filter((relation) => relation.confidence >= minConfidence) };
}
