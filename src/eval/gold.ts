/** A hand-made gold annotation of one article, as in ../shared/data/dev/*.gold.json. */
export interface GoldEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  optional?: boolean;
}

export interface GoldRelation {
  subject: string;
  object: string;
  predicates: string[];
  type?: string;
  optional?: boolean;
  evidence?: string;
}

export interface GoldFile {
  id: string;
  /** File name of the article text, next to the gold file. */
  text: string;
  note?: string;
  entities: GoldEntity[];
  excluded?: { name: string; why?: string }[];
  relations: GoldRelation[];
}

/** Checks the shape of a parsed gold file, so a typo fails loudly instead of scoring zero. */
export function parseGold(json: unknown, source: string): GoldFile {
  const gold = json as GoldFile;
  if (!gold || typeof gold !== 'object' || !Array.isArray(gold.entities) || !Array.isArray(gold.relations)) {
    throw new Error(`${source}: not a gold file (needs "entities" and "relations" lists)`);
  }
  const ids = new Set(gold.entities.map((entity) => entity.id));
  for (const relation of gold.relations) {
    for (const end of [relation.subject, relation.object]) {
      if (!ids.has(end)) throw new Error(`${source}: relation names unknown entity "${end}"`);
    }
  }
  return { ...gold, entities: gold.entities.map((entity) => ({ ...entity, aliases: entity.aliases ?? [] })) };
}
