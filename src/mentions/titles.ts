import type { RelationType } from '../extraction';

/**
 * Titles and roles that stand before or beside a person's name. General English news usage, British and
 * American: honorifics, police and military ranks, offices, jobs. A title is not part of the name
 * ("Ch Supt Mark Reid" is Mark Reid); it becomes the description and can tie the person to the
 * organisation or place named before it ("Bolton MP", "Federal Reserve chairman").
 */

/** Abbreviated titles and their full form, for descriptions. Keys are lower-case, without dots. */
const ABBREVIATIONS: Record<string, string> = {
  mr: 'Mr',
  mrs: 'Mrs',
  ms: 'Ms',
  miss: 'Miss',
  mx: 'Mx',
  dr: 'Dr',
  prof: 'Professor',
  rev: 'Reverend',
  revd: 'Reverend',
  fr: 'Father',
  cllr: 'Councillor',
  'ch supt': 'Chief Superintendent',
  'chief supt': 'Chief Superintendent',
  'det ch supt': 'Detective Chief Superintendent',
  'det supt': 'Detective Superintendent',
  supt: 'Superintendent',
  'ch insp': 'Chief Inspector',
  'det ch insp': 'Detective Chief Inspector',
  'det insp': 'Detective Inspector',
  insp: 'Inspector',
  'det sgt': 'Detective Sergeant',
  'det con': 'Detective Constable',
  'ch con': 'Chief Constable',
  'asst ch con': 'Assistant Chief Constable',
  'dep ch con': 'Deputy Chief Constable',
  sgt: 'Sergeant',
  pc: 'PC',
  dc: 'Detective Constable',
  ds: 'Detective Sergeant',
  di: 'Detective Inspector',
  dci: 'Detective Chief Inspector',
  det: 'Detective',
  cmdr: 'Commander',
  cdr: 'Commander',
  gen: 'General',
  'lt gen': 'Lieutenant General',
  'maj gen': 'Major General',
  'brig gen': 'Brigadier General',
  brig: 'Brigadier',
  col: 'Colonel',
  'lt col': 'Lieutenant Colonel',
  lt: 'Lieutenant',
  maj: 'Major',
  capt: 'Captain',
  cpl: 'Corporal',
  pte: 'Private',
  adm: 'Admiral',
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  pres: 'President',
  pm: 'Prime Minister',
  mp: 'MP',
  mep: 'MEP',
  msp: 'MSP',
  am: 'AM',
  ceo: 'chief executive',
  cfo: 'chief financial officer',
};

/** Honorifics and offices written with capitals before a name. */
const TITLE_WORDS = new Set([
  'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'earl', 'duke', 'duchess', 'king', 'queen', 'prince',
  'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'reverend', 'father',
  'professor', 'doctor', 'president', 'vice-president', 'chancellor', 'minister', 'secretary', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'judge', 'justice', 'ambassador', 'councillor',
  'commissioner', 'superintendent', 'inspector', 'sergeant', 'constable', 'detective', 'officer', 'general',
  'colonel', 'major', 'captain', 'lieutenant', 'commander', 'admiral', 'marshal', 'private', 'corporal',
  'chief', 'deputy', 'assistant', 'acting', 'interim', 'former', 'prime', 'foreign', 'home', 'shadow',
  'health', 'defence', 'defense', 'education', 'culture', 'trade', 'transport', 'environment', 'justice',
  'attorney', 'solicitor', 'speaker', 'coach', 'manager', 'chairman', 'chairwoman', 'chair', 'co-chairman', 'vice-chairman', 'director',
  'executive', 'head', 'leader', 'spokesman', 'spokeswoman', 'editor', 'founder', 'boss', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'scrum-half', 'fly-half', 'full-back', 'lock', 'prop',
  'flanker', 'hooker', 'centre', 'batsman', 'bowler', 'skipper', 'player', 'substitute', 'star', 'singer', 'actor',
  'actress', 'rapper', 'guitarist', 'drummer', 'producer', 'author', 'presenter', 'analyst', 'economist',
  'mp', 'mep', 'msp', 'am', 'pm', 'ceo', 'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'rev', 'revd', 'fr',
  'cllr', 'ch', 'supt', 'insp', 'sgt', 'pc', 'dc', 'ds', 'di', 'dci', 'det', 'con', 'asst', 'dep', 'cmdr',
  'cdr', 'gen', 'brig', 'col', 'lt', 'maj', 'capt', 'cpl', 'pte', 'adm', 'sen', 'rep', 'gov', 'pres',
]);

/** Role nouns as written in running text ("France coach Bernard Laporte", "X, head of Y at Z"). */
const ROLE_NOUNS = new Set([
  'chairman', 'chairwoman', 'chair', 'chairperson', 'president', 'vice-president', 'chief', 'executive',
  'director', 'head', 'leader', 'boss', 'founder', 'co-founder', 'owner', 'partner', 'manager', 'coach',
  'captain', 'skipper', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'minister', 'premier', 'chancellor',
  'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'pm', 'mp', 'mep', 'msp', 'am', 'councillor',
  'ambassador', 'envoy', 'officer', 'superintendent', 'inspector', 'constable', 'detective', 'commissioner',
  'sergeant', 'general', 'commander', 'editor', 'correspondent', 'reporter', 'presenter', 'analyst',
  'economist', 'strategist', 'adviser', 'advisor', 'consultant', 'lawyer', 'barrister', 'solicitor',
  'attorney', 'judge', 'professor', 'lecturer', 'researcher', 'scientist', 'engineer', 'designer',
  'developer', 'producer', 'employee', 'worker', 'staff', 'member', 'activist', 'campaigner', 'candidate',
  'supporter', 'official', 'representative', 'delegate', 'deputy', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'scrum-half', 'fly-half', 'full-back', 'prop',
  'lock', 'flanker', 'hooker', 'centre', 'batsman', 'bowler', 'all-rounder', 'opener', 'driver', 'rider', 'substitute',
  'singer', 'frontman', 'guitarist', 'drummer', 'bassist', 'actor', 'actress', 'star', 'director', 'writer',
  'author', 'columnist', 'cfo', 'ceo', 'coo', 'cto', 'treasurer', 'trustee', 'governor', 'dean', 'principal',
  'chaplain', 'imam', 'rabbi', 'bishop', 'archbishop', 'cardinal', 'pope', 'priest', 'vicar', 'team-mate',
  'teammate', 'club-mate', 'colleague', 'agent', 'aide', 'assistant', 'bodyguard', 'publicist', 'trainer',
  'frontbencher', 'backbencher', 'spokesmen', 'publisher', 'proprietor', 'student', 'pupil', 'graduate',
  'champion', 'medallist', 'winner', 'challenger', 'nominee', 'referee', 'umpire', 'physio', 'scout',
  'co-chairman', 'vice-chairman', 'co-chair', 'vice-chair', 'co-owner', 'co-leader', 'co-writer', 'co-star',
  'creator', 'composer', 'songwriter', 'screenwriter', 'playwright', 'novelist', 'comedian', 'illustrator',
  'librarian', 'curator', 'archivist', 'historian', 'lecturer', 'teacher', 'headteacher', 'nurse', 'surgeon',
  'conductor', 'host', 'co-host', 'anchor', 'newsreader', 'commentator', 'pundit', 'expert', 'specialist', 'fellow',
  'three-quarter', 'loose-forward', 'loosehead', 'tighthead', 'loose-head', 'tight-head', 'debutant', 'number-eight',
]);

/** Offices that represent a place (constituency, state, country) rather than work for it. */
const REPRESENTATIVE_ROLES = new Set([
  'mp', 'mep', 'msp', 'am', 'senator', 'congressman', 'congresswoman', 'representative', 'councillor',
  'mayor', 'governor', 'ambassador', 'envoy', 'delegate', 'president', 'minister',
]);

/** Roles that make a person part of a team or body rather than its employee. */
const MEMBER_ROLES = new Set([
  'member', 'player', 'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper',
  'winger', 'forward', 'scrum-half', 'fly-half', 'full-back', 'prop', 'lock', 'flanker', 'hooker', 'centre',
  'batsman', 'bowler', 'all-rounder', 'opener', 'driver', 'rider', 'substitute', 'star', 'activist', 'campaigner',
  'candidate', 'supporter', 'leader', 'mp', 'mep', 'msp', 'am', 'councillor', 'delegate', 'frontman',
  'singer', 'guitarist', 'drummer', 'bassist', 'trustee', 'team-mate', 'teammate', 'club-mate',
  'frontbencher', 'backbencher', 'student', 'pupil', 'graduate', 'champion', 'medallist', 'challenger', 'nominee',
  'three-quarter', 'loose-forward', 'loosehead', 'tighthead', 'loose-head', 'tight-head', 'debutant', 'number-eight',
]);

/** Lower-case key of a token sequence, dots dropped ("Ch. Supt." → "ch supt"). */
function key(words: readonly string[]): string {
  return words.map((word) => word.replace(/\./g, '').toLowerCase()).join(' ');
}

/** Is this token a title word that may stand before a name? */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.replace(/\./g, '').toLowerCase());
}

/** Is this word a role noun ("chairman", "scrum-half", "MP")? */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word.replace(/\./g, '').toLowerCase());
}

/** The readable form of a title sequence: abbreviations expanded ("Ch Supt" → "Chief Superintendent"). */
export function expandTitle(words: readonly string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let length = Math.min(4, words.length - i); length >= 1; length--) {
      const expansion = ABBREVIATIONS[key(words.slice(i, i + length))];
      if (expansion) {
        parts.push(expansion);
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) parts.push(words[i++]);
  }
  return parts.join(' ');
}

/** Honorifics say nothing about a job; they are not a description and do not relate a person to anything. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Reverend', 'Father']);

/** Drops honorifics from an expanded title ("Federal Reserve chairman Mr" → role "chairman"). */
export function roleOfTitle(expanded: string): string {
  return expanded
    .split(' ')
    .filter((word) => !HONORIFICS.has(word))
    .join(' ');
}

/** Grammatical gender an honorific implies. */
export function genderOfTitle(words: readonly string[]): 'male' | 'female' | undefined {
  const k = key(words);
  if (/\b(?:mr|sir|lord|king|prince|duke|earl|baron|father|congressman|chairman|spokesman)\b/.test(k)) return 'male';
  if (/\b(?:mrs|ms|miss|dame|lady|queen|princess|duchess|baroness|congresswoman|chairwoman|spokeswoman|actress)\b/.test(k)) {
    return 'female';
  }
  return undefined;
}

/** Professions say what someone does, not whom for: "US lawyer X" is a lawyer from the US. */
const PROFESSIONS = new Set([
  'lawyer', 'barrister', 'solicitor', 'attorney', 'analyst', 'economist', 'strategist', 'consultant',
  'actor', 'actress', 'singer', 'rapper', 'author', 'writer', 'novelist', 'poet', 'artist', 'painter',
  'scientist', 'academic', 'researcher', 'journalist', 'photographer', 'businessman', 'businesswoman',
  'entrepreneur', 'billionaire', 'tycoon', 'designer', 'architect', 'doctor', 'surgeon', 'campaigner',
  'activist', 'star', 'athlete', 'sprinter', 'runner', 'golfer', 'boxer', 'cyclist', 'swimmer',
]);

/** Roles of owning: "Yukos' owner Menatep Group" relates two organisations. */
export const OWNERSHIP_ROLES = new Set(['owner', 'owners', 'parent', 'shareholder', 'investor', 'backer', 'buyer']);

/** Nouns that make one organisation part of another: "Symantec subsidiary Brightmail", "X, a division of Y". */
export const PART_NOUNS = new Set(['subsidiary', 'unit', 'division', 'arm', 'affiliate', 'offshoot', 'imprint']);

/** The role noun that heads a role phrase ("director" in "managing director of sales"). */
export function roleHead(words: readonly string[]): string | undefined {
  // "largest shareholders": plural roles too.
  const isRole = (word: string): boolean => ROLE_NOUNS.has(word) || OWNERSHIP_ROLES.has(word);
  return words.find((word) => {
    const key = word.replace(/\./g, '').toLowerCase();
    return isRole(key) || (key.endsWith('s') && isRole(key.slice(0, -1)));
  });
}

/** How a role ties its holder to an organisation or place: the canonical relation and its label. */
export function roleTie(role: string, head: string, holderIsPlace: boolean): { relation: RelationType; label: string } {
  const word = head.toLowerCase();
  if (OWNERSHIP_ROLES.has(word)) return { relation: 'other', label: `${role} of` };
  if (holderIsPlace) {
    if (REPRESENTATIVE_ROLES.has(word)) return { relation: 'represents', label: `${role} for` };
    if (PROFESSIONS.has(word)) return { relation: 'related_to', label: `${role} from` };
  }
  if (MEMBER_ROLES.has(word)) return { relation: 'member_of', label: `${role} of` };
  return { relation: 'works_for', label: `${role} of` };
}

/** What a role phrase says of its holder, if it names a role: "chief executive" → works for, label "chief executive of". */
export function readRole(words: readonly string[], holderIsPlace: boolean): { relation: RelationType; label: string } | undefined {
  const head = roleHead(words);
  return head ? roleTie(words.join(' '), head, holderIsPlace) : undefined;
}

/** Family words: "his mother, Giselle", "Blair's wife Cherie". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'partner', 'girlfriend',
  'boyfriend', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather',
  'grandson', 'granddaughter', 'nephew', 'niece', 'widow', 'widower', 'stepfather', 'stepmother', 'stepson',
  'stepdaughter', 'father-in-law', 'mother-in-law', 'son-in-law', 'daughter-in-law',
]);

/** Ties between people named like roles: "Blair ally Alan Milburn", "Howard's producing partner Brian Grazer". */
export const PERSONAL_TIES: ReadonlySet<string> = new Set([
  'ally', 'friend', 'rival', 'colleague', 'partner', 'team-mate', 'teammate', 'club-mate', 'successor', 'predecessor',
  'mentor', 'protege', 'protégé', 'confidant', 'confidante', 'opponent', 'counterpart', 'challenger', 'deputy',
]);

/** Roles a person can have for another person: "Blair's spokesman", "her agent". */
export const PERSONAL_STAFF: ReadonlySet<string> = new Set(['agent', 'lawyer', 'solicitor', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'manager', 'assistant', 'secretary', 'bodyguard', 'biographer', 'publicist', 'coach', 'trainer', 'aide', 'deputy']);
