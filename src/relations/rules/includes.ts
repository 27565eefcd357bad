import { argEndingAt, argStartingAt, possessorEndingAt, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';

/** What a body or person has several of, named in a list: "Its customers include Boots and Burberry". */
const HOLDINGS: Readonly<Record<string, string>> = {
  customers: 'customer', clients: 'client', members: 'member', shareholders: 'shareholder', investors: 'investor',
  backers: 'backer', partners: 'partner', sponsors: 'sponsor', subsidiaries: 'subsidiary', brands: 'brand',
  units: 'unit', owners: 'owner', rivals: 'rival', suppliers: 'supplier', advertisers: 'advertiser', allies: 'ally',
  channels: 'channel', stations: 'station', divisions: 'division', artists: 'artist', acts: 'act', players: 'player',
};

/** Holdings that are parts of their owner. */
const PARTS = new Set(['subsidiary', 'unit', 'channel', 'station', 'division', 'brand']);

/** Is this a plural of what one has several of ("customers", "backers")? */
export function isHolding(word: string): boolean {
  return word in HOLDINGS;
}

/** The names listed from `from`: "Boots, Burberry, Mothercare and consumer products giant Procter & Gamble". */
function listedNames(context: SentenceContext, from: number): Argument[] {
  const { tokens, sentence } = context;
  const names: Argument[] = [];
  for (let i = from; i < sentence.endToken; i++) {
    const arg = argStartingAt(context, i);
    if (arg) {
      names.push(arg);
      i = arg.end - 1;
      continue;
    }
    // Separators and a description of the next name ("consumer products giant") only.
    if (!(tokens[i].text === ',' || tokens[i].normal === 'and' || tokens[i].pos === 'DET' || (['NOUN', 'ADJ'].includes(tokens[i].pos) && /^\p{Ll}/u.test(tokens[i].text)))) break;
  }
  return names;
}

/**
 * "Its customers include Boots, Burberry and Procter & Gamble", "Chelsea's backers include X": each name
 * listed is one of what the owner has several of.
 */
export const includesRule: RelationRule = {
  name: 'includes',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (let i = sentence.firstToken + 1; i < sentence.endToken - 1; i++) {
      const holding = HOLDINGS[tokens[i].normal];
      if (!holding || !['include', 'includes', 'included', 'including'].includes(tokens[i + 1].normal)) continue;
      // The owner: "its", "their" or "Chelsea's", with at most two describing words between ("its biggest
      // customers", "Electrolux's subsidiary brands").
      let k = i - 1;
      while (['ADJ', 'NOUN'].includes(tokens[k]?.pos) && !context.argAt.has(k) && i - k <= 2 && k > sentence.firstToken) k--;
      // "Sky channels including Sky News": a name right before the noun owns it too.
      const owner = possessorEndingAt(context, k + 1) ?? argEndingAt(context, k + 1);
      if (!owner || (owner.mention.kind === 'pronoun' && !owner.mention.pronoun?.possessive)) continue;
      const label = `${holding} of`;
      for (const name of listedNames(context, i + 2)) {
        if (name.entityType === 'DATE' || name.entityType === 'QUANTITY') continue;
        const relation = holding === 'member' ? 'member_of' : PARTS.has(holding) ? 'part_of' : 'other';
        relations.push(...relate(context, name, owner, { label, predicate: label, relation, confidence: 0.7, rule: this.name }));
      }
    }
    return relations;
  },
};
