import { SPEECH_VERBS } from '../entities/speakers';
import { nominalTypes } from '../mentions/references';
import { countryArgument } from './demonyms';
import { isRoleNoun, isTitleWord, KIN_NOUNS, PERSONAL_TIES } from '../mentions/titles';
import type { Token } from '../segment/segment';
import { argEndingAt, argStartingAt, isPossessiveMark, listMates, type Argument, type SentenceContext } from './context';

/** A run of auxiliaries, verbs, particles and adverbs: "are seeking", "would cut", "did not include". */
export interface VerbGroup {
  first: number;
  end: number;
  /** Content verbs and their connectors in order, e.g. agree · to · buy; just "be" for a copula. */
  chain: Token[];
  negated: boolean;
  passive: boolean;
}

const NEGATIONS = new Set(['not', "n't", 'never']);
/** Verbs whose past participle is their base form: "was set up by", "was hit by". */
const SAME_PARTICIPLE = new Set(['set', 'put', 'hit', 'cut', 'shut', 'let', 'bid', 'quit', 'spread', 'cast', 'hurt', 'upset', 'split', 'beat', 'broadcast', 'forecast', 'read']);
const PARTICLES = new Set(['back', 'out', 'up', 'down', 'off', 'away', 'over', 'on']);
const GROUP_POS = new Set(['VERB', 'AUX', 'PART', 'ADV']);

/** Verb groups already found per sentence: subjects borrowed across clauses ask for them again and again. */
const groupsOf = new WeakMap<SentenceContext, VerbGroup[]>();

/** Finds the verb groups of a sentence, skipping tokens that are part of a mention. */
export function verbGroups(context: SentenceContext): VerbGroup[] {
  const known = groupsOf.get(context);
  if (known) return known;
  const groups = findVerbGroups(context);
  groupsOf.set(context, groups);
  return groups;
}

function findVerbGroups(context: SentenceContext): VerbGroup[] {
  const { tokens, sentence } = context;
  const groups: VerbGroup[] = [];
  let i = sentence.firstToken;
  while (i < sentence.endToken) {
    if (context.argAt.has(i) || (tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX')) {
      i++;
      continue;
    }
    const first = i;
    let end = i + 1;
    while (end < sentence.endToken && !context.argAt.has(end) && (GROUP_POS.has(tokens[end].pos) || isInnerQuote(tokens, end, sentence.endToken) || isParticle(tokens, end) || isFloating(tokens, end))) end++;
    // A group ends on a verb, an auxiliary, a negation or a particle, not on a stray "to" or adverb.
    while (end > first + 1 && !isGroupEnd(tokens, end - 1)) end--;
    groups.push(readGroup(tokens, first, end));
    i = end;
  }
  return groups;
}

const QUOTES = new Set(['"', "'"]);

/** A quotation mark inside a verb group: 'would "cut all lines"' quotes part of the predicate. */
function isInnerQuote(tokens: Token[], index: number, endToken: number): boolean {
  return QUOTES.has(tokens[index].text) && index + 1 < endToken && GROUP_POS.has(tokens[index + 1].pos);
}

/** "have both resigned", "are all expected": a quantifier floating inside the verb group. */
function isFloating(tokens: Token[], index: number): boolean {
  return ['both', 'all', 'each'].includes(tokens[index].normal) && (tokens[index - 1]?.pos === 'AUX') && tokens[index + 1]?.pos === 'VERB';
}

/** "was set up by", "snapped up days later": a particle tagged as a preposition, with no object of its own. */
function isParticle(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    PARTICLES.has(tokens[index].normal) &&
    tokens[index].pos === 'ADP' &&
    tokens[index - 1]?.pos === 'VERB' &&
    (!next || next.sentence !== tokens[index].sentence || next.normal === 'by' || next.pos === 'PUNCT' || (next.pos === 'NOUN' && TIME_NOUNS.has(next.lemma)) || next.pos === 'ADV')
  );
}

function isGroupEnd(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  return token.pos === 'VERB' || token.pos === 'AUX' || NEGATIONS.has(token.normal) || (PARTICLES.has(token.normal) && tokens[index - 1]?.pos === 'VERB');
}

function readGroup(tokens: Token[], first: number, end: number): VerbGroup {
  const chain: Token[] = [];
  let negated = false;
  let passive = false;
  let lastBe = false;
  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (NEGATIONS.has(token.normal)) {
      negated = true;
      continue;
    }
    // "is being tested": "being" is the passive's auxiliary, whatever its tag.
    if (token.pos === 'AUX' || (token.normal === 'being' && tokens[i + 1]?.pos === 'VERB' && i + 1 < end)) {
      lastBe = token.lemma === 'be' || token.lemma === 'get' || token.normal === 'being';
      continue;
    }
    if (token.pos === 'VERB') {
      // "is thought to be preparing", "are said to have felt": hedges, not the fact itself.
      if (lastBe && tokens[i + 1]?.normal === 'to' && i + 1 < end) {
        lastBe = false;
        continue;
      }
      passive = lastBe && !/ing$/.test(token.normal) && (token.normal !== token.lemma || SAME_PARTICIPLE.has(token.normal));
      chain.push(token);
      lastBe = false;
      continue;
    }
    const previous = chain[chain.length - 1];
    if (token.normal === 'to' && previous && i + 1 < end) chain.push(token);
    else if (PARTICLES.has(token.normal) && previous === tokens[i - 1]) chain.push(token);
  }
  if (chain.length === 0) {
    // "is the chief executive of", "will have a key role in": an auxiliary standing alone is the verb.
    const main = tokens.slice(first, end).reverse().find((token) => token.lemma === 'be' || token.lemma === 'have');
    if (main) chain.push(main);
    passive = false;
  }
  if (chain.length > 1 && chain[chain.length - 1].pos !== 'VERB' && !PARTICLES.has(chain[chain.length - 1].normal)) chain.pop();
  return { first, end, chain, negated, passive };
}

const RELATIVES = new Set(['who', 'which', 'that']);
/** Participles that give the noun before them its name: "a show titled X", "a virus dubbed X". */
const NAMING = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'code-named', 'codenamed', 'branded']);
/** Words tagged as prepositions that also open clauses, whose subject follows them. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'as', 'since', 'until', 'because', 'while', 'although', 'though', 'if', 'once', 'than']);
const COORDINATORS = new Set(['and', 'but', 'or']);
/** What may open a clause of a bare participle, whose subject is the main clause's: "by winning", "since splitting". */
const PARTICIPLE_OPENERS = new Set([...CLAUSE_OPENERS, 'by', 'without', 'on', 'in', 'of', 'for']);
const INDEFINITE = new Set(['a', 'an']);
/** How many clauses a subject may be borrowed through ("won X, reached Y and won Z"). */
const MAX_BORROWING = 3;
/** How far back an apposition between subject and verb may reach ("X, head of Y at Z, said"). */
const MAX_APPOSITION = 15;

/** The subject of a verb group and whether it was reached past an apposition or a relative pronoun. */
export function findSubject(context: SentenceContext, group: VerbGroup, depth = 0): { arg: Argument; indirect: boolean; reduced?: boolean } | undefined {
  const { tokens, sentence } = context;
  let i = group.first - 1;
  let indirect = false;
  let relative = false;
  // "a dance show for ITV, titled Stars on Thin Ice": the name after a naming participle is the noun's own.
  const head = group.chain[0];
  if (group.chain.length === 1 && NAMING.has(head?.normal ?? '') && (tokens[i]?.pos === 'NOUN' || tokens[i]?.text === ',')) return undefined;
  // "scored six hits in the UK, including Girls Girls Girls": examples of a noun, not a clause of their own.
  if (group.chain.length === 1 && head?.normal === 'including') return undefined;
  // "AOL, owned by Time Warner, reported ...": a participle after a comma describes the name before it.
  if (isReducedRelative(context, group)) {
    const arg = argEndingAt(context, group.first - 1);
    if (arg) return { arg, indirect: true, reduced: true };
  }
  // "John Wilkin, a librarian working with Google": a participle after the role in an apposition is its holder's.
  const holder = appositionHolder(context, group);
  if (holder) return { arg: holder, indirect: true };
  // Borrowing goes at most a few clauses deep, so clauses that borrow from each other cannot loop.
  const controlled = depth < MAX_BORROWING ? controllingSubject(context, group, depth + 1) : undefined;
  if (controlled) return { arg: controlled.arg, indirect: true, reduced: controlled.reduced };
  while (i >= sentence.firstToken && (tokens[i].pos === 'ADV' || QUOTES.has(tokens[i].text)) && !context.argAt.has(i)) i--;
  if (i < sentence.firstToken) return undefined;
  if (tokens[i].text === ')') {
    while (i >= sentence.firstToken && tokens[i].text !== '(') i--;
    i--;
    indirect = true;
  } else if (tokens[i].text === ',') {
    let j = i - 1;
    while (j >= sentence.firstToken && i - j < MAX_APPOSITION && tokens[j].text !== ',') j--;
    if (j < sentence.firstToken || tokens[j].text !== ',') return undefined;
    i = j - 1;
    indirect = true;
  } else if (RELATIVES.has(tokens[i].normal) && !context.argAt.has(i)) {
    // "Joe Pattison - who had come on for ...": a dash may set off the relative clause as a comma does.
    i -= [',', '-', '–', '—'].includes(tokens[i - 1]?.text ?? '') ? 2 : 1;
    // "Gray, 26, who won": an age in apposition stands between the name and its relative clause.
    if (tokens[i]?.pos === 'NUM' && tokens[i - 1]?.text === ',' && i - 2 >= sentence.firstToken) i -= 2;
    indirect = true;
    relative = true;
  }
  // "Keaveney's career also included ...": the owner of a subject that is what they did stands for it.
  const owner = !relative && tokens[i]?.pos === 'NOUN' && !context.argAt.has(i) ? possessorOf(context, i) : undefined;
  if (owner) return { arg: owner, indirect: true };
  // "The Israeli government refuses ...": a nationality's government acts for its country.
  const state = tokens[i]?.pos === 'NOUN' && STATE_NOUNS.has(tokens[i].normal) ? nationalState(context, argEndingAt(context, i)) : undefined;
  if (state) return { arg: state, indirect: true };
  // "NTV television, which is controlled by ...": a name before its kind is the antecedent.
  const kindNoun = relative && tokens[i]?.pos === 'NOUN' && nominalTypes(tokens[i].normal) ? argEndingAt(context, i) : undefined;
  const arg = argEndingAt(context, i + 1) ?? kindNoun;
  // "Shares in Marks & Spencer rose": a name inside a prepositional phrase is not the subject; after a
  // conjunction that opens a clause ("after they fought back") it is, and so is the antecedent of "who"
  // ("brought by X, who alleged").
  const before = arg && tokens[arg.first - 1];
  if (!arg) return undefined;
  // "Anne Thompson of the Hollywood Reporter said": the person of the body is the subject.
  const ofAt = tokens[arg.first - 1]?.pos === 'DET' ? arg.first - 2 : arg.first - 1;
  const person = !relative && tokens[ofAt]?.normal === 'of' ? argEndingAt(context, ofAt) : undefined;
  if (person?.entityType === 'PERSON') return { arg: person, indirect: true };
  if (!relative && before && before.sentence === arg.mention.sentence && before.pos === 'ADP' && !CLAUSE_OPENERS.has(before.normal)) {
    return speaksFor(context, arg) ? { arg, indirect: true } : undefined;
  }
  // "The host who also presents Stars In Their Eyes said": a name right after a relative clause's verb is its object.
  if (!relative && before && before.sentence === arg.mention.sentence && before.pos === 'VERB' && objectInRelative(context, arg.first - 1)) return undefined;
  // "a Celtic League win over X": a name after "a" modifies a noun the tagger took for a verb.
  if (!relative && !indirect && arg.end === group.first && afterIndefinite(context, arg)) return undefined;
  return { arg, indirect };
}

/** People who act for a body: "Aides from the Duchy of Lancaster will appear", "Officials at the IAAF said". */
function speaksFor(context: SentenceContext, arg: Argument): boolean {
  const { tokens } = context;
  let i = arg.first - 1;
  if (tokens[i]?.pos === 'DET') i--;
  const people = tokens[i - 1];
  return (
    arg.entityType === 'ORGANIZATION' &&
    ['from', 'at', 'for'].includes(tokens[i]?.normal ?? '') &&
    people?.pos === 'NOUN' &&
    people.normal.endsWith('s') &&
    isRoleNoun(people.normal.slice(0, -1))
  );
}

/** The name before "X, a [...] ROLE working ...": who the role and the participle describe. */
function appositionHolder(context: SentenceContext, group: VerbGroup): Argument | undefined {
  const { tokens, sentence } = context;
  const head = group.chain[0];
  const role = tokens[group.first - 1];
  if (!head || head !== tokens[group.first] || !head.normal.endsWith('ing') || !role || role.pos !== 'NOUN' || !isRoleNoun(role.text)) return undefined;
  let i = group.first - 2;
  while (i > sentence.firstToken && group.first - i < MAX_APPOSITION && tokens[i].text !== ',' && !['VERB', 'AUX'].includes(tokens[i].pos)) i--;
  if (tokens[i]?.text !== ',') return undefined;
  const holder = argEndingAt(context, i);
  return holder?.entityType === 'PERSON' ? holder : undefined;
}

/** Is the verb at `verb` the verb of a relative clause ("who also presents")? */
function objectInRelative(context: SentenceContext, verb: number): boolean {
  const { tokens, sentence } = context;
  let i = verb - 1;
  while (i > sentence.firstToken && (tokens[i].pos === 'ADV' || tokens[i].pos === 'AUX')) i--;
  return RELATIVES.has(tokens[i]?.normal ?? '') && !context.argAt.has(i);
}

/** Does an "a"/"an" stand before the name, past modifiers ("a morale-boosting Celtic League")? */
function afterIndefinite(context: SentenceContext, arg: Argument): boolean {
  const { tokens, sentence } = context;
  let i = arg.first - 1;
  while (i > sentence.firstToken && arg.first - i < 4 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN' || (tokens[i].pos === 'VERB' && tokens[i].normal.endsWith('ing')))) i--;
  return INDEFINITE.has(tokens[i]?.normal ?? '');
}

/**
 * Verbs without a subject of their own borrow one: "Roche is happy to work with X" (the subject of
 * "is happy"), "Federer has been without a coach since splitting with X" (the main clause's subject).
 */
function controllingSubject(context: SentenceContext, group: VerbGroup, depth: number): { arg: Argument; reduced?: boolean } | undefined {
  const { tokens, sentence } = context;
  const head = group.chain[0];
  if (group.first === sentence.firstToken && head === tokens[group.first] && head.pos === 'VERB' && head.normal !== head.lemma) {
    // "Born in Runcorn, she starred in ...": an opening participle describes the main clause's subject.
    const main = verbGroups(context).find((other) => other.first > group.end && findSubject(context, other, depth));
    const found = main && findSubject(context, main, depth);
    return found ? { arg: found.arg, reduced: !head.normal.endsWith('ing') } : undefined;
  }
  const before = tokens[group.first - 1];
  if (!before || group.first - 1 < sentence.firstToken) return undefined;
  let controller: VerbGroup | undefined;
  if (before.normal === 'to' && before.pos !== 'ADP') {
    // "is happy to", "was quick to": an adjective between the controlling verb and "to"; "accepted the
    // invitation to return", "made a bid to buy": a noun phrase whose act the subject means to do.
    let j = group.first - 2;
    // "went on to become", "set out to prove": a particle of the controlling verb.
    if (PARTICLES.has(tokens[j]?.normal ?? '') && j > sentence.firstToken && tokens[j - 1].pos === 'VERB') j--;
    else if (tokens[j]?.pos === 'ADJ' && j >= sentence.firstToken) j--;
    else if (tokens[j]?.pos === 'NOUN' && !context.argAt.has(j)) {
      while (j > sentence.firstToken && group.first - j < 6 && ['NOUN', 'ADJ', 'DET'].includes(tokens[j].pos) && !context.argAt.has(j)) j--;
    }
    controller = verbGroups(context).find((other) => other.end === j + 1 && other !== group);
  } else if (before.text === ',') {
    // "Roche won the French Open, reached the Wimbledon final": a list of verb phrases shares the subject
    // when the comma closes the previous verb's object.
    const previous = verbGroups(context).filter((candidate) => candidate.end <= group.first - 1).pop();
    const closing = previous && findObjects(context, previous).find((object) => object.arg.end === group.first - 1);
    // '"...," said Lin Hughes, speaking on behalf of X': after an inverted "said" the speaker goes on.
    if (closing && SPEECH_VERBS.has(previous!.chain[0]?.lemma ?? '') && closing.tail.length === 0) return { arg: closing.arg };
    const found = closing ? findSubject(context, previous!, depth) : undefined;
    return found ? { arg: found.arg } : undefined;
  } else if (COORDINATORS.has(before.normal) && before.pos === 'CCONJ') {
    // "The premier insisted ..., and praised his handling": coordinated verbs share their subject; after a
    // comma the verb joins the main clause, not the clause nearest to it.
    const earlier = verbGroups(context).filter((candidate) => candidate.end <= group.first - 1);
    for (const other of tokens[group.first - 2]?.text === ',' ? earlier : earlier.reverse()) {
      const found = findSubject(context, other, depth);
      if (found) return { arg: found.arg };
    }
    return undefined;
  } else if (PARTICIPLE_OPENERS.has(before.normal) && group.chain[0]?.normal.endsWith('ing') && group.chain[0] === tokens[group.first]) {
    // The nearest clause before with a subject of its own: "aims to wipe out ... by winning". After a
    // direct object the participle is the object's: "accused the police of ... using".
    for (const other of verbGroups(context).filter((candidate) => candidate.end <= group.first - 1).reverse()) {
      const found = findSubject(context, other, depth);
      if (!found) continue;
      // Object control belongs to finite verbs ("accused X of using"); a participle passes its subject on.
      const finite = !other.chain[0]?.normal.endsWith('ing');
      if (finite && findObjects(context, other).some((object) => object.tail.length === 0 && object.arg.mention.kind === 'name')) return undefined;
      return { arg: found.arg };
    }
    // "After beating Amy Winehouse ..., Joss Stone said": a clause that opens the sentence is the main clause's.
    if (group.first - 1 === sentence.firstToken) {
      const main = verbGroups(context).find((other) => other.first > group.end && tokens[other.first - 1]?.text !== ',' && findSubject(context, other, depth));
      const found = main && findSubject(context, main, depth);
      return found ? { arg: found.arg } : undefined;
    }
    return undefined;
  }
  const found = controller && findSubject(context, controller, depth);
  return found ? { arg: found.arg } : undefined;
}

/** Bodies that act for a country: "the French government", "Israeli officials". */
const STATE_NOUNS = new Set(['government', 'authorities', 'officials', 'ministers', 'administration', 'army', 'military', 'forces', 'troops', 'police', 'regime']);

/** The country a place or nationality before a state noun names, when the article names that country. */
function nationalState(context: SentenceContext, nationality: Argument | undefined): Argument | undefined {
  // "The US government has fined Boeing": a place's own government acts for it.
  if (nationality?.entityType === 'LOCATION') return nationality;
  return nationality?.entityType === 'GROUP' ? countryArgument(context, nationality) : undefined;
}

/** The owner of the noun phrase ending at `head`: "Keaveney's (stage) career", not "Blair's spokesman". */
function possessorOf(context: SentenceContext, head: number): Argument | undefined {
  const { tokens, sentence } = context;
  if (KIN_NOUNS.has(tokens[head].normal) || isRoleNoun(tokens[head].text) || PERSONAL_TIES.has(tokens[head].normal)) return undefined;
  let i = head;
  while (i > sentence.firstToken && head - i < 3 && (tokens[i - 1].pos === 'ADJ' || tokens[i - 1].pos === 'NOUN') && !context.argAt.has(i - 1)) i--;
  if (!isPossessiveMark(tokens[i - 1])) return undefined;
  return argEndingAt(context, i - 1);
}

/** Kinds of name that act: "Kenteris and Thanou can appeal", whatever the recogniser typed each. */
const AGENTS = new Set(['PERSON', 'ORGANIZATION', 'GROUP']);

/** The subject and the subject coordinated before it: "Actor Tom Hanks and director Ron Howard are reuniting". */
export function coordinatedSubjects(context: SentenceContext, subject: Argument): Argument[] {
  const { tokens, sentence } = context;
  let i = (subject.mention.titleStart ?? subject.first) - 1;
  // "Robert Oatley and his son Sandy Oatley", "Devon singer Joss Stone and rock band Muse": a relation
  // word, a role or a short description may stand before the second.
  const start = i;
  const describing = (token: Token): boolean =>
    isRoleNoun(token.text) || isTitleWord(token.text) || KIN_NOUNS.has(token.normal) || (start - i < 3 && /^\p{Ll}/u.test(token.text) && ['NOUN', 'ADJ'].includes(token.pos));
  while (i > sentence.firstToken && !context.argAt.has(i) && describing(tokens[i])) i--;
  if (tokens[i]?.pos === 'PRON' && ['his', 'her', 'their'].includes(tokens[i].normal) && context.argAt.has(i)) i--;
  // "Hugh Laurie, Stephen Fry and Miranda Richardson appeared": every name of a list acts.
  const listed = listMates(context, subject);
  if (tokens[i]?.normal !== 'and' || i <= sentence.firstToken) return [...listed, subject];
  const first = argEndingAt(context, i);
  const together = first && (first.entityType === subject.entityType || (AGENTS.has(first.entityType) && AGENTS.has(subject.entityType)));
  if (!first || !together || first.entity === subject.entity) return [...listed, subject];
  return [...listed.filter((arg) => arg !== first), first, subject];
}

/** A bare past participle right after "X,": "X, owned by Y," or "X, based in Y,". */
function isReducedRelative(context: SentenceContext, group: VerbGroup): boolean {
  const { tokens } = context;
  const head = group.chain[0];
  return (
    tokens[group.first - 1]?.text === ',' &&
    // A participle takes no direct object: "X, bought Y" is a finite verb, "X, owned by Y" is not.
    tokens[group.end]?.pos === 'ADP' &&
    head !== undefined &&
    head === tokens[group.first] &&
    head.pos === 'VERB' &&
    (head.normal !== head.lemma || SAME_PARTICIPLE.has(head.normal)) &&
    (/(?:ed|en|wn|ght|ld|lt|ut|ne)$/.test(head.normal) || SAME_PARTICIPLE.has(head.normal)) &&
    !head.normal.endsWith('ing')
  );
}

/** Words that take a part of what follows "of": "one of", "some of". */
const QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'all', 'each', 'several', 'both', 'none', 'two', 'three']);

/** When something happened is not part of what happened: "played last week against". */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'day', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'season', 'time', 'today', 'yesterday', 'half']);

/** Verbs whose complement is an adjective describing the subject: "felt unprotected", "became aware". */
const LINKING = new Set(['feel', 'seem', 'appear', 'look', 'sound', 'become', 'remain', 'be', 'stay', 'grow', 'prove']);

/** Words taggers read as adjectives or adverbs that stand as prepositions before an object ("squeezing past X"). */
const PREPOSITION_LIKE = new Set(['past', 'beyond', 'alongside', 'ahead', 'behind', 'across', 'through', 'around']);
/** Nouns that only point at what follows "of": "leaders of the community" is about the community. */
const RELATIONAL = new Set(['leader', 'member', 'representative', 'part', 'some', 'many', 'one', 'most', 'all', 'official', 'supporter', 'head', 'version', 'rest', 'number', 'group']);
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADP', 'ADV']);
const MAX_OBJECT_GAP = 10;

/** The object of a verb group: the argument it reaches through a noun phrase and prepositions. */
export interface ObjectMatch {
  arg: Argument;
  /** Predicate words between verb and object ("talks with"), as tokens. */
  tail: Token[];
  gap: number;
}

/** Finds the objects of a verb group ("accused X", "seeking talks with leaders of X", "met X and Y"). */
export function findObjects(context: SentenceContext, group: VerbGroup): ObjectMatch[] {
  const { tokens, sentence } = context;
  const between: Token[] = [];
  for (let i = group.end; i < sentence.endToken && between.length <= MAX_OBJECT_GAP; i++) {
    // "advised Mr Blair": the title belongs to the name that follows.
    const arg = argStartingAt(context, i) ?? context.args.find((candidate) => candidate.mention.titleStart === i);
    if (arg) {
      // "asking for details of Cabinet Office orders": a name modifying the last noun of the phrase stands for it.
      const modifier = pastTitleHolder(context, arg);
      // "told US TV network Fox News": a place describing the kind of the name that follows is not the object.
      // "set up by Stanford University students David Filo and Jerry Yang": a body before a role is the people's.
      const described = modifier.entityType === 'LOCATION' ? describedName(context, modifier.end) : titledPerson(context, modifier.end);
      if (described) {
        i = described.first - 1;
        between.push(...tokens.slice(modifier.end, described.first).filter((token) => token.pos === 'NOUN' && isRoleNoun(token.text)));
        continue;
      }
      if (modifiesNoun(context, modifier)) {
        // "won five Wimbledon doubles titles with John Newcombe": past the phrase, a participant may follow.
        return endsNounPhrase(context, modifier.end) ? [{ arg: modifier, tail: predicateTail(between, false), gap: between.length }] : secondObjects(context, modifier.end);
      }
      const object = pastPossessive(context, pastTitleHolder(context, arg));
      // "resigned after the report criticised ...": a name followed by its own verb starts a new clause.
      if (!object || startsClause(context, object)) return [];
      // "returning one of the UK's manufacturers": a part of what a name owns is not the name.
      const words = between.filter((token) => token.pos !== 'DET');
      const partitive = words.length >= 2 && words[words.length - 1].normal === 'of' && QUANTIFIERS.has(words[words.length - 2].normal);
      if (partitive && isPossessiveMark(tokens[object.end])) return [];
      const through = ownedLeadingOn(context, object, between);
      // "refuses to accept Syria's denials": what the owner did is part of the predicate.
      if (object === arg && object.end < sentence.endToken) between.push(...ownedWords(context, object));
      // "met French President X": a title before a person is part of how they are named, not of the predicate.
      while (object.entityType === 'PERSON' && between.length > 0 && isTitleLike(between[between.length - 1])) between.pop();
      const tail = predicateTail(between, LINKING.has(group.chain[group.chain.length - 1]?.lemma ?? ''));
      const matches = [{ arg: object, tail, gap: between.length }];
      if (through) matches.push(through);
      // Coordinated objects: "met X and Y", "appeared in X, Y and Z".
      let next = object.end;
      while (tokens[next] && ['and', 'or', ','].includes(tokens[next].normal)) {
        const link = tokens[next + 1]?.normal === 'and' || tokens[next + 1]?.normal === 'or' ? next + 2 : next + 1;
        // "stars Naomi Watts and Oscar winner Adrien Brody": each conjunct may carry its own title.
        let at = link;
        while (at < link + 3 && at < sentence.endToken && !context.argAt.has(at) && (isQualifying(tokens[at]) || tokens[at].pos === 'PROPN')) at++;
        const first = argStartingAt(context, at);
        const more = first && pastTitleHolder(context, first);
        // "the Wimbledon and US Open finals": things may be listed with things, people with people.
        if (!more || (more.entityType === 'PERSON') !== (object.entityType === 'PERSON')) break;
        // "MP for Richmond, North Yorks, and ...": a place after a comma that ends no list is where the first one is.
        const listGoesOn = ['and', 'or'].includes(tokens[next + 1]?.normal ?? '') || ['and', 'or'].includes(tokens[more.end]?.normal ?? '') || (tokens[more.end]?.text === ',' && Boolean(argStartingAt(context, more.end + 1)));
        if (more.entityType === 'LOCATION' && object.entityType === 'LOCATION' && tokens[next].text === ',' && link === next + 1 && !listGoesOn) break;
        matches.push({ arg: more, tail, gap: between.length });
        next = more.end;
      }
      // "reached the Wimbledon and US Open finals": a head noun after the list belongs to the predicate.
      const head = tokens[next];
      if (matches.length > 1 && head?.pos === 'NOUN' && !context.argAt.has(next) && !/^\p{Lu}/u.test(head.text)) {
        for (const match of matches) match.tail = [...match.tail, head];
      }
      // "front a show for ITV, titled Stars on Thin Ice": what the verb reached is then named.
      const naming = tokens[next]?.text === ',' && NAMING.has(tokens[next + 1]?.normal ?? '') ? argStartingAt(context, next + 2) : undefined;
      if (naming && between.some((token) => token.pos === 'NOUN')) matches.push({ arg: naming, tail: [], gap: between.length });
      return [...matches, ...secondObjects(context, next)];
    }
    const token = tokens[i];
    // "established himself as chief conductor of": the reflexive is the subject again, not the object.
    if (token.text === '"' || token.text === "'" || (token.pos === 'PRON' && /sel(?:f|ves)$/.test(token.normal))) continue;
    // "founded another company called Information Appliance": the noun is named next.
    if (NAMING.has(token.normal) && tokens[i - 1]?.pos === 'NOUN' && argStartingAt(context, i + 1)) continue;
    // "starred in films including 1989's Shirley Valentine": examples of the object lead to it.
    if (token.normal === 'including' || (token.normal === "'s" && tokens[i - 1]?.pos === 'NUM')) continue;
    // "played host to some of the biggest stars, including Paul Simon", "rivals such as Wal-Mart".
    if (token.text === ',' && tokens[i + 1]?.normal === 'including') continue;
    // "a deal with energy drink company, Red Bull": a name in apposition to the noun before it.
    if (token.text === ',' && tokens[i - 1]?.pos === 'NOUN' && !context.argAt.has(i - 1) && argStartingAt(context, i + 1) && between.some((t) => t.pos === 'ADP')) continue;
    if (token.normal === 'such' && tokens[i + 1]?.normal === 'as') {
      i++;
      continue;
    }
    const coordinatedNoun = token.pos === 'CCONJ' && between.some((t) => t.pos === 'NOUN') && ['NOUN', 'ADJ'].includes(tokens[i + 1]?.pos);
    // "owns 30% of EADS", "paid $5m for X": amounts are part of the way to the object.
    const amount = token.pos === 'SYM' && /^[%$£€]$/.test(token.text);
    if (amount) {
      // "30% of": the share is not part of the predicate.
      while (between.length > 0 && between[between.length - 1].pos === 'NUM') between.pop();
      if (tokens[i + 1]?.normal === 'of') i++;
      continue;
    }
    // "remain MP for Richmond": a title tagged as a proper noun is part of the predicate.
    if (!OBJECT_POS.has(token.pos) && !coordinatedNoun && !isRoleNoun(token.text)) return [];
    between.push(token);
  }
  return [];
}

/** The person a role after `from` names ("students David Filo"), if any. */
function titledPerson(context: SentenceContext, from: number): Argument | undefined {
  const { tokens } = context;
  let i = from;
  while (i < context.sentence.endToken && i - from < 3 && !context.argAt.has(i) && isRoleNoun(tokens[i].text.replace(/s$/, ''))) i++;
  const person = i > from ? argStartingAt(context, i) : undefined;
  return person?.entityType === 'PERSON' ? person : undefined;
}

/** The name a few lower-case kind words after `from` lead to ("TV network Fox News"), if any. */
function describedName(context: SentenceContext, from: number): Argument | undefined {
  const { tokens } = context;
  let i = from;
  // "TV" in "TV network" is a kind word too, whatever its capitals.
  while (i < context.sentence.endToken && i - from < 3 && !context.argAt.has(i) && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN')) i++;
  return i > from ? argStartingAt(context, i) : undefined;
}

/** Prepositions that bring a second participant after the object: "played Nellie in Vera Drake", "won titles with X". */
const SECOND_OBJECT_PREPOSITIONS = new Set(['in', 'with', 'for', 'against', 'to', 'from', 'alongside']);
const MAX_SECOND_GAP = 4;

/** A participant after the object, reached through a preposition; places there say where, not with whom. */
function secondObjects(context: SentenceContext, from: number): ObjectMatch[] {
  const { tokens } = context;
  const words: Token[] = [];
  for (let i = from; i < context.sentence.endToken && words.length <= MAX_SECOND_GAP; i++) {
    const arg = argStartingAt(context, i);
    if (arg) {
      const prepositions = words.filter((word) => word.pos === 'ADP');
      if (prepositions.length !== 1 || !SECOND_OBJECT_PREPOSITIONS.has(prepositions[0].normal)) return [];
      const object = pastPossessive(context, pastTitleHolder(context, arg));
      if (!object || object.entityType === 'LOCATION' || modifiesNoun(context, object) || startsClause(context, object)) return [];
      const found = { arg: object, tail: predicateTail(words, false), gap: words.length + 2 };
      // "alongside X in Y and with Z in W": the verb's participants go on after "and" and a preposition.
      let next = object.end;
      if (tokens[next]?.normal === 'and' && tokens[next + 1]?.pos === 'ADP') next++;
      return [found, ...(next > object.end || tokens[next]?.pos === 'ADP' ? secondObjects(context, next) : [])];
    }
    if (!['NOUN', 'ADJ', 'NUM', 'ADP', 'DET'].includes(tokens[i].pos)) return [];
    words.push(tokens[i]);
  }
  return [];
}

/**
 * "met French President Jacques Chirac", "a remake of Hollywood classic King Kong": a name before a title
 * or a common noun only qualifies the name after them.
 */
export function pastTitleHolder(context: SentenceContext, arg: Argument): Argument {
  const { tokens } = context;
  // "bought the search firm Overture": a description right before a name is the name's, not a reference.
  const named = arg.mention.kind === 'nominal' ? argStartingAt(context, arg.end) : undefined;
  if (named?.mention.kind === 'name') return named;
  // "beaten by Spaniard Rafael Nadal": a nationality right before a person's name describes them.
  const described = ['GROUP', 'OTHER'].includes(arg.entityType) ? argStartingAt(context, arg.end) : undefined;
  if (described?.entityType === 'PERSON') return described;
  let i = arg.end;
  while (i < context.sentence.endToken && i - arg.end < 4 && !context.argAt.has(i) && isQualifying(tokens[i])) i++;
  return (i > arg.end ? argStartingAt(context, i) : undefined) ?? arg;
}

/** A title, role or lower-case modifier that may stand between a qualifying name and the one it qualifies. */
function isQualifying(token: Token): boolean {
  return isTitleWord(token.text) || isRoleNoun(token.text) || ((token.pos === 'NOUN' || token.pos === 'ADJ') && !/^\p{Lu}/u.test(token.text));
}

function isTitleLike(token: Token): boolean {
  return isTitleWord(token.text) || isRoleNoun(token.text) || (token.pos === 'ADJ' && /^\p{Lu}/u.test(token.text));
}

/** Is the argument the subject of a clause of its own (directly followed by a finite verb)? */
function startsClause(context: SentenceContext, arg: Argument): boolean {
  const next = context.tokens[arg.end];
  // "wrote to X demanding ...": a participle after the object is an adjunct, not X's own verb.
  const participle = next?.pos === 'VERB' && next.normal.endsWith('ing');
  return Boolean(next && next.sentence === arg.mention.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && !participle && !context.argAt.has(arg.end));
}

/** "the US government's willingness": a name right before a common noun modifies it. */
function modifiesNoun(context: SentenceContext, arg: Argument): boolean {
  const next = context.tokens[arg.end];
  return Boolean(next && next.sentence === arg.mention.sentence && next.pos === 'NOUN' && !context.argAt.has(arg.end));
}

/**
 * Do the nouns from `from` on close the noun phrase? "a fourth World Championship crown this summer"
 * does; "Wimbledon doubles titles with X" goes on to another participant.
 */
function endsNounPhrase(context: SentenceContext, from: number): boolean {
  const { tokens, sentence } = context;
  let i = from;
  while (i < sentence.endToken && tokens[i].pos === 'NOUN' && !context.argAt.has(i)) i++;
  return i >= sentence.endToken || (tokens[i].pos !== 'ADP' && tokens[i].normal !== "'s" && !context.argAt.has(i));
}

/** "X's N" names N, not X: the object is the owned argument right after, or there is none. */
function pastPossessive(context: SentenceContext, arg: Argument): Argument | undefined {
  const { tokens } = context;
  const possessivePronoun = arg.mention.kind === 'pronoun' && arg.mention.pronoun?.possessive;
  const possessiveName = isPossessiveMark(tokens[arg.end]);
  if (!possessivePronoun && !possessiveName) return arg;
  const from = possessiveName ? arg.end + 1 : arg.end;
  for (let i = from; i < Math.min(from + 4, context.sentence.endToken); i++) {
    const owned = argStartingAt(context, i);
    // "Andre Agassi's Australian coach Darren Cahill" names the coach.
    if (owned) return pastTitleHolder(context, owned);
    // "met Brown's wife", "hired Blair's spokesman": the person owned is someone else, unnamed.
    if (KIN_NOUNS.has(tokens[i].normal) || isRoleNoun(tokens[i].text) || PERSONAL_TIES.has(tokens[i].normal)) return undefined;
    // "his injured colleague": participles describe what is owned, as adjectives do.
    const participle = tokens[i].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[i].normal);
    if (!['ADJ', 'NOUN', 'NUM'].includes(tokens[i].pos) && !participle) break;
  }
  // "praised his handling of the economy", "criticised the BBC's coverage": what X did stands for X.
  return arg;
}

/**
 * "won his first cap against Australia", "announced its merger with Sprint": what a possessive pronoun
 * owns may lead on, through a preposition, to another object.
 */
function ownedLeadingOn(context: SentenceContext, pronoun: Argument, between: Token[]): ObjectMatch | undefined {
  const { tokens, sentence } = context;
  if (pronoun.mention.kind !== 'pronoun' || !pronoun.mention.pronoun?.possessive) return undefined;
  const owned: Token[] = [];
  let i = pronoun.end;
  while (i < sentence.endToken && i - pronoun.end < 4 && ['ADJ', 'NOUN', 'NUM'].includes(tokens[i].pos) && !context.argAt.has(i)) owned.push(tokens[i++]);
  const preposition = tokens[i];
  if (!owned.some((token) => token.pos === 'NOUN') || preposition?.pos !== 'ADP' || i >= sentence.endToken) return undefined;
  let k = i + 1;
  while (k < sentence.endToken && tokens[k].pos === 'DET' && !context.argAt.has(k)) k++;
  const next = argStartingAt(context, k);
  if (!next) return undefined;
  const words = [...between, ...owned, preposition];
  return { arg: pastTitleHolder(context, next), tail: predicateTail(words, false), gap: words.length };
}

/** The nouns owned by a possessive that stands for them: "denials" in "Syria's denials". */
function ownedWords(context: SentenceContext, arg: Argument): Token[] {
  const { tokens } = context;
  const mark = isPossessiveMark(tokens[arg.end]);
  const possessive = mark || (arg.mention.kind === 'pronoun' && arg.mention.pronoun?.possessive);
  if (!possessive) return [];
  const words: Token[] = [];
  // "provides Prince Charles' annual income": describing adjectives are passed over.
  for (let i = mark ? arg.end + 1 : arg.end; i < context.sentence.endToken && words.length < 3; i++) {
    if (context.argAt.has(i)) break;
    if (tokens[i].pos === 'ADJ' && words.length === 0) continue;
    if (tokens[i].pos !== 'NOUN') break;
    words.push(tokens[i]);
  }
  return words;
}

/** Keeps the words of a predicate: nouns, prepositions and connectors, without a final relational hop. */
function predicateTail(between: Token[], linking: boolean): Token[] {
  // Role words stay whatever their tag ("chief" in "the chief executive of"); after a linking verb the
  // adjective is the predicate itself ("felt unprotected by").
  const opening = between.findIndex((token) => token.pos !== 'ADV');
  const last = between.length - 1;
  const kept = between
    .filter(
      (token, i) =>
        // "finished second to", "wins the vote ahead of", "squeezing past": the word that makes the
        // preposition before the object says how the two stand.
        (i === last - 1 && (token.pos === 'ADV' || token.pos === 'ADJ') && between[last].pos === 'ADP') ||
        (i === last && PREPOSITION_LIKE.has(token.normal)) ||
        (token.pos === 'NOUN' && !TIME_NOUNS.has(token.lemma)) ||
        token.pos === 'ADP' ||
        token.normal === 'as' ||
        token.pos === 'CCONJ' ||
        isRoleNoun(token.text) ||
        // "chief financial officer": an adjective inside a role is part of it.
        (token.pos === 'ADJ' && isRoleNoun(between[i + 1]?.text ?? '')) ||
        (linking && i === opening && token.pos === 'ADJ'),
    )
    // "host to some of the stars": with "some" gone, "to of" keeps only its first preposition.
    .filter((token, i, list) => !(token.pos === 'ADP' && list[i - 1]?.pos === 'ADP' && token.normal === 'of'));
  const n = kept.length;
  // After a copula the relational noun is the predicate itself: "was part of", "is a member of".
  if (!linking && n >= 2 && kept[n - 1].normal === 'of' && RELATIONAL.has(kept[n - 2].lemma)) return kept.slice(0, n - 2);
  return kept;
}
