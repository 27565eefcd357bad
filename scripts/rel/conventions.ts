/**
 * CoNLL04's span conventions, applied to a system's output in the benchmark harness only. The
 * product keeps titles out of names ("President Kennedy" is Kennedy, with the title as his role) and
 * keeps "Lubbock, Texas" as two places; CoNLL04 annotates some titles inside person names and writes
 * a birthplace "City , State" as one place. These rewrites change spans, never which entities or
 * relations were found, so the gap they close is one of conventions, not of recognition.
 */
import { isTitleWord } from '../../src/mentions/titles';
import type { RelationArgument } from '../../src/relations/classifier';
import type { Conll04Sentence } from './conll04';
import type { SystemOutput } from './score';

/** Which conventions to apply. */
export interface Conventions {
  /**
   * Title words CoNLL04 counts as part of a person's name (normalised: lower case, no dots). A title
   * right before a PERSON span is taken into it.
   */
  titles: ReadonlySet<string>;
  /**
   * A person's origin written "City , State" ("born in Lubbock , Texas", "a native of Salisbury ,
   * N.C.") is one place in CoNLL04, as its birthplace sentences annotate it; elsewhere the two
   * places stay apart, each with its own relations.
   */
  birthplaces: boolean;
}

export const NO_CONVENTIONS: Conventions = { titles: new Set(), birthplaces: false };

const titleKey = (word: string): string => word.replace(/\./g, '').toLowerCase();
const spanKey = (m: RelationArgument): string => `${m.start}:${m.end}:${m.entityType}`;
const capitalised = (word: string): boolean => /^[A-Z]/.test(word);

/**
 * The title words CoNLL04 train puts inside person names more often than before them: its
 * annotators wrote "President Kennedy" and "Mrs. Parks" as names but "Sen." and "Gov." outside.
 * Learned from the training split so the convention is the data set's, not a hand-picked list.
 */
export function learnTitleConvention(train: readonly Conll04Sentence[]): Set<string> {
  const inside = new Map<string, number>();
  const outside = new Map<string, number>();
  const count = (counts: Map<string, number>, word: string): void => {
    counts.set(titleKey(word), (counts.get(titleKey(word)) ?? 0) + 1);
  };
  for (const { tokens, entities } of train) {
    const inEntity = new Set(entities.flatMap((e) => Array.from({ length: e.end - e.start }, (_, k) => e.start + k)));
    for (const person of entities.filter((e) => e.entityType === 'PERSON')) {
      const first = tokens[person.start];
      if (person.end - person.start > 1 && capitalised(first) && isTitleWord(first)) count(inside, first);
      const before = tokens[person.start - 1];
      if (before && !inEntity.has(person.start - 1) && capitalised(before) && isTitleWord(before)) count(outside, before);
    }
  }
  return new Set([...inside].filter(([word, n]) => n > (outside.get(word) ?? 0)).map(([word]) => word));
}

/** Words that make "in X , Y" / "of X , Y" a person's origin, with the preposition each takes. */
const ORIGIN_CUES: ReadonlyMap<string, string> = new Map([
  ['born', 'in'],
  ['died', 'in'],
  ['native', 'of'],
  ['hometown', 'of'],
]);

/** Whether the place starting at `start` is introduced as someone's origin: "born in", "a native of". */
function isOrigin(tokens: readonly string[], start: number): boolean {
  if (start < 2) return false;
  const preposition = tokens[start - 1].toLowerCase();
  return tokens.slice(Math.max(0, start - 5), start - 1).some((word) => ORIGIN_CUES.get(word.toLowerCase()) === preposition);
}

/** Rewrites one sentence's spans; returns the new span for each old one, keyed by "start:end:type". */
function rewriteSpans(tokens: readonly string[], mentions: readonly RelationArgument[], conventions: Conventions): Map<string, RelationArgument> {
  const covered = (index: number): boolean => mentions.some((m) => m.start <= index && index < m.end);
  const isTitle = (index: number): boolean => index >= 0 && capitalised(tokens[index]) && conventions.titles.has(titleKey(tokens[index])) && !covered(index);
  const rewritten = new Map<string, RelationArgument>();
  for (const mention of mentions) {
    let start = mention.start;
    if (mention.entityType === 'PERSON') while (isTitle(start - 1)) start--;
    rewritten.set(spanKey(mention), { ...mention, start });
  }
  if (conventions.birthplaces) {
    const places = mentions.filter((m) => m.entityType === 'LOCATION');
    for (const city of places) {
      const state = places.find((m) => m.start === city.end + 1 && tokens[city.end] === ',');
      if (!state || !isOrigin(tokens, city.start)) continue;
      // CoNLL04 leaves the sentence's full stop out of a joined birthplace ("Concord , Mass ."), not out of a lone state.
      const end = tokens[state.end - 1] === '.' ? state.end - 1 : state.end;
      const joined = { start: city.start, end, entityType: 'LOCATION' as const };
      rewritten.set(spanKey(city), joined);
      rewritten.set(spanKey(state), joined);
    }
  }
  return rewritten;
}

/** A system's output with CoNLL04's span conventions applied; relations between the two halves of a joined place vanish. */
export function applyConventions(sentences: readonly Conll04Sentence[], output: SystemOutput, conventions: Conventions): SystemOutput {
  const maps = sentences.map((sentence, i) => rewriteSpans(sentence.tokens, output.mentions[i], conventions));
  const mapped = (sentence: number, m: RelationArgument): RelationArgument => maps[sentence].get(spanKey(m)) ?? m;
  const mentions = output.mentions.map((list, i) => [...new Map(list.map((m) => mapped(i, m)).map((m) => [spanKey(m), m])).values()]);
  const relations = output.relations
    .map((r) => ({ ...r, head: mapped(r.sentence, r.head), tail: mapped(r.sentence, r.tail) }))
    .filter((r) => spanKey(r.head) !== spanKey(r.tail));
  return { mentions, relations };
}
