import type { EntityType } from '../extraction';

/**
 * Words that refer back to an entity without naming it: definite nominals ("the force", "the group",
 * "the report") and pronouns. Which entity they mean is decided later, in coreference; here we only
 * record what kind of entity each word can stand for.
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
   administration party club team side squad company firm business corporation conglomerate giant bank
   lender insurer retailer airline carrier operator manufacturer maker broadcaster network publisher studio
   label regulator watchdog university college school hospital trust board court army navy military
   church mosque movement campaign network institute foundation service society bureau office
   consortium group chain brand developer`,
);
nominal(
  ['WORK'],
  `report inquiry review study survey book novel film movie album song single record act law bill treaty
   game console device gadget handset phone product programme program show series drama documentary
   newspaper magazine paper website app software system machine player adapter adaptor`,
);
nominal(
  ['LOCATION'],
  `city town country nation region state village area capital county borough island province district
   territory republic kingdom continent suburb neighbourhood neighborhood venue stadium ground`,
);
nominal(['EVENT'], `tournament championship competition match fixture war election summit conference festival contest`);
nominal(['GROUP'], `community`);

/** Nouns that name a person by role; "the chairman" can only mean someone introduced with that role. */
const PERSON_NOMINALS = new Set(
  `man woman chairman chairwoman chairman president minister officer chief executive director spokesman
   spokeswoman secretary leader boss coach manager captain player striker actor actress singer star
   judge senator governor mayor mp founder author economist analyst prosecutor detective superintendent
   inspector constable commissioner premier chancellor ambassador`.split(/\s+/),
);

/** The entity types a nominal head can refer to, or undefined when it is not a referring noun. */
export function nominalTypes(head: string): EntityType[] | undefined {
  const word = head.toLowerCase();
  if (PERSON_NOMINALS.has(word)) return ['PERSON'];
  return NOMINAL_TYPES[word];
}

/** Grammatical features of a pronoun, for agreement with its antecedent. */
export interface PronounFeatures {
  gender: 'male' | 'female' | 'neuter' | 'any';
  plural: boolean;
  possessive: boolean;
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

/** Third-person pronoun features, or undefined for any other word. First and second person are left alone. */
export function pronounFeatures(word: string): PronounFeatures | undefined {
  return PRONOUNS[word.toLowerCase()];
}
