import type { EntityType } from '../extraction';
import type { NerSpan } from '../ner';
import { miscType } from '../ner/misc-type';
import { isCommunity } from '../ner/span-rules';
import type { Segmented, Token } from '../segment/segment';
import { ACRONYM, makeMention, type Mention } from './mention';
import { nominalTypes } from './references';
import { expandTitle, genderOfTitle, isRoleNoun, isTitleWord, KIN_NOUNS, PERSONAL_STAFF, PERSONAL_TIES } from './titles';
import { contractionAt } from './works';

const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
/** Collective nouns that turn a group word into a group: "Muslim community", "Kurdish people". */
const COLLECTIVE = new Set(['community', 'communities', 'people', 'population', 'minority', 'diaspora']);
/** Nouns that turn a name into the title of a document: "the Hutton report", "the Leveson inquiry". */
export const DOCUMENT_NOUNS = new Set(['report', 'inquiry', 'review', 'study', 'survey', 'act', 'bill', 'white paper', 'plan']);
/** Last words that make a name an organisation whatever the recogniser thought: "Menatep Group". */
export const ORGANISATION_DESIGNATORS = new Set([
  'group', 'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'llc', 'llp', 'co', 'company',
  'holdings', 'bank', 'party', 'council', 'police', 'constabulary', 'university', 'college', 'association',
  'alliance', 'federation', 'union', 'institute', 'foundation', 'trust', 'agency', 'commission', 'committee',
  'ministry', 'department', 'authority', 'society', 'forum', 'network', 'airlines', 'airways', 'motors',
  'industries', 'systems', 'technologies', 'communications', 'studios', 'records', 'fc', 'ag', 'sa', 'gmbh',
]);

/** Words formed as names of doctrines and fears. */
const CONCEPT = /^\p{Lu}\p{Ll}+(?:ism|phobia)$/u;

/** Prepositions that mostly introduce places in news ("in Bolton", "near Leeds"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);

/** How far back from "at X" the role noun of an apposition may stand ("director of product management at X"). */
const ROLE_REACH = 6;

/**
 * Is the name where a body holding people stands? "director of product management at Google", "a
 * spokesman for Google", "Google's chief executive". Not "Blair's spokesman": people have staff too.
 */
function holdsRole(tokens: Token[], first: number, end: number): boolean {
  const after = tokens[end];
  if (after?.normal === "'s" && isRoleNoun(tokens[end + 1]?.text ?? '') && !PERSONAL_STAFF.has(tokens[end + 1].normal) && !PERSONAL_TIES.has(tokens[end + 1].normal)) return true;
  if (!['at', 'for'].includes(tokens[first - 1]?.normal ?? '')) return false;
  for (let i = first - 2; i >= Math.max(0, first - ROLE_REACH); i--) {
    const token = tokens[i];
    if (token.sentence !== tokens[first].sentence || token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.pos === 'NOUN' && isRoleNoun(token.text) && !PERSONAL_STAFF.has(token.normal) && !PERSONAL_TIES.has(token.normal)) return true;
  }
  return false;
}

/** Words that make a number after a name a count or a score, not part of the name: "Wigan 12 points clear". */
const COUNTED = new Set(['points', 'point', 'goals', 'goal', 'games', 'matches', 'wins', 'runs', 'wickets', 'years', 'months', 'weeks', 'days', 'times', 'per', '%']);

/**
 * "BBC Radio 4", "PlayStation 2": a small number written right after a name belongs to it, which the
 * recogniser leaves out; not a score ("Arsenal 2 Chelsea 1", "Chelsea 2-1") or a count ("12 points").
 */
function numberAfterName(tokens: Token[], first: number, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !/^\d{1,2}$/.test(tokens[end].text) || tokens[end].start !== tokens[end - 1].end + 1) return false;
  if (/^\d/.test(tokens[first - 1]?.text ?? '')) return false;
  const next = end + 1 < sentenceEnd ? tokens[end + 1] : undefined;
  return !next || !(/^[-–:(/]$/.test(next.text) || /^\d/.test(next.text) || isCapitalised(next) || COUNTED.has(next.normal));
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/**
 * Name mentions from recognised spans: titles split off people's names, leading "the" and stray
 * punctuation trimmed, group words widened to their collective ("Muslim community"), names of reports
 * widened to the document ("Hutton report"), single common nouns ("Police" opening a sentence) turned into
 * nominal references.
 */
export function nameMentions(segmented: Segmented, spans: NerSpan[][], quoted: boolean[]): Mention[] {
  const tokens = segmented.tokens;
  const mentions: Mention[] = [];
  segmented.sentences.forEach((sentence, index) => {
    for (const span of joinPeoplesNames(sentence.firstToken, tokens, spans[index] ?? [])) {
      let first = sentence.firstToken + span.start;
      let end = sentence.firstToken + span.end;
      let type: EntityType = span.type;
      // A title keeps its article: "A Series of Unfortunate Events, starring Jim Carrey, ...".
      const opener = (index: number): boolean => type !== 'WORK' && isCapitalisedOpener(tokens, index, sentence.firstToken);
      while (first < end && (PUNCTUATION.test(tokens[first].text) || isLowerCaseEdge(tokens[first]) || opener(first))) first++;
      while (end > first && (PUNCTUATION.test(tokens[end - 1].text) || isLowerCaseEdge(tokens[end - 1]))) end--;
      if (first >= end) continue;
      if (type !== 'PERSON' && type !== 'LOCATION' && numberAfterName(tokens, first, end, sentence.endToken)) end++;
      // "Bolton 's Muslim" taken as one name is two: the owner, and what it owns.
      const possessive = tokens.slice(first + 1, end - 1).findIndex((token, k) => token.normal === "'s" && !PEOPLES.has(tokens[first + k].normal) && !contractionAt(tokens, first + 1 + k));
      if (possessive >= 0) {
        const at = first + 1 + possessive;
        mentions.push(makeMention(segmented, first, at, { kind: 'name', entityType: type, confidence: span.confidence }, quoted));
        first = at + 1;
      }

      // "United Bank of Africa and Standard Trust Bank" taken as one name is two banks: each side names a
      // kind of body ("Marks and Spencer", "Tate and Lyle" do not).
      const and = tokens.slice(first, end).findIndex((token) => token.normal === 'and');
      const designates = (from: number, to: number): boolean => tokens.slice(from, to).some((token) => ORGANISATION_DESIGNATORS.has(token.normal));
      if (and >= 2 && end - (first + and + 1) >= 2 && designates(first, first + and) && ORGANISATION_DESIGNATORS.has(tokens[end - 1].normal)) {
        mentions.push(makeMention(segmented, first, first + and, { kind: 'name', entityType: 'ORGANIZATION', confidence: span.confidence }, quoted));
        first += and + 1;
        type = 'ORGANIZATION';
      }

      let title: string | undefined;
      let titleStart: number | undefined;
      let gender: 'male' | 'female' | undefined;
      // "Virginia State Attorney General Jerry Kilgore" taken for an organisation ends in a titled person.
      if (type !== 'PERSON' && endsInTitledPerson(tokens, first, end)) type = 'PERSON';
      if (type === 'PERSON') {
        // Titles the recogniser included ("Ch Supt Mark Reid") and those it left just before the name.
        let nameStart = first;
        while (nameStart < end - 1 && isTitleWord(tokens[nameStart].text)) nameStart++;
        // "Force Ch Supt Mark Reid", "Bolton MP Anne Carter": what stands before the title is
        // the body or place the title belongs to, a mention of its own.
        const titleAt = tokens.slice(first, end - 1).findIndex((token, k) => k > 0 && isTitleWord(token.text) && isTitleToken(token));
        // Only when a full name follows the title: "James Earl Ray" is one name, whose middle name is a title word.
        let afterTitle = titleAt > 0 ? first + titleAt : end;
        while (afterTitle < end - 1 && isTitleWord(tokens[afterTitle].text)) afterTitle++;
        const nameWords = tokens.slice(afterTitle, end).filter((token) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(token.text)).length;
        if (nameStart === first && titleAt > 0 && nameWords >= 2) {
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
      // "a former CEO at Santander", "Australia's PM": a role written in capitals after a lower-case word
      // or a possessive is no name.
      const roleAcronym = end - first === 1 && isRoleNoun(tokens[first].text) && (/^\p{Ll}/u.test(tokens[first - 1]?.text ?? '') || tokens[first - 1]?.normal === "'s");
      const loneAcronym = end - first === 1 && ACRONYM.test(tokens[first].text) && !roleAcronym;
      if (!loneAcronym && tokens.slice(first, end).every((token) => isTitleWord(token.text))) continue;
      if (end - first >= 2 && ORGANISATION_DESIGNATORS.has(tokens[end - 1].normal.replace(/\./g, ''))) type = 'ORGANIZATION';
      if (tokens.slice(first, end).every((token) => isGroupWord(token.text))) type = 'GROUP';
      // "Islamophobia", "Thatcherism": one word naming a doctrine or a fear is a concept, never a person,
      // body or place, whatever the recogniser made of it.
      if (end - first === 1 && CONCEPT.test(tokens[first].text)) type = 'OTHER';

      // "Bolton Muslims", "Bradford Sikh": a place and a group, written as one name.
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
        // The recogniser took "Hutton report" for a person; the head noun says it is a document.
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
      const bodyContext = holdsRole(tokens, first, end);
      const previous = tokens[(titleStart ?? first) - 1];
      const roleBefore = previous?.sentence === tokens[first].sentence && isRoleNoun(previous.text) ? previous.normal : undefined;
      // "Chelsea striker Didier Drogba": what holds a player, a minister or a chief is a body, not a person.
      const roleAfter = tokens[end];
      if (type === 'PERSON' && titleStart === undefined && roleAfter?.sentence === tokens[first].sentence && /^\p{Ll}/u.test(roleAfter.text) && isRoleNoun(roleAfter.text)) {
        if (!PERSONAL_STAFF.has(roleAfter.normal) && !PERSONAL_TIES.has(roleAfter.normal) && isCapitalised(tokens[end + 1] ?? roleAfter)) type = 'ORGANIZATION';
      }
      // "his mother, Giselle": a lone word named as someone's relative is a person.
      const kin = previous?.text === ',' ? tokens[(titleStart ?? first) - 2] : previous;
      if (end - first === 1 && kin?.sentence === tokens[first].sentence && KIN_NOUNS.has(kin.normal) && tokens[end]?.text !== "'s") type = 'PERSON';
      mentions.push(
        makeMention(
          segmented,
          first,
          end,
          { kind: 'name', entityType: type, confidence: span.confidence, title, titleStart, gender, placeContext, bodyContext, roleBefore },
          quoted,
        ),
      );
    }
  });
  return mentions;
}

/** Plural people owning a name are part of it: "People's Choice Awards", "Women's World Cup". */
const PEOPLES = new Set(['people', 'peoples', 'women', 'men', 'children', 'boys', 'girls', 'workers', 'farmers', 'nations', 'citizens', 'veterans', 'teachers', 'writers', 'players']);

/** Rejoins "People" + 's + "Choice Awards" where the recogniser cut the name at the possessive. */
function joinPeoplesNames(sentenceStart: number, tokens: Token[], spans: readonly NerSpan[]): NerSpan[] {
  const joined: NerSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const owner = previous && tokens[sentenceStart + previous.end - 1];
    if (owner && PEOPLES.has(owner.normal) && tokens[sentenceStart + previous.end]?.normal === "'s" && span.start === previous.end + 1) {
      joined[joined.length - 1] = { start: previous.start, end: span.end, type: span.type, confidence: Math.min(previous.confidence, span.confidence) };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/** A community word: "Muslims", "Pakistanis", "Sikh". */
function isGroupWord(word: string): boolean {
  return isCommunity([word], 0, 1);
}

/** Name particles written in lower case ("Ludwig van Beethoven", "Ayman al-Zawahiri"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'dos', 'das']);

/** A lower-case word at the edge of a name is not part of it ("worse-than-expected US", "the BBC"). */
function isLowerCaseEdge(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text) && !PARTICLES.has(token.normal) && !/^(?:e|i)[A-Z]/.test(token.text);
}

/** Parts of speech a name never starts with. */
const NOT_NAME_START = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'DET']);

/**
 * A sentence's first word is capitalised whatever it is: "Born in Runcorn, ..." is no place called
 * "Born". The tagger knows it is a verb; a name starts with a noun, proper noun or adjective.
 */
function isCapitalisedOpener(tokens: Token[], index: number, sentenceStart: number): boolean {
  return index === sentenceStart && NOT_NAME_START.has(tokens[index].pos);
}

/** A title word just outside a name counts only when written as a title: capitalised or an abbreviation. */
/** Does the span end in a capitalised title followed by a two-word name ("... Attorney General Jerry Kilgore")? */
function endsInTitledPerson(tokens: Token[], first: number, end: number): boolean {
  const nameStart = end - 2;
  if (nameStart - 1 <= first) return false;
  const name = tokens.slice(nameStart, end);
  if (name.some((token) => !isCapitalised(token) || isTitleWord(token.text)) || ORGANISATION_DESIGNATORS.has(name[1].normal)) return false;
  return isTitleWord(tokens[nameStart - 1].text) && isTitleToken(tokens[nameStart - 1]);
}

function isTitleToken(token: Token): boolean {
  return isCapitalised(token) || /^(?:mp|mep|msp)$/i.test(token.text);
}
