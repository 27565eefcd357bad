import type { EntityType } from '../extraction';
import type { Mention } from '../mentions/mentions';
import { INSTITUTION_KINDS } from '../mentions/references';
import { roleOfTitle } from '../mentions/titles';
import { GENRES } from '../mentions/works';
import { statedAge } from '../mentions/ages';
import type { Segmented } from '../segment/segment';
import { resolveReferences, type Antecedent } from './coreference';
import { clusterNames, clusterType, nameWords } from './names';
import { resolveSpeakers } from './speakers';

/** An entity of one document: every mention that refers to it, and how it is best called. */
export interface Entity {
  /** Stable within the document: type and slug of the label. */
  id: string;
  label: string;
  entityType: EntityType;
  /** Other names and nominal references used for it (no pronouns). */
  aliases: string[];
  /** Titles and roles the text gives it ("Chief Superintendent"). */
  roles: string[];
  /** Indices into the document's mention list, in text order. */
  mentions: number[];
}

/** The document's entities and, for each mention, the index of its entity (undefined when unlinked). */
export interface EntityResolution {
  entities: Entity[];
  entityOfMention: (number | undefined)[];
  /** For a mention that stands for several entities together ("the pair", "the three men"), the others; else undefined. */
  partnersOfMention: (number[] | undefined)[];
  /** For a sentence that only continues an attributed quotation, the mention of its speaker. */
  runOnSpeakerOfSentence: (number | undefined)[];
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
const POLICE_RANK = /superintendent|inspector|constable|sergeant|detective|commander/i;

/** A URL- and file-safe slug. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}

/** The fullest proper name: the longest name written out (acronyms and possessives lose). */
function chooseLabel(names: Mention[]): string {
  const ranked = [...names].sort((a, b) => {
    const acronymA = ACRONYM.test(a.text) ? 1 : 0;
    const acronymB = ACRONYM.test(b.text) ? 1 : 0;
    return acronymA - acronymB || nameWords(b.text).length - nameWords(a.text).length || a.start - b.start;
  });
  return ranked[0].text.replace(/['\u2019]s$/, '').trim();
}

/** Role nouns that a later nominal may use for the entity ("the officer", "the chairman"). */
function rolesOf(names: Mention[]): string[] {
  // Honorifics ("Mr", "Dr") are how a person is addressed, not what they are.
  const titles = names.map((mention) => (mention.title ? roleOfTitle(mention.title) : '')).filter(Boolean);
  return [...new Set(titles)];
}

function roleWords(roles: string[]): Set<string> {
  const words = new Set<string>();
  for (const role of roles) {
    for (const word of nameWords(role)) words.add(word);
    if (POLICE_RANK.test(role)) words.add('officer');
  }
  return words;
}

/** Genres a work was introduced with ("ITV1 soap Coronation Street"): what "the soap" means later. */
function genresOf(names: Mention[], segmented: Segmented): string[] {
  return names.flatMap((mention) => {
    const before = segmented.tokens[mention.firstToken - 1];
    return before && before.sentence === mention.sentence && GENRES.has(before.normal) ? [before.normal] : [];
  });
}

/** The kinds of institution a body's names say it is: "court" in "US Court of Appeal", not "department" in "Federated Department Stores". */
function institutionKinds(names: string[][]): Set<string> {
  return new Set(names.flatMap((name) => name.filter((word, i) => INSTITUTION_KINDS.has(word) && (i === name.length - 1 || name[i + 1] === 'of' || name[i + 1] === 'for'))));
}

/** Merges mentions into entities: name clustering, then nominal and pronoun coreference. */
export function resolveEntities(segmented: Segmented, mentions: Mention[]): EntityResolution {
  const nameIndices = mentions.map((mention, index) => (mention.kind === 'name' ? index : -1)).filter((index) => index >= 0);
  const clusters = clusterNames(mentions, nameIndices);
  const entityOfMention: (number | undefined)[] = new Array(mentions.length).fill(undefined);
  const antecedents: Antecedent[] = clusters.map((cluster, id) => {
    for (const member of cluster.members) entityOfMention[member] = id;
    const names = cluster.members.map((member) => mentions[member]);
    const genders = names.map((mention) => mention.gender).filter(Boolean);
    const entityType = clusterType(cluster);
    return {
      id,
      entityType,
      words: new Set(cluster.names.flat()),
      heads: new Set(cluster.names.filter((name) => name.length > 1).map((name) => name[name.length - 1])),
      roles: new Set([...roleWords(rolesOf(names)), ...(entityType === 'WORK' ? genresOf(names, segmented) : [])]),
      kinds: institutionKinds(cluster.names),
      gender: genders[0],
      ages: new Set(names.map((mention) => statedAge(segmented, mention)).filter((age): age is number => age !== undefined)),
    };
  });
  const types = antecedents.map((antecedent) => antecedent.entityType);
  const references = resolveReferences(segmented, mentions, entityOfMention, antecedents);
  const { resolved, runOnSpeakerOfSentence } = resolveSpeakers(segmented, mentions, references.resolved, types);

  const used = new Set<string>();
  const entities: Entity[] = clusters.map((cluster, index) => {
    const names = cluster.members.map((member) => mentions[member]);
    const label = chooseLabel(names);
    const entityType = antecedents[index].entityType;
    let id = `${entityType.toLowerCase()}:${slug(label)}`;
    for (let n = 2; used.has(id); n++) id = `${entityType.toLowerCase()}:${slug(label)}-${n}`;
    used.add(id);
    const all = resolved.map((entity, mention) => (entity === index ? mention : -1)).filter((mention) => mention >= 0);
    return { id, label, entityType, aliases: aliasesOf(label, all.map((mention) => mentions[mention]), segmented), roles: rolesOf(names), mentions: all };
  });
  // A speaker found for a pair's mention replaces the pair.
  const partnersOfMention = references.partners.map((partners, mention) => (resolved[mention] === references.resolved[mention] ? partners : undefined));
  return { entities, entityOfMention: resolved, partnersOfMention, runOnSpeakerOfSentence };
}

/** Every other surface form: short names, acronyms, title + name, nominal references. Never pronouns. */
function aliasesOf(label: string, mentions: Mention[], segmented: Segmented): string[] {
  const seen = new Set([label.toLowerCase()]);
  const aliases: string[] = [];
  const add = (form: string): void => {
    const clean = form.replace(/['\u2019]s$/, '').trim();
    if (!clean || seen.has(clean.toLowerCase())) return;
    seen.add(clean.toLowerCase());
    aliases.push(clean);
  };
  for (const mention of mentions) {
    if (mention.kind === 'pronoun') continue;
    add(mention.text);
    if (mention.titleStart !== undefined) add(segmented.text.slice(segmented.tokens[mention.titleStart].start, mention.end));
  }
  return aliases;
}
