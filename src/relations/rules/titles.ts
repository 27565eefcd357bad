import { expandTitle, isRoleNoun, isTitleWord, OWNERSHIP_ROLES, PART_NOUNS, PERSONAL_STAFF, PERSONAL_TIES, readRole, roleHead, roleOfTitle, roleTie } from '../../mentions/titles';
import { nameWords } from '../../entities/names';
import { partyKey } from '../../mentions/parties';
import type { Token } from '../../segment/segment';
import { countryArgument } from '../demonyms';
import { argEndingAt, isPossessiveMark, possessorEndingAt, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';


/** Roles played in a work rather than held over it. */
const PERFORMERS = new Set(['actor', 'actress', 'star', 'co-star', 'presenter', 'host', 'singer', 'dancer', 'player']);

/** Longest role phrase between an organisation and a name ("Liberal Democrat spokeswoman for women"). */
const MAX_ROLE_WORDS = 6;
const ROLE_LINKS = new Set(['for', 'of', 'on', 'and']);

/** Can this token be part of a role phrase: a role or title word, a modifier, or "for/of" inside it? */
function inRolePhrase(token: Token): boolean {
  return (
    isRoleNoun(token.text) ||
    isTitleWord(token.text) ||
    OWNERSHIP_ROLES.has(token.normal) ||
    token.pos === 'ADJ' ||
    token.pos === 'NOUN' ||
    (token.pos === 'VERB' && token.normal.endsWith('ing')) ||
    ROLE_LINKS.has(token.normal)
  );
}

/** A role phrase starts with a role, a title or a modifier of one ("managing director", "former coach"). */
function startsRole(token: Token): boolean {
  return Boolean(roleHead([token.text])) || PERSONAL_TIES.has(token.normal) || isTitleWord(token.text) || token.pos === 'ADJ' || (token.pos === 'VERB' && token.normal.endsWith('ing'));
}

/** The role phrase before a name and the argument it belongs to, if the phrase starts right after one. */
function rolePhraseBefore(context: SentenceContext, nameStart: number): { words: Token[]; holder: Argument } | undefined {
  const { tokens, sentence } = context;
  // "Microsoft's chairman, Bill Gates,": the role may stand in apposition before the name.
  if (tokens[nameStart - 1]?.text === ',' && roleHead([tokens[nameStart - 2]?.text ?? ''])) nameStart--;
  let i = nameStart;
  // "Secretary of State", "Minister for Health": the capitalised object of a title is part of it.
  const titleObject = (k: number): boolean => tokens[k].pos === 'PROPN' && ROLE_LINKS.has(tokens[k - 1]?.normal ?? '') && isTitleWord(tokens[k - 2]?.text ?? '');
  while (i > sentence.firstToken && nameStart - i < MAX_ROLE_WORDS && !context.argAt.has(i - 1) && (inRolePhrase(tokens[i - 1]) || titleObject(i - 1))) i--;
  // The phrase begins with the role itself, not with a modifier of what comes before; but a holder right
  // before a noun that qualifies the role holds it ("Renaissance Capital energy analyst", "Labour's
  // campaign chief").
  const left = i;
  while (i < nameStart && !startsRole(tokens[i])) i++;
  const heldBefore = argEndingAt(context, left) ?? (isPossessiveMark(tokens[left - 1]) ? argEndingAt(context, left - 1) : undefined);
  if (i > left && tokens[left].pos === 'NOUN' && heldBefore && !argEndingAt(context, i)) i = left;
  const possessive = isPossessiveMark(tokens[i - 1]) ? 1 : 0;
  let holder = argEndingAt(context, i - possessive);
  // "Andre Agassi's Australian coach": the nationality describes the coach; the owner holds the role.
  if (holder && !possessive && holder.entityType === 'GROUP' && holder.end - holder.first === 1 && tokens[holder.first - 1]?.normal === "'s") {
    holder = argEndingAt(context, holder.first - 1) ?? holder;
  }
  // "its UK chief executive", "Vodafone's European boss": a place or nationality between the owner and
  // the role says where the role is held; the owner holds it. Not "Labour's Leeds MP": seats are places.
  let roleEnd = nameStart;
  while (roleEnd < sentence.endToken && !context.argAt.has(roleEnd)) roleEnd++;
  if (holder && ['LOCATION', 'GROUP'].includes(holder.entityType) && readRole(tokens.slice(i, roleEnd).map((token) => token.text), true)?.relation !== 'represents') {
    const owner = possessorEndingAt(context, holder.first);
    if (owner && owner.entityType === 'ORGANIZATION') holder = owner;
  }
  return holder ? { words: tokens.slice(i, nameStart), holder } : undefined;
}

/** The person owning a body named as a modifier: "Henry's" in "Henry's Arsenal club-mate". */
function ownerBefore(context: SentenceContext, holder: Argument): Argument | undefined {
  const { tokens } = context;
  let i = holder.first;
  // "his injured Newport Dragons colleague": the owner may be a pronoun, with a description between.
  while (i - 1 > context.sentence.firstToken && (tokens[i - 1].pos === 'ADJ' || (tokens[i - 1].pos === 'VERB' && tokens[i - 1].normal.endsWith('ed'))) && !context.argAt.has(i - 1)) i--;
  const mark = tokens[i - 1];
  const pronoun = argEndingAt(context, i);
  const owner = isPossessiveMark(mark) ? argEndingAt(context, i - 1) : pronoun?.mention.pronoun?.possessive ? pronoun : undefined;
  return owner?.entityType === 'PERSON' ? owner : undefined;
}

/** "Chief Secretary to the Treasury Paul Boateng", "general secretary of the union Unison Dave Prentis": a title that names its body before the person. */
function titleNamingHolder(context: SentenceContext, named: Argument): Relation[] {
  const { tokens, sentence } = context;
  const holder = argEndingAt(context, named.mention.titleStart ?? named.first);
  if (!holder || !['ORGANIZATION', 'LOCATION'].includes(holder.entityType)) return [];
  let i = holder.first - 1;
  // "general secretary of the public services union Unison Dave Prentis": the body may be described first.
  while (i > sentence.firstToken && holder.first - i <= 4 && ['NOUN', 'ADJ'].includes(tokens[i].pos) && /^\p{Ll}/u.test(tokens[i].text)) i--;
  if (tokens[i]?.normal === 'the') i--;
  const preposition = tokens[i]?.normal ?? '';
  if (!['to', 'of', 'for'].includes(preposition)) return [];
  let first = i;
  while (first > sentence.firstToken && isTitleWord(tokens[first - 1].text)) first--;
  if (first === i) return [];
  const role = tokens.slice(first, i).map((token) => token.text).join(' ');
  const head = roleHead(role.split(' ')) ?? (/^\p{Lu}/u.test(role) ? role.split(' ')[0] : undefined);
  if (!head) return [];
  const { relation } = roleTie(role, head, holder.entityType === 'LOCATION');
  const label = `${role} ${preposition}`;
  return relate(context, named, holder, { label, predicate: label.toLowerCase(), relation, confidence: 0.85, rule: 'title' });
}

/** "Symantec subsidiary Brightmail", "Yukos's unit Yugansk": a part named after its whole. */
function partOf(context: SentenceContext, named: Argument): Relation[] {
  const noun = context.tokens[named.first - 1];
  if (!noun || noun.sentence !== context.sentenceIndex || !PART_NOUNS.has(noun.normal)) return [];
  const possessive = isPossessiveMark(context.tokens[named.first - 2]) ? 1 : 0;
  const whole = argEndingAt(context, named.first - 1 - possessive);
  if (!whole || whole.entityType !== 'ORGANIZATION') return [];
  const label = `${noun.normal} of`;
  return relate(context, named, whole, { label, predicate: label, relation: 'part_of', confidence: 0.85, rule: 'title' });
}

/** What holds roles before a name: "Ireland and Munster lock X". */
const BODIES: ReadonlySet<string> = new Set(['ORGANIZATION', 'LOCATION']);

/** "Chelsea players John Terry and Frank Lampard": a plural role before a list is each one's. */
function sharedPluralRole(context: SentenceContext, named: Argument): { words: Token[]; holder: Argument } | undefined {
  const { tokens } = context;
  if (named.entityType !== 'PERSON' || tokens[named.first - 1]?.normal !== 'and') return undefined;
  const first = argEndingAt(context, named.first - 1);
  if (!first || first.entityType !== 'PERSON') return undefined;
  const found = rolePhraseBefore(context, first.mention.titleStart ?? first.first);
  // "chief executives Ken Lay and Jeff Skilling": some word of the role is plural.
  const plural = found?.words.some((token) => token.normal.endsWith('s') && !isRoleNoun(token.text) && isRoleNoun(token.normal.slice(0, -1)));
  return plural ? found : undefined;
}

/** "the Chester chairman added", "the England captain": a role after a name, standing for the person who holds it. */
function roleStandingForPerson(context: SentenceContext, nominal: Argument): Relation[] {
  if (nominal.entityType !== 'PERSON') return [];
  const holder = argEndingAt(context, nominal.first);
  if (!holder || !['ORGANIZATION', 'LOCATION'].includes(holder.entityType)) return [];
  const reading = readRole(context.tokens.slice(nominal.first, nominal.end).map((token) => token.text), holder.entityType === 'LOCATION');
  if (!reading) return [];
  const { relation, label } = reading;
  return relate(context, nominal, holder, { label, predicate: label.toLowerCase(), relation, confidence: 0.8, rule: 'title' });
}

/**
 * Titles and roles before a name tie the person to the organisation or place named first:
 * "West Midlands Police Ch Supt Mark Reid" (works for), "Bolton MP Anne Carter" (represents),
 * "France captain Fabien Pelous" (member of), "Menatep Group's managing director Tim Osborne",
 * "its founder Mikhail Khodorkovsky", and owners of organisations ("Yukos' owner Menatep Group").
 */
export const titleRule: RelationRule = {
  name: 'title',
  apply(context: SentenceContext): Relation[] {
    const relations: Relation[] = [];
    for (const named of context.args) {
      if (named.mention.kind === 'nominal') relations.push(...roleStandingForPerson(context, named));
      if (named.mention.kind !== 'name' || !['PERSON', 'ORGANIZATION'].includes(named.entityType)) continue;
      if (named.entityType === 'ORGANIZATION' && named.mention.kind === 'name') {
        const part = partOf(context, named);
        if (part.length) {
          relations.push(...part);
          continue;
        }
      }
      const found = rolePhraseBefore(context, named.mention.titleStart ?? named.first) ?? sharedPluralRole(context, named);
      // What holds a role is a body or a place; the recogniser's OTHER is taken as one too ("Enron boss").
      // A person holds only people who work for them: "her agent Barry Brown", "Blair's spokesman".
      if (!found || found.words.length === 0) {
        if (named.entityType === 'PERSON') relations.push(...titleNamingHolder(context, named));
        if (!found) continue;
      }
      const personal = found.holder.entityType === 'PERSON';
      // "US Open champion Svetlana Kuznetsova": a competition holds its champions and winners too.
      if (!personal && !['ORGANIZATION', 'LOCATION', 'GROUP', 'OTHER', 'WORK', 'EVENT'].includes(found.holder.entityType)) continue;
      const words = found.words.map((token) => token.text);
      if (named.mention.titleStart !== undefined) words.push(...context.tokens.slice(named.mention.titleStart, named.first).map((t) => t.text));
      const role = roleOfTitle(expandTitle(words));
      const tie = role.split(' ').some((word) => PERSONAL_TIES.has(word.toLowerCase()));
      // "Henry's Arsenal club-mate Reyes": both belong to the club, and are tied to each other.
      // A nationality before the tie ("his Spanish counterpart") describes, it holds no members.
      const teamOwner = tie && !personal ? ownerBefore(context, found.holder) : undefined;
      const team = found.holder.entityType === 'ORGANIZATION';
      if (tie && (personal || teamOwner)) {
        // "Howard's producing partner Brian Grazer", "Blair ally Alan Milburn": a tie, not a job.
        const label = `${role} of`;
        const other = teamOwner ?? found.holder;
        relations.push(...relate(context, named, other, { label, predicate: label.toLowerCase(), relation: 'related_to', confidence: 0.85, rule: this.name }));
        if (teamOwner && team) {
          for (const member of [named, teamOwner]) {
            relations.push(...relate(context, member, found.holder, { label: 'member of', predicate: 'member of', relation: 'member_of', confidence: 0.75, rule: this.name }));
          }
        }
        continue;
      }
      const head = roleHead(role.split(' ')) ?? role.split(' ').find((word) => isTitleWord(word));
      if (!role || !head || (personal && !PERSONAL_STAFF.has(head.toLowerCase()))) continue;
      // Organisations hold roles only as owners; people hold any role.
      if (named.entityType === 'ORGANIZATION' && !OWNERSHIP_ROLES.has(head.toLowerCase())) continue;
      if (found.holder.entityType === 'WORK') {
        if (named.entityType !== 'PERSON') continue;
        // "Brookside actress X" plays in the work; "Lord of the Rings director X" made it.
        const label = `${role} ${PERFORMERS.has(head.toLowerCase()) ? 'in' : 'of'}`;
        relations.push(...relate(context, named, found.holder, { label, predicate: label.toLowerCase(), relation: 'other', confidence: 0.85, rule: this.name }));
        continue;
      }
      // "French finance minister Herve Gaymard": a nationality's office is held for its country, when the
      // article names the country.
      const nationality = found.holder.entityType === 'GROUP' && found.holder.end - found.holder.first === 1;
      const holder = (nationality && countryArgument(context, found.holder)) || found.holder;
      // "spokeswoman for women" is held at the party: the label keeps the role up to its own preposition.
      const { relation, label } = roleTie(role.split(/ (?:for|of|on) (?=\p{Ll})/u)[0], head, holder.entityType === 'LOCATION');
      // A nationality holds members and leaders, not presidents: "French President" names a country's office.
      if (holder.entityType === 'GROUP' && nationality && (relation !== 'member_of' || PERFORMERS.has(head.toLowerCase()))) continue;
      // "Lib Dem Treasury spokesman Vince Cable": before a portfolio, the party is where the person belongs
      // (an opposition spokesman does not work for the Treasury).
      const party = argEndingAt(context, holder.first);
      if (party && party.entityType === 'ORGANIZATION' && partyKey(nameWords(party.mention.text))) {
        relations.push(...relate(context, named, party, { label: `${role} of`, predicate: `${role} of`.toLowerCase(), relation: 'member_of', confidence: 0.85, rule: this.name }));
      } else {
        relations.push(...relate(context, named, holder, { label, predicate: label.toLowerCase(), relation, confidence: 0.9, rule: this.name }));
      }
      // "Ireland and Munster lock Paul O'Connell": a player of each side joined before the position; an
      // office is held at one body ("Microsoft and New York attorney general Eliot Spitzer").
      const other = context.tokens[holder.first - 1]?.normal === 'and' && relation === 'member_of' ? argEndingAt(context, holder.first - 1) : undefined;
      if (other && BODIES.has(other.entityType) && BODIES.has(holder.entityType)) {
        const tie = roleTie(role.split(/ (?:for|of|on) (?=\p{Ll})/u)[0], head, other.entityType === 'LOCATION');
        relations.push(...relate(context, named, other, { label: tie.label, predicate: tie.label.toLowerCase(), relation: tie.relation, confidence: 0.85, rule: this.name }));
      }
    }
    return relations;
  },
};
