import { GENRES } from '../../mentions/works';
import { argEndingAt, argStartingAt, isPossessiveMark, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';

/** Genres whose makers write them or record them; the rest are made. */
const WRITTEN = new Set(['book', 'novel', 'memoir', 'play', 'biography', 'poem', 'musical', 'opera']);
const RECORDED = new Set(['album', 'single', 'song']);

/** How making a work of this genre reads: "writes novel", "records album", "makes film". */
export function making(genre: string): { label: string; predicate: string } {
  const verb = WRITTEN.has(genre) ? 'write' : RECORDED.has(genre) ? 'record' : 'make';
  return { label: `${verb}s ${genre}`, predicate: `${verb} ${genre}` };
}

/** The genre noun right before a work's name, and who stands before it (possessive or not). */
function genreBefore(context: SentenceContext, work: Argument): { genre: string; holder: Argument; possessive: boolean } | undefined {
  const { tokens } = context;
  // "Ms Rowling's latest book, Harry Potter and ...": the title may stand in apposition to its genre.
  let i = tokens[work.first - 1]?.text === ',' ? work.first - 1 : work.first;
  const noun = tokens[i - 1];
  if (!noun || noun.sentence !== context.sentenceIndex || !GENRES.has(noun.normal)) return undefined;
  // "Mike Leigh's latest film Vera Drake", "Clint Eastwood's boxing drama X": a possessive and modifiers may come before the genre.
  i -= 1;
  const modifier = (at: number): boolean => {
    const token = tokens[at];
    return Boolean(token && !/^\p{Lu}/u.test(token.text) && !context.argAt.has(at) && (token.pos === 'ADJ' || token.pos === 'NOUN' || (token.pos === 'VERB' && token.normal.endsWith('ing'))));
  };
  for (let k = 0; k < 2 && modifier(i - 1); k++) i--;
  const possessive = isPossessiveMark(tokens[i - 1]);
  if (possessive) i--;
  const holder = argEndingAt(context, i);
  return holder ? { genre: noun.normal, holder, possessive } : undefined;
}

/** How far into an apposition "by" may stand: "X, an adaptation of the best-selling novel by Y". */
const MAX_BY_REACH = 10;

/** "Angels by Robbie Williams", "The Da Vinci Code, an adaptation of the novel by Dan Brown": who made the work. */
function madeBy(context: SentenceContext, work: Argument): Relation[] {
  const { tokens, sentence } = context;
  let genre = '';
  for (let i = work.end; i < Math.min(sentence.endToken, work.end + MAX_BY_REACH); i++) {
    const token = tokens[i];
    if (token.normal === 'by') {
      const maker = argStartingAt(context, i + 1);
      if (!maker || (maker.entityType !== 'PERSON' && maker.entityType !== 'ORGANIZATION')) return [];
      const label = genre ? `${genre} by` : 'by';
      return relate(context, work, maker, { label, predicate: label, relation: 'other', confidence: 0.7, rule: 'work' });
    }
    // Only an apposition describing the work may stand between it and "by".
    const describing = !context.argAt.has(i) && (['DET', 'ADJ', 'NOUN', 'ADP', 'ADV'].includes(token.pos) || token.text.includes('-'));
    if (i === work.end ? token.text !== ',' : !describing) return [];
    if (GENRES.has(token.normal)) genre = token.normal;
  }
  return [];
}

/** The kind of work an article talks about most ("song" in a chart story), for works named without one. */
function articleGenre(context: SentenceContext): string | undefined {
  const counts = new Map<string, number>();
  for (const token of context.tokens) {
    if (!GENRES.has(token.normal) || /^\p{Lu}/u.test(token.text)) continue;
    const genre = token.normal.endsWith('s') && GENRES.has(token.normal.slice(0, -1)) ? token.normal.slice(0, -1) : token.normal;
    counts.set(genre, (counts.get(genre) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** "Frank Sinatra's My Way": a singer, band or author owning a work made it. */
function ownedWork(context: SentenceContext, work: Argument): Relation[] {
  if (!isPossessiveMark(context.tokens[work.first - 1])) return [];
  const holder = argEndingAt(context, work.first - 1);
  const genre = articleGenre(context);
  if (!holder || !genre) return [];
  // Bands are organisations too; other organisations owning a work make it, which the possessive rule reads.
  if (holder.entityType !== 'PERSON' && holder.entityType !== 'GROUP' && !(holder.entityType === 'ORGANIZATION' && RECORDED.has(genre))) return [];
  return relate(context, holder, work, { ...making(genre), relation: 'other', confidence: 0.65, rule: 'work' });
}

/** How far into an apposition "starring" may stand: "Man To Man, a historical epic starring X". */
const MAX_STARRING_REACH = 8;

/** "Joey, starring former Friends actor Matt LeBlanc", "Man To Man, a historical epic starring X and Y". */
function starring(context: SentenceContext, work: Argument): Relation[] {
  const { tokens, sentence } = context;
  if (tokens[work.end]?.text !== ',') return [];
  for (let i = work.end + 1; i < Math.min(sentence.endToken, work.end + MAX_STARRING_REACH); i++) {
    if (tokens[i].normal === 'starring') {
      const stars: Argument[] = [];
      for (const arg of context.args) {
        if (arg.first <= i || arg.entityType !== 'PERSON') continue;
        // Only the list right after "starring": names joined by commas, "and", or preceded by their roles.
        const between = tokens.slice(stars.length ? stars[stars.length - 1].end : i + 1, arg.mention.titleStart ?? arg.first);
        if (between.some((token) => !['ADJ', 'NOUN', 'PROPN', 'CCONJ', 'PUNCT'].includes(token.pos) || token.text === '.')) break;
        stars.push(arg);
      }
      return stars.flatMap((star) => relate(context, star, work, { label: 'stars in', predicate: 'star in', relation: 'other', confidence: 0.75, rule: 'work' }));
    }
    if (context.argAt.has(i) || !['DET', 'ADJ', 'NOUN', 'ADV'].includes(tokens[i].pos)) return [];
  }
  return [];
}

/** "The Places In Between, Rory Stewart's account of his trek": a work described as someone's. */
function describedAsOwned(context: SentenceContext, work: Argument): Relation[] {
  const { tokens } = context;
  if (tokens[work.end]?.text !== ',') return [];
  const owner = argStartingAt(context, work.end + 1);
  if (!owner || owner.entityType !== 'PERSON' || !isPossessiveMark(tokens[owner.end])) return [];
  let i = owner.end + 1;
  while (tokens[i]?.pos === 'ADJ') i++;
  const noun = tokens[i];
  if (!noun || noun.pos !== 'NOUN' || context.argAt.has(i)) return [];
  const genre = GENRES.has(noun.normal) ? noun.normal : undefined;
  const fields = genre ? making(genre) : { label: `${noun.normal} by`, predicate: `${noun.lemma} by` };
  return genre
    ? relate(context, owner, work, { ...fields, relation: 'other', confidence: 0.7, rule: 'work' })
    : relate(context, work, owner, { ...fields, relation: 'other', confidence: 0.65, rule: 'work' });
}

/**
 * Works named with their genre and maker or broadcaster: "Mike Leigh's latest film Vera Drake" (Mike
 * Leigh makes film Vera Drake), "ITV drama Footballers' Wives" (a drama by ITV).
 */
export const workRule: RelationRule = {
  name: 'work',
  apply(context: SentenceContext): Relation[] {
    const relations: Relation[] = [];
    for (const work of context.args) {
      if (work.entityType !== 'WORK' || work.mention.kind !== 'name') continue;
      relations.push(...madeBy(context, work), ...starring(context, work), ...describedAsOwned(context, work));
      const found = genreBefore(context, work);
      if (!found) {
        relations.push(...ownedWork(context, work));
        continue;
      }
      const { genre, holder, possessive } = found;
      // "The Killers' album Hot Fuss": a band or a person owning a work made it; "ITV drama X" was shown by ITV.
      if (holder.entityType === 'PERSON' || (possessive && holder.entityType === 'ORGANIZATION')) {
        relations.push(...relate(context, holder, work, { ...making(genre), relation: 'other', confidence: 0.8, rule: this.name }));
      } else if (holder.entityType === 'ORGANIZATION') {
        const label = `${genre} by`;
        relations.push(...relate(context, work, holder, { label, predicate: label, relation: 'other', confidence: 0.75, rule: this.name }));
      }
    }
    return relations;
  },
};
