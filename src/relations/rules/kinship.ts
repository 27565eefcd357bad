import { KIN_NOUNS } from '../../mentions/titles';
import { argEndingAt, argStartingAt, possessorEndingAt, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';

/** The person whose relative is named: "Blair's wife", "his mother", "Mr Glazer's two sons". */
function holderBefore(context: SentenceContext, kinIndex: number): Argument | undefined {
  const { tokens } = context;
  let at = kinIndex;
  while (at > context.sentence.firstToken + 1 && kinIndex - at < 2 && (tokens[at - 1].pos === 'NUM' || tokens[at - 1].pos === 'ADJ')) at--;
  return possessorEndingAt(context, at);
}

/**
 * Family ties: "His mother, Giselle, said", "Blair's wife Cherie", "Giselle, his mother, said".
 * The relative is related to the person whose relative they are.
 */
export const kinshipRule: RelationRule = {
  name: 'kinship',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      // "two sons, Avi and Joel": a plural names each of the relatives listed.
      const kin = KIN_NOUNS.has(tokens[i].normal) ? tokens[i].normal : tokens[i].normal.replace(/s$/, '');
      if (!KIN_NOUNS.has(kin) || context.argAt.has(i)) continue;
      const holder = holderBefore(context, i);
      if (!holder || holder.entityType !== 'PERSON') continue;
      const after = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
      let relative = argStartingAt(context, after);
      // "Giselle, his mother, said": the relative stands before, in apposition.
      if (!relative) {
        if (tokens[holder.first - 1]?.text === ',') relative = argEndingAt(context, holder.first - 1);
      }
      const relatives: Argument[] = [];
      while (relative && relative.entityType === 'PERSON' && relative.mention.kind === 'name') {
        relatives.push(relative);
        relative = kin !== tokens[i].normal && tokens[relative.end]?.normal === 'and' ? argStartingAt(context, relative.end + 1) : undefined;
      }
      for (const one of relatives) {
        relations.push(...relate(context, one, holder, { label: `${kin} of`, predicate: `${kin} of`, relation: 'related_to', confidence: 0.8, rule: this.name }));
      }
    }
    return relations;
  },
};
