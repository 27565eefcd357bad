import type { EntityType } from '../extraction';
import type { Mention } from '../mentions/mentions';
import { DOCUMENT_KINDS, INSTITUTION_KINDS, isGroupOfPeople, nominalTypes } from '../mentions/references';
import { GENRES } from '../mentions/works';
import type { Segmented } from '../segment/segment';
import { nameWords } from './names';
import { isSubject } from './salience';

/** What coreference knows of an entity while it reads the document left to right. */
export interface Antecedent {
  id: number;
  entityType: EntityType;
  /** Lower-case words of its names. */
  words: Set<string>;
  /** Last words of its names ("alliance" for "... Forum Alliance"). */
  heads: Set<string>;
  /** Role nouns it was introduced with ("chairman", "superintendent"). */
  roles: Set<string>;
  /** Kinds of institution its names say it is ("court" for "US Court of Appeal"). */
  kinds: Set<string>;
  gender?: 'male' | 'female';
  /** Ages written with its names ("X, 29,"), for "the 29-year-old". */
  ages: Set<number>;
}

/**
 * Nominal heads that refer to an organisation named differently: "the force" and "police" mean the
 * police service named in the article, whatever its name.
 */
const NAME_CUES: Record<string, string[]> = {
  force: ['police', 'constabulary', 'force'],
  police: ['police', 'constabulary'],
  constabulary: ['police', 'constabulary'],
  government: ['government', 'ministry', 'department', 'administration'],
  club: ['fc', 'club', 'united', 'city', 'rovers', 'athletic'],
  party: ['party', 'labour', 'conservative', 'conservatives', 'tory', 'tories', 'democrat', 'democrats', 'republican', 'republicans', 'liberal'],
  firm: [],
  company: [],
};

/** Heads that fit a body of any kind. */
const GENERIC_HEADS = new Set(['organisation', 'organization', 'body', 'institution']);

const ORGANISATION_LIKE = new Set<EntityType>(['ORGANIZATION', 'WORK', 'EVENT', 'LOCATION']);
const COLLECTIVE_LIKE = new Set<EntityType>(['ORGANIZATION', 'GROUP', 'LOCATION']);

/**
 * How many sentences back a pronoun or a type-only nominal may reach. Cross-validated relation recall
 * rose from 2 and 3 up to these and stayed level beyond them (tried up to 6 and 10).
 */
const PRONOUN_REACH = 3;
const NOMINAL_REACH = 5;

interface Seen {
  mention: Mention;
  entity: number;
  subject: boolean;
  /** The other entities the mention stands for together ("they" = Kenteris and Thanou). */
  partners?: number[];
}

/** Pronouns and nominals resolved: one entity per mention, and the others where it means several. */
export interface References {
  resolved: (number | undefined)[];
  partners: (number[] | undefined)[];
}


/**
 * Resolves nominal and pronoun mentions to the entities of the name clusters, reading left to right.
 * Where it is unsure it leaves the mention unlinked: a wrong link invents relations, a missing one only
 * loses them.
 */
export function resolveReferences(
  segmented: Segmented,
  mentions: Mention[],
  entityOfMention: (number | undefined)[],
  antecedents: Antecedent[],
): References {
  const resolved = [...entityOfMention];
  const partners: (number[] | undefined)[] = new Array(mentions.length).fill(undefined);
  const seen: Seen[] = [];
  const order = mentions.map((_, index) => index).sort((a, b) => mentions[a].start - mentions[b].start);

  for (const index of order) {
    const mention = mentions[index];
    const pairs = (mention.kind === 'pronoun' && mention.pronoun?.plural) || (mention.kind === 'nominal' && isGroupOfPeople(mention.head ?? ''));
    const group = pairs ? groupAntecedent(segmented, mention, seen, antecedents) : undefined;
    if (group) {
      resolved[index] = group[0];
      partners[index] = group.slice(1);
    }
    else if (mention.kind === 'nominal') {
      resolved[index] =
        appositionOf(segmented, mention, seen, antecedents) ??
        resolveNominal(mention, seen, antecedents) ??
        namedNext(segmented, mentions, index, resolved, antecedents) ??
        roleHolder(mention, seen, antecedents) ??
        ageHolder(mention, seen, antecedents);
    }
    else if (mention.kind === 'pronoun') resolved[index] = resolvePronoun(segmented, mention, seen, antecedents);
    const entity = resolved[index];
    if (entity === undefined) continue;
    seen.push({ mention, entity, subject: isSubject(segmented, mention), partners: partners[index] });
    if (mention.kind === 'pronoun' && mention.gender && !antecedents[entity].gender) antecedents[entity].gender = mention.gender;
  }
  return { resolved, partners };
}

/** Words that count the people a plural reference means: "the three men", "the pair". */
const GROUP_SIZES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, pair: 2, duo: 2, couple: 2, trio: 3, quartet: 4 };

/** How many a plural reference counts, when it says. */
function groupSize(segmented: Segmented, mention: Mention): number | undefined {
  for (let i = mention.firstToken; i < mention.endToken; i++) {
    const size = GROUP_SIZES[segmented.tokens[i].normal];
    if (size) return size;
  }
  return undefined;
}

/**
 * The names listed together with a mention that ends a list: "Afzal, Islam and Kazi" from "Kazi". Only
 * names joined by commas and a closing "and" make a list.
 */
function listEndingWith(segmented: Segmented, last: Seen, seen: Seen[]): Seen[] {
  const members = [last];
  for (;;) {
    const first = members[0].mention;
    const joint = segmented.tokens[first.firstToken - 1];
    if (!joint || (members.length === 1 ? joint.normal !== 'and' : joint.text !== ',')) break;
    const before = seen.find((item) => item.mention.endToken === first.firstToken - 1);
    if (!before || members.some((member) => member.entity === before.entity)) break;
    members.unshift(before);
  }
  return members.length > 1 ? members : [];
}

/**
 * "Kenteris and Thanou could be suspended ... The duo withdrew": a plural reference to the latest
 * subject, when that subject is names joined by "and" (or a reference to them). Any other subject in
 * between ("The IAAF council ... are set to") is what "they" more likely means, so it blocks the group.
 * A reference that counts its people ("the three men") means the latest list of that many, wherever
 * it stood.
 */
function groupAntecedent(segmented: Segmented, mention: Mention, seen: Seen[], antecedents: Antecedent[]): number[] | undefined {
  const size = groupSize(segmented, mention);
  const people = mention.kind === 'nominal';
  for (let k = seen.length - 1; k >= 0; k--) {
    const item = seen[k];
    if (mention.sentence - item.mention.sentence > (size ? NOMINAL_REACH : PRONOUN_REACH)) return undefined;
    if (item.mention.end > mention.start || (item.mention.quoted && !mention.quoted) || (!item.subject && !size)) continue;
    const group = item.partners ? [item.entity, ...item.partners] : listEndingWith(segmented, item, seen).map((member) => member.entity);
    const fits = group.length >= 2 && (!size || group.length === size) && (!people || group.every((entity) => antecedents[entity].entityType === 'PERSON'));
    if (fits) return group;
    if (!size) return undefined;
  }
  return undefined;
}

/**
 * "Tate & Lyle's chief executive has been named ... Iain Ferguson was awarded ...": a news lead names a
 * role first and the person in the next sentence. An owned role that opens its sentence's subject is
 * the person who opens the next one, if that person is new to the text.
 */
function namedNext(segmented: Segmented, mentions: Mention[], index: number, resolved: (number | undefined)[], antecedents: Antecedent[]): number | undefined {
  const mention = mentions[index];
  const { tokens, sentences } = segmented;
  const owner = tokens[mention.firstToken - 1];
  if (owner?.normal !== "'s" || !nominalTypes(mention.head ?? '')?.includes('PERSON') || !isSubject(segmented, mention)) return undefined;
  const next = sentences[mention.sentence + 1];
  if (!next) return undefined;
  const person = mentions.findIndex((other) => other.sentence === mention.sentence + 1 && other.kind === 'name' && other.firstToken === next.firstToken);
  const entity = person < 0 ? undefined : resolved[person];
  if (entity === undefined || antecedents[entity].entityType !== 'PERSON') return undefined;
  const isNew = mentions.every((other, k) => resolved[k] !== entity || other.start >= mentions[person].start);
  return isNew ? entity : undefined;
}

/**
 * "Gerrard scored twice ... the Liverpool captain said": a role held at a named body stands for the
 * subject of the sentence before, when that is the only person named there and nobody is named
 * before the role in its own sentence.
 */
function roleHolder(mention: Mention, seen: Seen[], antecedents: Antecedent[]): number | undefined {
  if (!nominalTypes(mention.head ?? '')?.includes('PERSON') || isGroupOfPeople(mention.head ?? '')) return undefined;
  const body = seen.find((item) => item.mention.endToken === mention.firstToken && item.mention.kind === 'name');
  if (!body || !['ORGANIZATION', 'LOCATION'].includes(antecedents[body.entity].entityType)) return undefined;
  const person = (item: Seen): boolean => antecedents[item.entity].entityType === 'PERSON';
  // Anyone named earlier in the same sentence ("Ruddock feels the England man should") is someone else.
  if (seen.some((item) => item.mention.sentence === mention.sentence && person(item))) return undefined;
  const previous = seen.filter((item) => item.mention.sentence === mention.sentence - 1 && !item.mention.quoted && person(item));
  if (new Set(previous.map((item) => item.entity)).size !== 1) return undefined;
  return previous.find((item) => item.subject)?.entity;
}

/**
 * "The 29-year-old finished second": the one person given that age, or else the person the previous
 * sentence was about, when it names only one and gives them no other age.
 */
function ageHolder(mention: Mention, seen: Seen[], antecedents: Antecedent[]): number | undefined {
  const { age } = mention;
  if (age === undefined) return undefined;
  const aged = antecedents.filter((antecedent) => antecedent.entityType === 'PERSON' && antecedent.ages.has(age));
  if (aged.length === 1) return aged[0].id;
  if (aged.length > 1) return undefined;
  const person = (item: Seen): boolean => antecedents[item.entity].entityType === 'PERSON' && !item.mention.quoted;
  if (seen.some((item) => item.mention.sentence === mention.sentence && person(item))) return undefined;
  const previous = seen.filter((item) => item.mention.sentence === mention.sentence - 1 && person(item));
  if (new Set(previous.map((item) => item.entity)).size !== 1) return undefined;
  const holder = previous[0].entity;
  return antecedents[holder].ages.size === 0 ? holder : undefined;
}

/** Are two mentions joined by "and" ("ScanSoft and Gracenote")? */
function isJoined(segmented: Segmented, left: Mention, right: Mention): boolean {
  return left.endToken + 1 === right.firstToken && segmented.tokens[left.endToken]?.normal === 'and';
}

/**
 * "Reline Investments, the family investment firm for the Oatleys": a nominal set off by a comma right
 * after a name describes that name, whatever came before. A person's role in apposition ("X, the former
 * chief financial officer at Y") stays a description, which the role rules read.
 */
function appositionOf(segmented: Segmented, mention: Mention, seen: Seen[], antecedents: Antecedent[]): number | undefined {
  const comma = segmented.tokens[mention.firstToken - 1];
  if (comma?.text !== ',' || comma.sentence !== mention.sentence) return undefined;
  const named = seen.find((item) => item.mention.kind === 'name' && item.mention.endToken === mention.firstToken - 1);
  const types = nominalTypes(mention.head ?? '') ?? [];
  if (types.includes('PERSON')) return undefined;
  return named && types.includes(antecedents[named.entity].entityType) ? named.entity : undefined;
}

function resolveNominal(mention: Mention, seen: Seen[], antecedents: Antecedent[]): number | undefined {
  const head = mention.head ?? '';
  const types = nominalTypes(head) ?? [];
  const modifiers = nameWords(mention.text).filter((word) => word !== 'the' && word !== head);
  const cues = NAME_CUES[head] ?? [];
  let best: number | undefined;
  let bestScore = 0;
  // A head that matches the name ("the alliance", "the force" for a police service) is safe wherever the
  // entity is named, even later in the text: headlines and first paragraphs often refer before they name.
  for (const antecedent of antecedents) {
    const strong = antecedent.heads.has(head) || cues.some((cue) => antecedent.words.has(cue)) || antecedent.roles.has(head);
    if (!strong) continue;
    const score = 3 + (modifiers.some((word) => antecedent.words.has(word)) ? 1 : 0) + recency(mention, seen, antecedent.id);
    if (score > bestScore) {
      best = antecedent.id;
      bestScore = score;
    }
  }
  // Without "the" ("Police said...") only a matching name is safe.
  if (best !== undefined || cues.length > 0 || !/^the\s/i.test(mention.text)) return best;
  // Type alone ("the group", "the device") only reaches a recent subject of the right type. A role
  // noun ("the player") is not enough for a person: it must be the role the person was introduced with;
  // nor is a kind of body or document ("the court", "the report"): the name must say so.
  if (types.includes('PERSON') || INSTITUTION_KINDS.has(head) || DOCUMENT_KINDS.has(head)) return undefined;
  // "the bank" is not the Senate nor the Justice Department, whose names say what kind of body they are;
  // "the organisation" may be any.
  const generic = GENERIC_HEADS.has(head);
  const fits = (entity: number): boolean => types.includes(antecedents[entity].entityType) && (generic || antecedents[entity].kinds.size === 0);
  const inReach = new Set<number>();
  for (let k = seen.length - 1; k >= 0; k--) {
    const { entity, mention: earlier, subject } = seen[k];
    if (mention.sentence - earlier.sentence > NOMINAL_REACH) break;
    if (subject && fits(entity)) return entity;
    if (fits(entity)) inReach.add(entity);
  }
  // "to remake King Kong ... The picture, which stars ...": the only one of its kind in reach needs no subject role.
  if (inReach.size === 1) return [...inReach][0];
  // "the show", "the film" in an article that has named one work so far: that work, however far back.
  if (!GENRES.has(head)) return undefined;
  const works = new Set(seen.filter((item) => item.mention.kind === 'name' && antecedents[item.entity].entityType === 'WORK').map((item) => item.entity));
  return works.size === 1 ? [...works][0] : undefined;
}

/** A bonus below 1 for entities mentioned recently before `mention`, so recency only breaks ties. */
function recency(mention: Mention, seen: Seen[], entity: number): number {
  for (let k = seen.length - 1; k >= 0; k--) {
    if (seen[k].entity === entity) return 0.5 / (1 + mention.sentence - seen[k].mention.sentence);
  }
  return 0;
}

/**
 * Does the sentence open with an unnamed person as its subject ("A Liberal Democrat spokesman said ...")?
 * Then "he" in or after it most likely means that person, whom no entity stands for.
 */
function hasUnnamedPersonSubject(segmented: Segmented, sentence: number, before: number, seen: Seen[], antecedents: Antecedent[]): boolean {
  const { tokens, sentences } = segmented;
  if (sentence < 0) return false;
  const { firstToken, endToken } = sentences[sentence];
  let verb = firstToken;
  while (verb < Math.min(endToken, before) && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'AUX') verb++;
  if (verb >= Math.min(endToken, before) || verb - firstToken > 8) return false;
  const head = tokens[verb - 1];
  if (!head || head.pos !== 'NOUN' || !nominalTypes(head.normal)?.includes('PERSON')) return false;
  return !seen.some((item) => item.mention.sentence === sentence && item.mention.firstToken < verb && antecedents[item.entity].entityType === 'PERSON');
}

function resolvePronoun(segmented: Segmented, mention: Mention, seen: Seen[], antecedents: Antecedent[]): number | undefined {
  const features = mention.pronoun;
  if (!features) return undefined;
  // Inside a quotation "it" and "they" belong to the speaker's world; guessing there invents facts.
  if (mention.quoted && features.gender !== 'male' && features.gender !== 'female') return undefined;
  const compatible = (entity: number): boolean => {
    const antecedent = antecedents[entity];
    if (features.gender === 'male' || features.gender === 'female') {
      return antecedent.entityType === 'PERSON' && (!antecedent.gender || antecedent.gender === features.gender);
    }
    if (features.plural) return COLLECTIVE_LIKE.has(antecedent.entityType);
    return ORGANISATION_LIKE.has(antecedent.entityType);
  };
  // A name inside a quotation is the speaker's word, not who the narrative goes on about: in
  // "'... Blair's cool Britannia,' he said", "he" is not Blair.
  const candidates = seen.filter(
    (item) =>
      mention.sentence - item.mention.sentence <= PRONOUN_REACH &&
      item.mention.end <= mention.start &&
      (mention.quoted || !item.mention.quoted) &&
      compatible(item.entity),
  );
  if (candidates.length === 0) return undefined;
  const sameSentence = candidates.filter((item) => item.mention.sentence === mention.sentence);
  const subjectHere = sameSentence.filter((item) => item.subject);
  // "X and Y are developing ... their libraries": "they" of two joined names is both, so neither alone.
  if (features.plural && subjectHere.some((item) => seen.some((other) => isJoined(segmented, other.mention, item.mention)))) return undefined;
  if (subjectHere.length > 0) return subjectHere[subjectHere.length - 1].entity;
  const personal = features.gender === 'male' || features.gender === 'female';
  // "he" reaches back to the last person mentioned; "it" and "they" only to a subject, or to the one body
  // the sentence before names when they open their clause; else they stay unlinked.
  if (personal && sameSentence.length > 0) return sameSentence[sameSentence.length - 1].entity;
  if (!personal && sameSentence.length > 0) {
    // "they" takes the nearest group; for "it", several non-subject candidates nearby make it a guess.
    return features.plural ? sameSentence[sameSentence.length - 1].entity : undefined;
  }
  for (let back = personal ? 0 : 1; back <= (personal ? PRONOUN_REACH : 1); back++) {
    if (personal && hasUnnamedPersonSubject(segmented, mention.sentence - back, mention.firstToken, seen, antecedents)) return undefined;
    if (back === 0) continue;
    const previous = candidates.filter((item) => item.mention.sentence === mention.sentence - back);
    const subject = previous.find((item) => item.subject);
    if (subject) return subject.entity;
    const entities = new Set(previous.filter((item) => personal || antecedents[item.entity].entityType !== 'LOCATION').map((item) => item.entity));
    // "It centres on ...": an "it" opening its clause means the one body the sentence before names.
    if (entities.size === 1 && (personal || (opensClause(segmented, mention) && !isExpletive(segmented, mention)))) return [...entities][0];
  }
  return personal || features.plural || !opensClause(segmented, mention) || isExpletive(segmented, mention) ? undefined : continuingTopic(mention, candidates);
}

/**
 * "The industry body said it had launched ... Its first lawsuits were filed ... It also started": the
 * last subject within two sentences is still what "it" means when the sentence before mentions it too
 * and has no other subject.
 */
function continuingTopic(mention: Mention, candidates: Seen[]): number | undefined {
  const recent = candidates.filter((item) => item.mention.sentence < mention.sentence && mention.sentence - item.mention.sentence <= PRONOUN_REACH);
  const topic = recent.filter((item) => item.subject).pop();
  const previous = recent.filter((item) => item.mention.sentence === mention.sentence - 1);
  if (!topic || !previous.some((item) => item.entity === topic.entity)) return undefined;
  return previous.some((item) => item.subject && item.entity !== topic.entity) ? undefined : topic.entity;
}

/** "It also started ...", "Since then, it has paid ...": a subject "it" near the start of its sentence. */
function opensClause(segmented: Segmented, mention: Mention): boolean {
  const first = segmented.sentences[mention.sentence].firstToken;
  const written = segmented.tokens[mention.firstToken].text;
  // A capital "It" inside a sentence belongs to a title ("Do They Know It's Christmas").
  if (mention.firstToken > first && /^I/.test(written)) return false;
  return !mention.pronoun?.possessive && mention.firstToken - first <= 3 && isSubject(segmented, mention);
}

/** "It is not known whether ...", "it was expected that ...": an "it" that stands for the clause after it. */
function isExpletive(segmented: Segmented, mention: Mention): boolean {
  const { tokens } = segmented;
  let i = mention.endToken;
  if (tokens[i]?.lemma !== 'be') return false;
  i++;
  while (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'PART') i++;
  if (tokens[i]?.pos !== 'ADJ' && tokens[i]?.pos !== 'VERB') return false;
  const next = tokens[i + 1]?.normal;
  return next === 'that' || next === 'whether' || next === 'to' || next === 'if';
}
