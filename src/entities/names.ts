import { withoutWebEnding } from '../mentions/brands';
import { partyKey } from '../mentions/parties';
import type { EntityType } from '../extraction';
import type { Mention } from '../mentions/mentions';
import { initialsMatch, ORGANISATION_DESIGNATORS } from '../mentions/mentions';

/**
 * Groups the name mentions of one document into clusters that name the same entity: exact repeats,
 * acronyms and their expansions, surnames and full names, shorter forms of longer names
 * ("Federal Reserve" of "US Federal Reserve"), and group words with their collective forms
 * ("Muslims", "the Muslim community").
 */
export interface NameCluster {
  /** Indices into the mention list. */
  members: number[];
  /** Normalised forms already in the cluster, for exact matching. */
  keys: Set<string>;
  /** Token lists of its names, lower-case. */
  names: string[][];
  /** Weighted type votes. */
  votes: Map<EntityType, number>;
  /** Mentions written where bodies stand ("director at X"). */
  bodyContexts: number;
  /** Whether any name carried a title ("Mr X") or a role before it: a person's mark. */
  titled: boolean;
}

/** Lower-case words of a name, possessive and punctuation dropped. */
export function nameWords(text: string): string[] {
  return withoutWebEnding(text)
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
}

const COLLECTIVE = /\s+(?:community|communities|people|population|minority|diaspora)$/;

/** Groups are one entity whatever the collective noun or number: "Muslims" = "Muslim community". */
function groupKey(words: string[]): string {
  return words
    .join(' ')
    .replace(COLLECTIVE, '')
    .replace(/(?<=\w{3})s$/, '');
}

/** The type the cluster's names vote for. */
export function clusterType(cluster: NameCluster): EntityType {
  let best: EntityType = 'OTHER';
  let bestVote = -1;
  for (const [type, vote] of cluster.votes) {
    if (vote > bestVote) {
      best = type;
      bestVote = vote;
    }
  }
  // "director of product management at Google": a one-word "person" that holds roles, never given a first
  // name or a title anywhere in the article, is a body the recogniser mistook.
  if (best === 'PERSON' && cluster.bodyContexts > 0 && !cluster.titled && cluster.names.every((name) => name.length === 1)) return 'ORGANIZATION';
  return best;
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
/** Weight of one place-like context against one confident type from the recogniser. */
const PLACE_CONTEXT_VOTE = 0.75;
/** Weight of a title before a name, as evidence that the entity is a person. */
const TITLE_VOTE = 1;

/** Is `part` a run of `whole` that keeps its last word ("federal reserve" in "us federal reserve")? */
function isHeadSuffixPart(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length || part.length === 0) return false;
  const offset = whole.length - part.length;
  return part.every((word, i) => word === whole[offset + i]);
}

/**
 * Two forms of one organisation's name: one is the other plus designators ("Menatep" / "Menatep Group",
 * "Yukos" / "Yukos Oil Company"), or they differ in a plural "s" ("Liberal Democrat" / "Liberal Democrats").
 */
function isVariantName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length) {
    return short.length > 1 && short.every((word, i) => word === long[i] || `${word}s` === long[i] || word === `${long[i]}s`);
  }
  return short.every((word, i) => word === long[i]) && long.slice(short.length).every((word) => DESIGNATOR_TAIL.has(word));
}

/** Is `word` how a name of the form "Academy of ..." or "Tate & Lyle" is shortened? */
function isLeadingWord(word: string, name: string[]): boolean {
  return name.length >= 3 && name[0] === word && (name[1] === 'of' || name[1] === '&');
}

/** Words that may follow an organisation's short name in its full name. */
const DESIGNATOR_TAIL = new Set([
  ...ORGANISATION_DESIGNATORS, 'oil', 'international', 'holdings', 'worldwide', 'global', 'news',
  // Kinds of business written into a firm's full name ("Federated Department Stores" is "Federated");
  // not the kinds that name a division of their own ("Sony Pictures" is not "Sony").
  'department', 'stores', 'store', 'airways', 'airlines', 'motors', 'systems', 'communications', 'pharmaceuticals',
  'industries', 'electronics', 'technologies', 'petroleum', 'foods', 'brands', 'securities', 'financial', 'insurance',
]);

/** Titles used with a given name alone: "Prince Charles", "Sir Elton", "Sheikh Mohammed". */
const GIVEN_NAME_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'emir', 'pope']);

/** Clusters the name mentions; `order` lists mention indices to consider. */
export function clusterNames(mentions: Mention[], order: number[]): NameCluster[] {
  const clusters: NameCluster[] = [];
  const clusterOf = new Map<number, NameCluster>();
  // Longer names first, so short forms ("Reid", "DS") find the full name whatever order the text uses.
  const sorted = [...order].sort((a, b) => {
    const lengthA = mentions[a].endToken - mentions[a].firstToken;
    const lengthB = mentions[b].endToken - mentions[b].firstToken;
    return lengthB - lengthA || a - b;
  });
  const indexOfMention = new Map(mentions.map((mention, index) => [mention, index]));
  const places = new Set(order.filter((index) => mentions[index].entityType === 'LOCATION').map((index) => nameWords(mentions[index].text).join(' ')));

  for (const index of sorted) {
    const mention = mentions[index];
    const words = nameWords(mention.text);
    if (words.length === 0) continue;
    const party = partyKey(words);
    // "Bradford Muslims" in an article about Bradford are its Muslim community.
    const group = words.length > 1 && places.has(words[0]) ? words.slice(1) : words;
    const key = party ?? (mention.entityType === 'GROUP' ? groupKey(group) : words.join(' '));
    // "Tory", "Conservative": the recogniser's nationality or group is the party.
    const type = party ? 'ORGANIZATION' : mention.entityType;

    let target: NameCluster | undefined;
    let surname = false;
    const expansion = mention.expansion && indexOfMention.get(mention.expansion);
    if (expansion !== undefined) target = clusterOf.get(expansion);
    target ??= clusters.find((cluster) => cluster.keys.has(key));
    if (!target && ACRONYM.test(mention.text)) {
      // "US" is not "Universal Studio": a place's initials spell a place, a body's a body.
      const place = type === 'LOCATION';
      target = clusters.find(
        (cluster) => (clusterType(cluster) === 'LOCATION') === place && cluster.names.some((name) => name.length > 1 && initialsMatch(mention.text, name.join(' '))),
      );
    }
    if (!target && (type === 'PERSON' || words.length === 1)) {
      // A surname (or a lone given name) of a person already named in full.
      // "Mr Kennedy" is Charles Kennedy; "Prince Charles" is not: a title goes with a surname, not a given
      // name, unless the full name bore the same title ("Prince Saud al-Faisal" ... "Prince Saud").
      const rank = mention.title?.split(' ').pop() ?? '';
      const givenName = (cluster: NameCluster, name: string[]): boolean =>
        words.length === 1 &&
        name[name.length - 1] !== words[0] &&
        GIVEN_NAME_TITLES.has(rank.toLowerCase()) &&
        !cluster.members.some((member) => mentions[member].title?.split(' ').includes(rank));
      const people = clusters.filter(
        (cluster) => clusterType(cluster) === 'PERSON' && cluster.names.some((name) => name.length > 1 && words.every((word) => name.includes(word)) && !givenName(cluster, name)),
      );
      if (people.length === 1) target = people[0];
      else if (people.length > 1) target = nearestBefore(people, mentions, mention);
      // A surname joined to a full name is that person's, whatever the recogniser made of it alone.
      if (target) surname = true;
    }
    if (!target && (type === 'ORGANIZATION' || type === 'GROUP')) {
      target = clusters.find((cluster) => clusterType(cluster) === type && cluster.names.some((name) => isVariantName(words, name)));
    }
    // "France" is not "Stade de France", nor "York" "New York": places do not shorten to their last word.
    if (!target && type !== 'PERSON' && type !== 'LOCATION') {
      target = clusters.find(
        (cluster) => clusterType(cluster) === type && cluster.names.some((name) => isHeadSuffixPart(words, name)),
      );
    }
    // "the Academy" of "Academy of Motion Picture Arts and Sciences", "Tate" of "Tate & Lyle".
    if (!target && type === 'ORGANIZATION' && words.length === 1) {
      const wholes = clusters.filter((cluster) => clusterType(cluster) === type && cluster.names.some((name) => isLeadingWord(words[0], name)));
      if (wholes.length === 1) target = wholes[0];
    }
    if (!target) {
      target = { members: [], keys: new Set(), names: [], votes: new Map(), bodyContexts: 0, titled: false };
      clusters.push(target);
    }
    target.members.push(index);
    target.keys.add(key);
    target.names.push(words);
    // Longer names know their type better than lone words do.
    const vote = surname ? 'PERSON' : type;
    target.votes.set(vote, (target.votes.get(vote) ?? 0) + mention.confidence * (1 + 0.5 * Math.min(words.length - 1, 3)));
    // A title says person whatever the recogniser made of the bare surname elsewhere ("coach Luis Aragones").
    if (mention.title || (mention.roleBefore && type === 'PERSON')) target.votes.set('PERSON', (target.votes.get('PERSON') ?? 0) + TITLE_VOTE);
    if (mention.title || mention.roleBefore) target.titled = true;
    if (mention.bodyContext) target.bodyContexts++;
    // Recognisers trained on sports results take towns for their football clubs; "in X" says place.
    if (mention.placeContext && (type === 'ORGANIZATION' || type === 'LOCATION')) {
      target.votes.set('LOCATION', (target.votes.get('LOCATION') ?? 0) + PLACE_CONTEXT_VOTE);
    }
    clusterOf.set(index, target);
  }
  for (const cluster of clusters) cluster.members.sort((a, b) => a - b);
  return clusters;
}

/** The cluster whose latest mention before `mention` is closest to it. */
function nearestBefore(candidates: NameCluster[], mentions: Mention[], mention: Mention): NameCluster {
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const cluster of candidates) {
    for (const member of cluster.members) {
      const distance = mention.start - mentions[member].start;
      if (distance >= 0 && distance < bestDistance) {
        best = cluster;
        bestDistance = distance;
      }
    }
  }
  return best;
}
