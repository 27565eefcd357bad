import type { EntityType } from '../extraction';
import type { Segmented } from '../segment/segment';
import { makeMention, type Mention } from './mention';

/**
 * Words that refer back to an entity without naming it: definite nominals ("the force", "the group",
 * "the report") and pronouns. Here they are found and typed by what they can stand for; which entity
 * they mean is decided later, in coreference.
 */

/** Head nouns of nominal references and the entity types they can refer to. */
const NOMINAL_TYPES: Record<string, EntityType[]> = {};

function nominal(types: EntityType[], words: string): void {
  for (const word of words.split(/\s+/)) NOMINAL_TYPES[word] = types;
}

nominal(
  ['ORGANIZATION'],
  `force police constabulary group organisation organization body charity alliance coalition association
   forum union federation council committee commission agency authority department ministry government
   administration party club company firm business corporation conglomerate giant bank
   lender insurer retailer airline carrier operator manufacturer maker broadcaster network publisher studio
   label regulator watchdog university college school hospital trust board court army navy military
   church mosque movement campaign network institute foundation service society bureau office
   consortium group chain brand developer channel television radio station`,
);
nominal(
  ['WORK'],
  `report inquiry review study survey book novel film movie album song single record act law bill treaty
   game console device gadget handset phone product programme program show series drama documentary
   newspaper magazine paper website app software system machine player adapter adaptor picture sequel remake
   soap sitcom comedy musical play opera thriller biopic epic serial`,
);
nominal(
  ['LOCATION'],
  `city town country nation region state village area capital county borough island province district
   territory republic kingdom continent suburb neighbourhood neighborhood venue stadium ground`,
);
nominal(['EVENT'], `tournament championship competition match fixture war election summit conference festival contest ceremony concert gala race`);
nominal(['GROUP'], `community`);
// A country's national side is named by the country: "Wales ... the team that beat Italy".
nominal(['ORGANIZATION', 'LOCATION'], `team side squad`);

/**
 * Heads naming a kind of institution that carries the kind in its name ("the court" is some court, "the
 * committee" some committee): such a name is never "the company", and such a head never means a body
 * whose name does not say so.
 */
export const INSTITUTION_KINDS = new Set(
  `court tribunal council committee commission department ministry office university college school hospital
   church mosque army navy senate parliament congress assembly agency authority union federation association`.split(/\s+/),
);

/**
 * Heads naming a kind of document that carries the kind in its name ("the Chilcot report", "the Hutton
 * inquiry"): such a head never means a work whose name does not say so, a show or a film.
 */
export const DOCUMENT_KINDS = new Set(`report inquiry review study survey law bill treaty act`.split(/\s+/));

/** Nouns that name a person by role; "the chairman" can only mean someone introduced with that role. */
const PERSON_NOMINALS = new Set(
  `man woman chairman chairwoman chairman president minister officer chief executive director spokesman
   spokeswoman secretary leader boss coach manager captain player striker actor actress singer star
   judge senator governor mayor mp founder author economist analyst prosecutor detective superintendent
   inspector constable commissioner premier chancellor ambassador film-maker filmmaker winner`.split(/\s+/),
);

/** Nouns for two or more people at once: "the pair", "the sprinters", "the two men". */
const PEOPLE_TOGETHER = new Set(
  `pair duo couple men women athletes sprinters players siblings brothers sisters executives partners founders
   actors stars singers defendants suspects brothers`.split(/\s+/),
);

/** Does this nominal head mean several people together ("the pair", "the sprinters", "the directors")? */
export function isGroupOfPeople(head: string): boolean {
  const word = head.toLowerCase();
  return PEOPLE_TOGETHER.has(word) || (word.endsWith('s') && PERSON_NOMINALS.has(word.slice(0, -1)));
}

/** The entity types a nominal head can refer to, or undefined when it is not a referring noun. */
export function nominalTypes(head: string): EntityType[] | undefined {
  const word = head.toLowerCase();
  if (PERSON_NOMINALS.has(word) || isGroupOfPeople(word)) return ['PERSON'];
  return NOMINAL_TYPES[word];
}

/** Grammatical features of a pronoun, for agreement with its antecedent. */
export interface PronounFeatures {
  gender: 'male' | 'female' | 'neuter' | 'any';
  plural: boolean;
  possessive: boolean;
  /** "I", "we": inside a quotation, the speaker. */
  firstPerson?: boolean;
}

const PRONOUNS: Record<string, PronounFeatures> = {
  he: { gender: 'male', plural: false, possessive: false },
  him: { gender: 'male', plural: false, possessive: false },
  his: { gender: 'male', plural: false, possessive: true },
  himself: { gender: 'male', plural: false, possessive: false },
  she: { gender: 'female', plural: false, possessive: false },
  her: { gender: 'female', plural: false, possessive: true },
  hers: { gender: 'female', plural: false, possessive: false },
  herself: { gender: 'female', plural: false, possessive: false },
  it: { gender: 'neuter', plural: false, possessive: false },
  its: { gender: 'neuter', plural: false, possessive: true },
  itself: { gender: 'neuter', plural: false, possessive: false },
  they: { gender: 'any', plural: true, possessive: false },
  them: { gender: 'any', plural: true, possessive: false },
  their: { gender: 'any', plural: true, possessive: true },
  themselves: { gender: 'any', plural: true, possessive: false },
};

/** First-person pronouns, which refer to whoever is quoted. */
const FIRST_PERSON: Record<string, PronounFeatures> = {
  i: { gender: 'any', plural: false, possessive: false, firstPerson: true },
  me: { gender: 'any', plural: false, possessive: false, firstPerson: true },
  my: { gender: 'any', plural: false, possessive: true, firstPerson: true },
  we: { gender: 'any', plural: true, possessive: false, firstPerson: true },
  us: { gender: 'any', plural: true, possessive: false, firstPerson: true },
  our: { gender: 'any', plural: true, possessive: true, firstPerson: true },
};

/** Third-person pronoun features, or undefined for any other word. */
export function pronounFeatures(word: string): PronounFeatures | undefined {
  return PRONOUNS[word.toLowerCase()];
}

/**
 * Definite nominal references: "the force", "the Japanese games giant", "the report". Singular heads
 * from the reference lexicon, and plurals for several people together ("the pair", "the sprinters"),
 * with at most three modifiers; "the head of ..." is a partitive, not a reference.
 */
export function nominalMentions(segmented: Segmented, taken: Uint8Array, quoted: boolean[]): Mention[] {
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
      // "the head of ..." is a partitive and "the book by Alice Sebold" names its maker: neither refers back.
      // A counted group stays a reference before "of": "accused the three men of fraud".
      const counted = isGroupOfPeople(token.normal) && tokens[i - 1]?.pos === 'NUM';
      if (next && next.sentence === token.sentence && ((next.normal === 'of' && !counted) || next.normal === 'by')) continue;
      // "the council tax", "the department store", "the album charts": a modifier of another noun, not a head.
      if (next && next.sentence === token.sentence && next.pos === 'NOUN' && !taken[i + 1]) continue;
      let first = i;
      while (first > sentence.firstToken && i - first < 4 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[first - 1].pos) && !taken[first - 1]) {
        first--;
      }
      const determiner = tokens[first - 1];
      // Bare heads: "police" anywhere, and a capitalised head opening a sentence ("Force Ch Supt ...").
      const bare = first === i && (token.normal === 'police' || (i === sentence.firstToken && /^\p{Lu}/u.test(token.text)));
      // "Tate & Lyle's chief executive has been named ...": a role owned by a name, with no name after it.
      const ownedRole = types[0] === 'PERSON' && determiner?.normal === "'s" && taken[first - 2] === 1 && !taken[i + 1];
      // "the Chester chairman", "the England captain": a role held at a name, standing for a person.
      let nameStart = first - 1;
      while (nameStart > sentence.firstToken && taken[nameStart - 1]) nameStart--;
      const namedRole = types[0] === 'PERSON' && taken[first - 1] === 1 && tokens[nameStart - 1]?.normal === 'the' && !taken[i + 1];
      if (!bare && !ownedRole && !namedRole && !(determiner && determiner.sentence === token.sentence && determiner.normal === 'the')) continue;
      const from = bare ? i : ownedRole || namedRole ? first : first - 1;
      mentions.push(makeMention(segmented, from, i + 1, { kind: 'nominal', entityType: types[0], confidence: 0.5, head: token.normal }, quoted));
    }
  }
  return mentions;
}

/** Third-person pronouns, and first-person ones inside quotations, with their agreement features. */
export function pronounMentions(segmented: Segmented, quoted: boolean[]): Mention[] {
  const mentions: Mention[] = [];
  segmented.tokens.forEach((token, i) => {
    // First person only means someone inside a quotation; in the reporter's own words it is the reporter.
    const features = pronounFeatures(token.text) ?? (quoted[i] ? FIRST_PERSON[token.normal] : undefined);
    if (!features || (token.pos !== 'PRON' && token.pos !== 'DET')) return;
    const entityType: EntityType = features.gender === 'male' || features.gender === 'female' ? 'PERSON' : 'OTHER';
    const gender = features.gender === 'male' || features.gender === 'female' ? features.gender : undefined;
    mentions.push(makeMention(segmented, i, i + 1, { kind: 'pronoun', entityType, confidence: 0.5, pronoun: features, gender }, quoted));
  });
  return mentions;
}
