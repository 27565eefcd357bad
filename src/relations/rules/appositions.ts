import { isRoleNoun, isTitleWord, OWNERSHIP_ROLES, PART_NOUNS, PERSONAL_TIES, readRole, roleHead, roleTie } from '../../mentions/titles';
import type { Token } from '../../segment/segment';
import { argEndingAt, argStartingAt, isPossessiveMark, listMates, modifiersStart, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';

const ROLE_PREPOSITIONS = new Set(['of', 'at', 'for', 'with', 'in', 'behind']);
/** "the man behind OptInRealBig", "the brains behind X": who stands behind an enterprise. */
const BEHIND_HEADS = new Set(['man', 'woman', 'brains', 'force', 'figure', 'mastermind', 'person', 'people', 'team']);
const APPOSITION_MARKS = new Set([',', '-', '–', '—']);
const MAX_ROLE_PHRASE = 9;
/** Kinds of name that may qualify a role rather than hold it. */
const DESCRIPTIVE = new Set(['EVENT', 'GROUP', 'OTHER', 'WORK']);

/** Tokens that may make up a role phrase: "the head of currency strategy", "a spokesman". */
const ROLE_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'CCONJ']);
/** Words a role written after a possessive is made of: "the BBC's new director general". */
const ROLE_WORD_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** A word of a description before a name: "the Irish horse racing tycoons", "former Wales and Lions prop". */
function isDescribing(token: Token): boolean {
  return ROLE_PHRASE_POS.has(token.pos) || isRoleNoun(token.text) || (token.pos === 'VERB' && token.normal.endsWith('ing'));
}

/**
 * "The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said", "A spokesman for DLF
 * Builders, Dr Vancheshwar, told the BBC": a role of a body, then who holds it in apposition.
 */
function roleOfBodyNamedAfter(context: SentenceContext, body: Argument): Relation[] {
  const { tokens, sentence } = context;
  if (!['ORGANIZATION', 'LOCATION'].includes(body.entityType) || tokens[body.end]?.text !== ',') return [];
  const ofAt = tokens[body.first - 1]?.pos === 'DET' ? body.first - 2 : body.first - 1;
  // "A spokesman for DLF Builders, Dr Vancheshwar, told the BBC".
  if (!['of', 'for', 'at'].includes(tokens[ofAt]?.normal ?? '')) return [];
  const i = modifiersStart(context, ofAt);
  const reading = readRole(tokens.slice(i, ofAt).map((token) => token.text), body.entityType === 'LOCATION');
  // The role opens the subject: "The head of ..." at the start of the sentence or a clause.
  if (!reading || !(i === sentence.firstToken || tokens[i - 1].pos === 'DET')) return [];
  // Past titles in apposition ("Acting Detective Chief Superintendent,") to the name.
  let k = body.end + 1;
  while (k < sentence.endToken && k - body.end < 8 && !context.argAt.has(k) && (isTitleWord(tokens[k].text) || tokens[k].text === ',')) k++;
  const person = argStartingAt(context, k) ?? context.args.find((arg) => arg.mention.titleStart === k);
  if (!person || person.entityType !== 'PERSON') return [];
  const { relation, label } = reading;
  return relate(context, person, body, { label, predicate: label.toLowerCase(), relation, confidence: 0.8, rule: 'apposition' });
}

/**
 * "United's largest shareholders, the Irish horse racing tycoons John Magnier and JP McManus", "Yapp's coach
 * at the Blues, former Wales prop Dai Young": a possessive role named afterwards, in apposition.
 */
function possessiveRoleNamedAfter(context: SentenceContext, owner: Argument): Relation[] {
  const { tokens, sentence } = context;
  if (!isPossessiveMark(tokens[owner.end])) return [];
  let i = owner.end + 1;
  const words: Token[] = [];
  while (i < sentence.endToken && words.length < 4 && !context.argAt.has(i) && ROLE_WORD_POS.has(tokens[i].pos)) words.push(tokens[i++]);
  const head = roleHead(words.map((token) => token.text));
  if (!head) return [];
  // "coach at the Blues": where the role is held may follow it.
  const place = tokens[i]?.normal === 'at' ? argStartingAt(context, tokens[i + 1]?.pos === 'DET' ? i + 2 : i + 1) : undefined;
  if (place) i = place.end;
  if (tokens[i]?.text !== ',') return [];
  // The people named in apposition, past a description ("the Irish horse racing tycoons", "former Wales and Lions prop").
  const people: Argument[] = [];
  for (let k = i + 1; k < sentence.endToken && k - i <= MAX_ROLE_PHRASE + 4; k++) {
    const arg = argStartingAt(context, k) ?? context.args.find((candidate) => candidate.mention.titleStart === k);
    if (arg?.entityType === 'PERSON') {
      people.push(arg);
      if (tokens[arg.end]?.normal !== 'and') break;
      k = arg.end;
      continue;
    }
    if (arg) k = arg.end - 1;
    else if (!isDescribing(tokens[k]) || tokens[k].text === ',') break;
  }
  const role = words.map((token) => token.text).join(' ');
  return people.flatMap((person) => {
    if (owner.entityType === 'PERSON') {
      const label = `${role} of`;
      return relate(context, person, owner, { label, predicate: label.toLowerCase(), relation: 'related_to', confidence: 0.75, rule: 'apposition' });
    }
    if (!['ORGANIZATION', 'LOCATION'].includes(owner.entityType)) return [];
    const { relation, label } = roleTie(role, head, owner.entityType === 'LOCATION');
    return relate(context, person, owner, { label, predicate: label.toLowerCase(), relation, confidence: 0.75, rule: 'apposition' });
  });
}

/**
 * "Robert Sinche, head of currency strategy at Bank of America," — a person, a role phrase in apposition,
 * and the organisation it is held at. The role phrase becomes the label: "head of currency strategy at".
 */
function roleApposition(context: SentenceContext, person: Argument): Relation[] {
  const { tokens, sentence } = context;
  // "Alan Milburn - a key ally of Tony Blair": a dash sets off an apposition as a comma does.
  if (!APPOSITION_MARKS.has(tokens[person.end]?.text ?? '')) return [];
  const phraseStart = person.end + 1;
  for (let i = phraseStart; i < sentence.endToken && i - phraseStart <= MAX_ROLE_PHRASE; i++) {
    const org = argStartingAt(context, i);
    // "a former Davis Cup player for Australia": a competition or group inside the role is part of it, and
    // so is a place that qualifies a role noun ("chief UK economist at Capital Economics").
    // "Will Smith, star of I, Robot, Independence Day and Men In Black": a maker's or performer's works.
    if (org?.entityType === 'WORK' && tokens[i - 1]?.normal === 'of') {
      const words = tokens.slice(phraseStart, i - 1).filter((token) => token.pos !== 'DET');
      if (words.some((token) => MAKING_ROLES.has(token.normal))) return worksOf(context, person, org, `${words.map((token) => token.text).join(' ')} of`);
    }
    const qualifying =
      org?.entityType === 'LOCATION' && ['NOUN', 'ADJ'].includes(tokens[org.end]?.pos ?? '') && (tokens[org.first - 1]?.pos !== 'ADP' || describesBody(context, org.end));
    if (org && ((DESCRIPTIVE.has(org.entityType) && i > phraseStart) || qualifying)) {
      i = org.end - 1;
      continue;
    }
    if (org) {
      // "the founder of India's Percept Films": the place owns the body the role is held at.
      const owned = isPossessiveMark(tokens[org.end]) ? argStartingAt(context, org.end + 1) : undefined;
      if (owned && org.entityType === 'LOCATION' && owned.entityType === 'ORGANIZATION') {
        const at = tokens[org.first - 1]?.pos === 'DET' ? org.first - 2 : org.first - 1;
        const words = tokens.slice(phraseStart, at).filter((token) => token.pos !== 'DET');
        const head = roleHead(words.map((token) => token.text));
        if (!head || !ROLE_PREPOSITIONS.has(tokens[at]?.normal ?? '')) return [];
        const role = words.map((token) => token.text).join(' ');
        const { relation } = roleTie(role, head, false);
        const label = `${role} ${tokens[at].normal}`;
        return relate(context, person, owned, { label, predicate: label.toLowerCase(), relation, confidence: 0.85, rule: 'apposition' });
      }
      const at = prepositionBefore(context, i);
      const preposition = tokens[at]?.normal;
      if (!preposition || !ROLE_PREPOSITIONS.has(preposition) || at <= phraseStart) return [];
      const words = tokens.slice(phraseStart, at).filter((token) => token.pos !== 'DET');
      const tie = org.entityType === 'PERSON' && preposition === 'of' ? words.find((token) => PERSONAL_TIES.has(token.normal)) : undefined;
      if (tie) {
        const label = `${words.map((token) => token.text).join(' ')} of`;
        return relate(context, person, org, { label, predicate: label.toLowerCase(), relation: 'related_to', confidence: 0.8, rule: 'apposition' });
      }
      if (preposition === 'behind') {
        const behind = words.some((token) => BEHIND_HEADS.has(token.normal)) && org.entityType !== 'PERSON';
        const label = `${words.map((token) => token.text).join(' ')} behind`;
        return behind ? relate(context, person, org, { label, predicate: label.toLowerCase(), relation: 'other', confidence: 0.75, rule: 'apposition' }) : [];
      }
      const head = roleHead(words.map((token) => token.text));
      if (!head || !['ORGANIZATION', 'LOCATION'].includes(org.entityType)) return [];
      const role = words.map((token) => token.text).join(' ');
      const { relation } = roleTie(role, head, org.entityType === 'LOCATION');
      const label = `${role} ${preposition}`;
      return relate(context, person, org, { label, predicate: label.toLowerCase(), relation, confidence: 0.85, rule: 'apposition' });
    }
    if (!ROLE_PHRASE_POS.has(tokens[i].pos)) return [];
  }
  return [];
}

/** "US telecoms firm WorldCom": lower-case words from `start` lead to a body's name. */
function describesBody(context: SentenceContext, start: number): boolean {
  const { tokens } = context;
  let k = start;
  while (k - start < 3 && !context.argAt.has(k) && ['NOUN', 'ADJ'].includes(tokens[k]?.pos ?? '') && /^\p{Ll}/u.test(tokens[k].text)) k++;
  return k > start && argStartingAt(context, k)?.entityType === 'ORGANIZATION';
}

/**
 * The preposition a role's body follows: "director general of the British Chambers of Commerce", also past
 * a short description of the body ("head of trading at brokers TOV", "at US telecoms firm WorldCom").
 */
function prepositionBefore(context: SentenceContext, body: number): number {
  const { tokens } = context;
  let k = body;
  for (let steps = 0; steps < 4; steps++) {
    const qualifier = argEndingAt(context, k);
    if (qualifier && (qualifier.entityType === 'LOCATION' || qualifier.entityType === 'GROUP')) k = qualifier.first;
    else if (!qualifier && ['NOUN', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') && /^\p{Ll}/u.test(tokens[k - 1].text)) k--;
    else break;
  }
  return tokens[k - 1]?.pos === 'DET' ? k - 2 : k - 1;
}

/** Roles that make or perform works: "star of", "director of", "author of". */
const MAKING_ROLES = new Set(['star', 'director', 'writer', 'author', 'creator', 'producer', 'actor', 'actress', 'presenter', 'host', 'singer', 'composer', 'co-star', 'novelist', 'screenwriter']);

/** The person's relation to a work and to each work listed after it ("I, Robot, Independence Day and Men In Black"). */
function worksOf(context: SentenceContext, person: Argument, first: Argument, label: string): Relation[] {
  const { tokens } = context;
  const relations: Relation[] = [];
  for (let work: Argument | undefined = first; work && work.entityType === 'WORK'; ) {
    relations.push(...relate(context, person, work, { label, predicate: label.toLowerCase(), relation: 'other', confidence: 0.8, rule: 'apposition' }));
    const end: number = work.end;
    const link: number = tokens[end]?.text === ',' && tokens[end + 1]?.normal === 'and' ? end + 2 : end + 1;
    work = [',', 'and'].includes(tokens[end]?.normal ?? '') ? argStartingAt(context, link) : undefined;
  }
  return relations;
}

/** "Greg Dyke, the BBC's director general, said": the role in apposition is held at the possessive. */
function possessiveRoleApposition(context: SentenceContext, person: Argument): Relation[] {
  const { tokens, sentence } = context;
  if (!APPOSITION_MARKS.has(tokens[person.end]?.text ?? '')) return [];
  let start = tokens[person.end + 1]?.pos === 'DET' ? person.end + 2 : person.end + 1;
  // "Philip Green, the billionaire Bhs owner": a description may stand before the body.
  for (let k = 0; k < 2 && !context.argAt.has(start) && ['ADJ', 'NOUN'].includes(tokens[start]?.pos ?? '') && /^\p{Ll}/u.test(tokens[start].text); k++) start++;
  const holder = argStartingAt(context, start);
  if (!holder || !['ORGANIZATION', 'LOCATION'].includes(holder.entityType)) return [];
  // "X, the BBC's director general," and "X, Texas attorney general announcing ...".
  const roleStart = isPossessiveMark(tokens[holder.end]) ? holder.end + 1 : holder.end;
  let end = roleStart;
  // "Metlife's chairman and chief executive": roles may be joined by "and"; "IBM's world-wide Linux
  // strategy manager": a work or group may qualify the role.
  const roleWord = (at: number): boolean => ROLE_WORD_POS.has(tokens[at].pos) || (tokens[at].normal === 'and' && at > roleStart && ROLE_WORD_POS.has(tokens[at + 1]?.pos ?? ''));
  const qualifier = (at: number): Argument | undefined => {
    const arg = argStartingAt(context, at);
    return arg && DESCRIPTIVE.has(arg.entityType) ? arg : undefined;
  };
  while (end < sentence.endToken && end - roleStart < MAX_ROLE_PHRASE) {
    const inside = qualifier(end);
    if (inside) end = inside.end;
    else if (!context.argAt.has(end) && roleWord(end)) end++;
    else break;
  }
  // The apposition closes with a comma, a verb or the sentence: "the BBC's director general of ..." is another reading.
  if (end < sentence.endToken && !/^[,.;)\-–—]$/.test(tokens[end].text) && tokens[end].pos !== 'VERB') return [];
  const words = tokens.slice(roleStart, end).map((token) => token.text);
  const head = roleHead(words);
  // "EADS - Airbus' majority owner -": an organisation holds only an owner's role.
  if (!head || (person.entityType !== 'PERSON' && !OWNERSHIP_ROLES.has(head.toLowerCase()))) return [];
  const role = words.join(' ');
  const { relation, label } = roleTie(role, head, holder.entityType === 'LOCATION');
  return relate(context, person, holder, { label, predicate: label.toLowerCase(), relation, confidence: 0.85, rule: 'apposition' });
}

/**
 * "Omar Khan of Bradford Youth Network", "Hartson (Celtic)": a person of an organisation is a member of
 * it; "Francis Obikwelu of Portugal" is of that place, whether born, living or competing there.
 */
function personOf(context: SentenceContext, person: Argument): Relation[] {
  const { tokens } = context;
  // "Hartson (Celtic), Savage (Blackburn)": squad lists and party labels put the body in brackets.
  const bracketed = tokens[person.end]?.text === '(';
  // "said Ben Coppin from Envisional": "from" a body says the same as "of" it.
  const from = tokens[person.end]?.normal === 'from';
  if (tokens[person.end]?.normal !== 'of' && !bracketed && !from) return [];
  let at = person.end + 1;
  if (!bracketed && tokens[at]?.normal === 'the') at++;
  // "Graham Cluley from anti-virus firm Sophos": a description of the body may come first.
  while (!bracketed && at < context.sentence.endToken && at - person.end < 5 && !context.argAt.has(at) && /^\p{Ll}/u.test(tokens[at].text) && ['ADJ', 'NOUN'].includes(tokens[at].pos)) at++;
  const whole = argStartingAt(context, at);
  if (from && whole?.entityType !== 'ORGANIZATION') return [];
  // "G Thomas (Toulouse, capt)": a note after the body may share the brackets.
  const closes = (at: number): boolean => tokens[at]?.text === ')' || (tokens[at]?.text === ',' && /^\p{Ll}/u.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ')');
  if (bracketed && (!whole || !closes(whole.end))) return [];
  // In a list, "Gabbidon (Cardiff)" or "Obikwelu (Portugal)" names the side a person plays or stands for.
  if (whole?.entityType === 'ORGANIZATION' || (bracketed && whole?.entityType === 'LOCATION')) {
    // "Peter Marion of Maritime Seafood Processors and First Choice Foods": of each of them.
    const wholes = bracketed ? [whole] : [whole, ...listMates(context, whole).filter((mate) => mate.first > whole.first)];
    return wholes.flatMap((body) => relate(context, person, body, { label: 'member of', predicate: 'member of', relation: 'member_of', confidence: 0.75, rule: 'apposition' }));
  }
  if (whole?.entityType === 'LOCATION' && whole.mention.kind === 'name' && person.mention.kind === 'name') {
    return relate(context, person, whole, { label: 'of', predicate: 'of', relation: 'related_to', confidence: 0.65, rule: 'apposition' });
  }
  return [];
}

/** "Graham Henry (former Wales coach) said": a role in brackets, with the body or place it is held at. */
function bracketedRole(context: SentenceContext, person: Argument): Relation[] {
  const { tokens, sentence } = context;
  if (tokens[person.end]?.text !== '(') return [];
  let close = person.end + 1;
  while (close < sentence.endToken && tokens[close].text !== ')' && close - person.end <= MAX_ROLE_PHRASE) close++;
  if (tokens[close]?.text !== ')') return [];
  const holder = context.args.find((arg) => arg.first > person.end && arg.end < close && ['ORGANIZATION', 'LOCATION'].includes(arg.entityType));
  if (!holder) return [];
  // The role is what the brackets say besides the holder: "former coach" of Wales.
  const words = tokens.slice(person.end + 1, close).filter((_, k) => person.end + 1 + k < holder.first || person.end + 1 + k >= holder.end).map((token) => token.text);
  const head = roleHead(words);
  if (!head) return [];
  const { relation } = roleTie(words.join(' '), head, holder.entityType === 'LOCATION');
  const label = `${words.join(' ')} of`;
  return relate(context, person, holder, { label, predicate: label.toLowerCase(), relation, confidence: 0.8, rule: 'apposition' });
}

/** "John Smith, 45, from Leeds, was arrested": where a person is from, in apposition. */
function personFrom(context: SentenceContext, person: Argument): Relation[] {
  const { tokens } = context;
  let i = person.end;
  if (tokens[i]?.text !== ',') return [];
  i++;
  // An age may come first: "John Smith, 45, of Leeds".
  if (tokens[i]?.pos === 'NUM' && tokens[i + 1]?.text === ',') i += 2;
  if (tokens[i]?.normal !== 'from' && tokens[i]?.normal !== 'of') return [];
  const place = argStartingAt(context, i + 1);
  if (!place || place.entityType !== 'LOCATION' || place.mention.kind !== 'name') return [];
  return relate(context, person, place, { label: 'from', predicate: 'from', relation: 'lives_in', confidence: 0.7, rule: 'apposition' });
}

/** "Tesco, Britain's biggest supermarket, reported ...": a body described as a place's is based there. */
function placesOwn(context: SentenceContext, body: Argument): Relation[] {
  const { tokens, sentence } = context;
  if (body.entityType !== 'ORGANIZATION' || tokens[body.end]?.text !== ',') return [];
  const place = argStartingAt(context, tokens[body.end + 1]?.pos === 'DET' ? body.end + 2 : body.end + 1);
  if (!place || place.entityType !== 'LOCATION' || tokens[place.end]?.normal !== "'s") return [];
  let i = place.end + 1;
  // "Germany's only stock-market listed football club": participles describe too.
  const describes = (token: Token): boolean => ['ADJ', 'NOUN', 'ADV'].includes(token.pos) || (token.pos === 'VERB' && /(?:ed|ing)$/.test(token.normal));
  while (i < sentence.endToken && describes(tokens[i]) && !context.argAt.has(i)) i++;
  if (i === place.end + 1 || tokens[i - 1].pos !== 'NOUN' || !(i >= sentence.endToken || /^[,.;]$/.test(tokens[i].text))) return [];
  return relate(context, body, place, { label: 'based in', predicate: 'base in', relation: 'based_in', confidence: 0.7, rule: 'apposition' });
}

/** "Bradford Youth Network, one of the groups in the alliance": membership of a larger body. */
function oneOfThe(context: SentenceContext, member: Argument): Relation[] {
  const { tokens, sentence } = context;
  const at = member.end;
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.normal !== 'one' || tokens[at + 2]?.normal !== 'of') return [];
  for (let i = at + 3; i < Math.min(sentence.endToken, at + 9); i++) {
    const whole = argStartingAt(context, i);
    if (whole) {
      const preposition = tokens[i - 1].pos === 'DET' ? tokens[i - 2] : tokens[i - 1];
      if (!['in', 'of', 'within'].includes(preposition.normal)) return [];
      const places = member.entityType === 'LOCATION' && whole.entityType === 'LOCATION';
      return relate(context, member, whole, {
        label: places ? 'located in' : 'member of',
        predicate: places ? 'locate in' : 'member of',
        relation: places ? 'located_in' : 'member_of',
        confidence: 0.75,
        rule: 'apposition',
      });
    }
    if (tokens[i].text === ',' || context.argAt.has(i)) return [];
  }
  return [];
}

/** "SpeechWorks, a division of ScanSoft,", "Delta, parent of Comair": one organisation described as part or owner of another. */
function partApposition(context: SentenceContext, part: Argument): Relation[] {
  const { tokens } = context;
  if (part.entityType !== 'ORGANIZATION' || !APPOSITION_MARKS.has(tokens[part.end]?.text ?? '')) return [];
  let i = part.end + 1;
  if (tokens[i]?.pos === 'DET') i++;
  while (tokens[i]?.pos === 'ADJ' && !context.argAt.has(i)) i++;
  const noun = tokens[i];
  const owning = OWNERSHIP_ROLES.has(noun?.normal ?? '');
  if (!noun || !(PART_NOUNS.has(noun.normal) || owning) || tokens[i + 1]?.normal !== 'of') return [];
  const label = `${noun.normal} of`;
  const relations: Relation[] = [];
  // "Federated - owner of Macy's and Bloomingdale's -": every body in the list.
  for (let at = tokens[i + 2]?.pos === 'DET' ? i + 3 : i + 2; ; ) {
    const other = argStartingAt(context, at);
    // What is owned may be any business the recogniser could not type ("owner of Macy's"); a part is a body.
    if (!other || !(other.entityType === 'ORGANIZATION' || (owning && (other.entityType === 'OTHER' || other.entityType === 'WORK')))) break;
    relations.push(...relate(context, part, other, { label, predicate: label, relation: owning ? 'other' : 'part_of', confidence: owning ? 0.8 : 0.85, rule: 'apposition' }));
    if (tokens[other.end]?.normal !== 'and' && tokens[other.end]?.text !== ',') break;
    at = other.end + 1;
  }
  return relations;
}

/** Appositions: role phrases, "X of Y", "X, one of the N in Y". */
export const appositionRule: RelationRule = {
  name: 'apposition',
  apply(context: SentenceContext): Relation[] {
    const relations: Relation[] = [];
    for (const arg of context.args) {
      if (arg.mention.kind === 'pronoun') continue;
      if (arg.entityType === 'PERSON') relations.push(...roleApposition(context, arg), ...personOf(context, arg), ...personFrom(context, arg), ...bracketedRole(context, arg));
      if (arg.entityType === 'PERSON' || arg.entityType === 'ORGANIZATION') relations.push(...possessiveRoleApposition(context, arg));
      relations.push(...oneOfThe(context, arg), ...placesOwn(context, arg), ...partApposition(context, arg), ...possessiveRoleNamedAfter(context, arg), ...roleOfBodyNamedAfter(context, arg));
    }
    return relations;
  },
};
