/**
 * The extraction record of one document: what `newsgraph extract` prints and what the graph is built from.
 * Its shape is the public contract in ../shared/docs/output-contract.md; offsets index the original input
 * text in UTF-16 code units, `end` exclusive.
 */

/** Entity classes a node can carry; DATE and QUANTITY stay in extractions but are not drawn as nodes. */
export type EntityType =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'LOCATION'
  | 'GROUP'
  | 'WORK'
  | 'EVENT'
  | 'DATE'
  | 'QUANTITY'
  | 'OTHER';

/** How an entity is referred to: a proper name, a nominal ("the force") or a pronoun ("he"). */
export type MentionKind = 'name' | 'nominal' | 'pronoun';

/** Canonical relation types that benchmarks read; everything else is "other". */
export type RelationType =
  | 'works_for'
  | 'member_of'
  | 'located_in'
  | 'based_in'
  | 'lives_in'
  | 'represents'
  | 'part_of'
  | 'killed'
  | 'said'
  | 'related_to'
  | 'other';

export interface SentenceRecord {
  start: number;
  end: number;
}

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  entityType: EntityType;
  /** Id of the entity this mention was resolved to; absent when coreference left it unlinked. */
  entity?: string;
}

export interface EntityRecord {
  id: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  description: string;
}

export interface EvidenceRecord {
  /** Index into `sentences`. */
  sentence: number;
  start: number;
  end: number;
}

export interface RelationRecord {
  subject: string;
  object: string;
  label: string;
  predicate: string;
  relation: RelationType;
  confidence: number;
  evidence: EvidenceRecord[];
}

export interface Extraction {
  id: string;
  /** Title of the document where one is known (first line of a BBC file, <title> of a page). */
  title: string;
  /** The text offsets refer to, as given to the extractor (after reading HTML, before cleaning). */
  text: string;
  /** Ranges of `text` dropped as page furniture (photo credits, share lines, "Related links"...). */
  dropped: SentenceRecord[];
  sentences: SentenceRecord[];
  mentions: MentionRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}
