import type { EntityType, MentionKind } from '../extraction';
import type { NerSpan } from '../ner';
import type { Segmented, Token } from '../segment/segment';
import { nominalTypes, pronounFeatures, type PronounFeatures } from './references';
import { expandTitle, genderOfTitle, isTitleWord } from './titles';
import { miscType } from '../ner/misc-type';
import { findMeasures } from './measures';
import { quotedTokens } from './quotes';

/** A stretch of text that refers to an entity: a name, a nominal ("the force") or a pronoun ("he"). */
export interface Mention {
  /** Token range (global token indices, `endToken` exclusive) and the matching cleaned-text range. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: MentionKind;
  entityType: EntityType;
  /** How sure the recogniser was, 0..1. */
  confidence: number;
  /** Inside quotation marks: reported words, where "it" and "they" are the speaker's, not the writer's. */
  quoted: boolean;
  /** Title or role written before a person's name, abbreviations expanded ("Chief Superintendent"). */
  title?: string;
  /** First token of that title, so relation patterns can look past it to what stands before. */
  titleStart?: number;
  /** Gender a title or pronoun implies. */
  gender?: 'male' | 'female';
  /** For pronouns: agreement features. */
  pronoun?: PronounFeatures;
  /** For nominals: the head noun, lower-case ("force"). */
  head?: string;
  /** "Moscow-based": a place written as the first part of a word, locating what follows. */
  basedPrefix?: boolean;
  /** Written where places are written: "in X", "X MP". Evidence for LOCATION against the recogniser. */
  placeContext?: boolean;
  /** For an acronym introduced in brackets, "Long Name (LN)": the long name's mention. */
  expansion?: Mention;
}

const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Collective nouns that turn a group word into a group: "Muslim community", "Kurdish people". */
const COLLECTIVE = new Set(['community', 'communities', 'people', 'population', 'minority', 'diaspora']);
/** Nouns that turn a name into the title of a document: "the Jay report", "the Leveson inquiry". */
const DOCUMENT_NOUNS = new Set(['report', 'inquiry', 'review', 'study', 'survey', 'act', 'bill', 'white paper', 'plan']);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
/** Last words that make a name an organisation whatever the recogniser thought: "Menatep Group". */
export const ORGANISATION_DESIGNATORS = new Set([
  'group', 'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'llc', 'llp', 'co', 'company',
  'holdings', 'bank', 'party', 'council', 'police', 'constabulary', 'university', 'college', 'association',
  'alliance', 'federation', 'union', 'institute', 'foundation', 'trust', 'agency', 'commission', 'committee',
  'ministry', 'department', 'authority', 'society', 'forum', 'network', 'airlines', 'airways', 'motors',
  'industries', 'systems', 'technologies', 'communications', 'studios', 'records', 'fc', 'ag', 'sa', 'gmbh',
]);

/** Prepositions that mostly introduce places in news ("in Rotherham", "near Leeds"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** Builds a mention over tokens [first, end) of the segmented text. */
function makeMention(
  segmented: Segmented,
  first: number,
  end: number,
  fields: Pick<Mention, 'kind' | 'entityType' | 'confidence'> & Partial<Mention>,
  quoted: boolean[],
): Mention {
  const tokens = segmented.tokens;
  const start = tokens[first].start;
  const stop = tokens[end - 1].end;
  return {
    firstToken: first,
    endToken: end,
    start,
    end: stop,
    sentence: tokens[first].sentence,
    text: segmented.text.slice(start, stop),
    quoted: quoted[first],
    ...fields,
  };
}

/**
 * Name mentions from recognised spans: titles split off people's names, leading "the" and stray
 * punctuation trimmed, group words widened to their collective ("Muslim community"), names of reports
 * widened to the document ("Jay report"), single common nouns ("Police" opening a sentence) turned into
 * nominal references.
 */
function nameMentions(segmented: Segmented, spans: NerSpan[][], quoted: boolean[]): Mention[] {
  const tokens = segmented.tokens;
  const mentions: Mention[] = [];
  segmented.sentences.forEach((sentence, index) => {
    for (const span of spans[index] ?? []) {
      let first = sentence.firstToken + span.start;
      let end = sentence.firstToken + span.end;
      let type: EntityType = span.type;
      while (first < end && (PUNCTUATION.test(tokens[first].text) || isLowerCaseEdge(tokens[first]))) first++;
      while (end > first && (PUNCTUATION.test(tokens[end - 1].text) || isLowerCaseEdge(tokens[end - 1]))) end--;
      if (first >= end) continue;

      let title: string | undefined;
      let titleStart: number | undefined;
      let gender: 'male' | 'female' | undefined;
      if (type === 'PERSON') {
        // Titles the recogniser included ("Ch Supt Jason Harwin") and those it left just before the name.
        let nameStart = first;
        while (nameStart < end - 1 && isTitleWord(tokens[nameStart].text)) nameStart++;
        // "Force Ch Supt Jason Harwin", "Rotherham MP Sarah Champion": what stands before the title is
        // the body or place the title belongs to, a mention of its own.
        const titleAt = tokens.slice(first, end - 1).findIndex((token, k) => k > 0 && isTitleWord(token.text) && isTitleToken(token));
        if (nameStart === first && titleAt > 0) {
          nameStart = first + titleAt;
          while (nameStart < end - 1 && isTitleWord(tokens[nameStart].text)) nameStart++;
          const holder = tokens.slice(first, first + titleAt);
          const head = holder.length === 1 ? nominalTypes(holder[0].normal) : undefined;
          const representative = /^(?:MP|MEP|MSP|AM|Senator|Governor|Mayor)$/.test(tokens[first + titleAt].text);
          const holderType: EntityType = representative ? 'LOCATION' : 'ORGANIZATION';
          mentions.push(
            head
              ? makeMention(segmented, first, first + titleAt, { kind: 'nominal', entityType: head[0], confidence: span.confidence, head: holder[0].normal }, quoted)
              : makeMention(segmented, first, first + titleAt, { kind: 'name', entityType: holderType, confidence: span.confidence * 0.8 }, quoted),
          );
          first += titleAt;
        }
        let titleFrom = nameStart;
        while (titleFrom > sentence.firstToken && isTitleWord(tokens[titleFrom - 1].text) && isTitleToken(tokens[titleFrom - 1])) {
          titleFrom--;
        }
        if (titleFrom < nameStart) {
          const words = tokens.slice(titleFrom, nameStart).map((token) => token.text);
          title = expandTitle(words);
          titleStart = titleFrom;
          gender = genderOfTitle(words);
        }
        first = nameStart;
      }

      // A lone title is no name ("Ch" of "Ch Supt"), but an upper-case acronym may be ("DS", "PC World").
      const loneAcronym = end - first === 1 && ACRONYM.test(tokens[first].text);
      if (!loneAcronym && tokens.slice(first, end).every((token) => isTitleWord(token.text))) continue;
      if (end - first >= 2 && ORGANISATION_DESIGNATORS.has(tokens[end - 1].normal.replace(/\./g, ''))) type = 'ORGANIZATION';
      if (tokens.slice(first, end).every((token) => isGroupWord(token.text))) type = 'GROUP';

      // "Rotherham Muslims", "Bradford Sikh": a place and a group, written as one name.
      const last = tokens[end - 1];
      if (end - first >= 2 && type !== 'GROUP' && isGroupWord(last.text) && miscType([tokens[first].text]) !== 'GROUP') {
        mentions.push(makeMention(segmented, first, end - 1, { kind: 'name', entityType: 'LOCATION', confidence: span.confidence * 0.8 }, quoted));
        first = end - 1;
        type = 'GROUP';
      }
      if (type === 'GROUP' && end < sentence.endToken && COLLECTIVE.has(tokens[end].normal)) end++;
      if (type !== 'ORGANIZATION' && type !== 'LOCATION' && end < sentence.endToken && DOCUMENT_NOUNS.has(tokens[end].normal)) {
        end++;
        type = 'WORK';
      } else if (end - first >= 2 && DOCUMENT_NOUNS.has(tokens[end - 1].normal) && type !== 'ORGANIZATION') {
        // The recogniser took "Jay Report" for a person; the head noun says it is a document.
        type = 'WORK';
      }

      const single = end - first === 1 ? tokens[first] : undefined;
      if (single && !ACRONYM.test(single.text) && nominalTypes(single.normal)) {
        mentions.push(
          makeMention(segmented, first, end, { kind: 'nominal', entityType: nominalTypes(single.normal)![0], confidence: span.confidence, head: single.normal }, quoted),
        );
        continue;
      }
      const placeContext = PLACE_PREPOSITIONS.has(tokens[first - 1]?.normal ?? '') || /^(?:MP|MEP|MSP|AM)$/.test(tokens[end]?.text ?? '');
      mentions.push(
        makeMention(
          segmented,
          first,
          end,
          { kind: 'name', entityType: type, confidence: span.confidence, title, titleStart, gender, placeContext },
          quoted,
        ),
      );
    }
  });
  return mentions;
}

/**
 * A plural demonym or community word: "Muslims", "Pakistanis", "Sikhs". Only plurals: singular words
 * ending like demonyms are as often names ("Japan", "Greenspan", "Yachvili").
 */
function isGroupWord(word: string): boolean {
  return word.length > 4 && /^\p{Lu}\p{Ll}+s$/u.test(word) && miscType([word]) === 'GROUP';
}

/** Name particles written in lower case ("Ludwig van Beethoven", "Ayman al-Zawahiri"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'dos', 'das']);

/** A lower-case word at the edge of a name is not part of it ("worse-than-expected US", "the BBC"). */
function isLowerCaseEdge(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text) && !PARTICLES.has(token.normal) && !/^(?:e|i)[A-Z]/.test(token.text);
}

/** A title word just outside a name counts only when written as a title: capitalised or an abbreviation. */
function isTitleToken(token: Token): boolean {
  return isCapitalised(token) || /^(?:mp|mep|msp)$/i.test(token.text);
}

/** "Rotherham Muslim Community Forum Alliance (RMCFA)": the bracketed acronym names the same entity. */
function acronymMentions(segmented: Segmented, names: Mention[], quoted: boolean[]): Mention[] {
  const tokens = segmented.tokens;
  const byFirstToken = new Map(names.map((mention) => [mention.firstToken, mention]));
  const added: Mention[] = [];
  names.forEach((mention) => {
    const open = mention.endToken;
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') return;
    const candidate = tokens[open + 1];
    if (!ACRONYM.test(candidate.text) || !initialsMatch(candidate.text, mention.text)) return;
    const existing = byFirstToken.get(open + 1);
    if (existing) {
      existing.expansion = mention;
      existing.entityType = mention.entityType;
      return;
    }
    added.push(
      makeMention(segmented, open + 1, open + 2, { kind: 'name', entityType: mention.entityType, confidence: mention.confidence, expansion: mention }, quoted),
    );
  });
  return added;
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'du', 'la', 'le', 'des', '&']);

/** Does an acronym spell the initials of a name, with or without its minor words? */
export function initialsMatch(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letters = acronym.replace(/&/g, '').toLowerCase();
  const all = words.map((word) => word[0].toLowerCase()).join('');
  const major = words
    .filter((word) => !MINOR_WORDS.has(word.toLowerCase()))
    .map((word) => word[0].toLowerCase())
    .join('');
  return letters === all || letters === major;
}

/**
 * Definite nominal references: "the force", "the Japanese games giant", "the report". Only singular heads
 * from the reference lexicon, with at most three modifiers; "the head of ..." is a partitive, not a reference.
 */
function nominalMentions(segmented: Segmented, taken: Uint8Array, quoted: boolean[]): Mention[] {
  const tokens = segmented.tokens;
  const mentions: Mention[] = [];
  for (const sentence of segmented.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i];
      // Taggers read a capitalised head opening a sentence ("Police are seeking...") as a proper noun.
      if (taken[i] || (token.pos !== 'NOUN' && !(token.pos === 'PROPN' && i === sentence.firstToken))) continue;
      const types = nominalTypes(token.normal);
      if (!types) continue;
      const next = tokens[i + 1];
      if (next && next.sentence === token.sentence && next.normal === 'of') continue;
      let first = i;
      while (first > sentence.firstToken && i - first < 4 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[first - 1].pos) && !taken[first - 1]) {
        first--;
      }
      const determiner = tokens[first - 1];
      // Bare heads: "police" anywhere, and a capitalised head opening a sentence ("Force Ch Supt ...").
      const bare = first === i && (token.normal === 'police' || (i === sentence.firstToken && /^\p{Lu}/u.test(token.text)));
      if (!bare && !(determiner && determiner.sentence === token.sentence && determiner.normal === 'the')) continue;
      const from = bare ? i : first - 1;
      mentions.push(makeMention(segmented, from, i + 1, { kind: 'nominal', entityType: types[0], confidence: 0.5, head: token.normal }, quoted));
    }
  }
  return mentions;
}

const BASED = /^(\p{Lu}[\p{L}.'\u2019]*)-based$/u;

/** "Moscow-based", "London-based": the place inside the word, as a mention of its own. */
function basedMentions(segmented: Segmented, quoted: boolean[]): Mention[] {
  const mentions: Mention[] = [];
  segmented.tokens.forEach((token, i) => {
    const match = BASED.exec(token.text);
    if (!match) return;
    const place = match[1];
    mentions.push({
      firstToken: i,
      endToken: i + 1,
      start: token.start,
      end: token.start + place.length,
      sentence: token.sentence,
      text: place,
      quoted: quoted[i],
      kind: 'name',
      entityType: 'LOCATION',
      confidence: 0.8,
      basedPrefix: true,
    });
  });
  return mentions;
}

/**
 * Names the recogniser found once are found everywhere: the same full name elsewhere, a person's
 * surname, and the upper-case short form of a longer name ("DS" of "Nintendo DS"). Recognisers tag
 * the same word differently from sentence to sentence; one article names one thing one way.
 */
function propagatedMentions(segmented: Segmented, names: Mention[], taken: Uint8Array, quoted: boolean[]): Mention[] {
  const { tokens } = segmented;
  const known = new Map<string, Mention>();
  for (const mention of names) {
    const words = tokens.slice(mention.firstToken, mention.endToken).map((token) => token.text);
    if (mention.basedPrefix || mention.entityType === 'DATE' || mention.entityType === 'QUANTITY') continue;
    if (words.length > 1) {
      known.set(words.join(' '), mention);
      const last = words[words.length - 1];
      if (mention.entityType === 'PERSON' || ACRONYM.test(last)) known.set(last, mention);
    } else if (ACRONYM.test(words[0]) || mention.confidence >= 0.8) {
      known.set(words[0], mention);
    }
  }
  const longest = Math.max(0, ...[...known.keys()].map((key) => key.split(' ').length));
  const found: Mention[] = [];
  for (const sentence of segmented.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (taken[i] || !/^\p{Lu}/u.test(tokens[i].text)) continue;
      for (let length = Math.min(longest, sentence.endToken - i); length >= 1; length--) {
        const model = known.get(tokens.slice(i, i + length).map((token) => token.text).join(' '));
        if (!model || taken.subarray(i, i + length).some(Boolean)) continue;
        // A capitalised common word opening a sentence is not evidence of a name.
        if (length === 1 && i === sentence.firstToken && !ACRONYM.test(tokens[i].text) && model.entityType !== 'PERSON') break;
        found.push(makeMention(segmented, i, i + length, { kind: 'name', entityType: model.entityType, confidence: model.confidence * 0.8 }, quoted));
        taken.fill(1, i, i + length);
        i += length - 1;
        break;
      }
    }
  }
  return found;
}

/** Third-person pronouns, with their agreement features. */
function pronounMentions(segmented: Segmented, quoted: boolean[]): Mention[] {
  const mentions: Mention[] = [];
  segmented.tokens.forEach((token, i) => {
    const features = pronounFeatures(token.text);
    if (!features || (token.pos !== 'PRON' && token.pos !== 'DET')) return;
    const entityType: EntityType = features.gender === 'male' || features.gender === 'female' ? 'PERSON' : 'OTHER';
    const gender = features.gender === 'male' || features.gender === 'female' ? features.gender : undefined;
    mentions.push(makeMention(segmented, i, i + 1, { kind: 'pronoun', entityType, confidence: 0.5, pronoun: features, gender }, quoted));
  });
  return mentions;
}

/** Finds every mention in a segmented document, given the recogniser's spans for each sentence. */
export function findMentions(segmented: Segmented, spans: NerSpan[][]): Mention[] {
  const quoted = quotedTokens(segmented);
  const based = basedMentions(segmented, quoted);
  const basedTokens = new Set(based.map((mention) => mention.firstToken));
  // The recogniser sometimes takes "Moscow-based" for a name of its own; the place inside it is the name.
  const names = nameMentions(segmented, spans, quoted).filter((mention) => !(mention.endToken - mention.firstToken === 1 && basedTokens.has(mention.firstToken)));
  names.push(...based);
  names.push(...acronymMentions(segmented, names, quoted));
  const taken = new Uint8Array(segmented.tokens.length);
  for (const mention of names) taken.fill(1, mention.titleStart ?? mention.firstToken, mention.endToken);
  names.push(...propagatedMentions(segmented, names, taken, quoted));
  const measures = findMeasures(segmented, taken).map((span) =>
    makeMention(segmented, span.first, span.end, { kind: 'name', entityType: span.entityType, confidence: 0.9 }, quoted),
  );
  for (const mention of measures) taken.fill(1, mention.firstToken, mention.endToken);
  const mentions = [...names, ...measures, ...nominalMentions(segmented, taken, quoted), ...pronounMentions(segmented, quoted)];
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
