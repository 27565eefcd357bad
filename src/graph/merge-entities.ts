import type { EntityRecord, EntityType } from '../extraction';
import { nameKey } from './names';
import { isPronoun } from './pronouns';

/** One entity of one document, as seen by the cross-document merge. */
export interface EntityRef {
  /** Index of the document in the input list. */
  doc: number;
  entity: EntityRecord;
}

/**
 * Groups the entities of all documents into real-world entities. Two entities are one when
 *   - their normalised labels are equal, or
 *   - the label of one equals an alias of the other, and no third entity of an agreeing type has
 *     that alias ("Smith" joins "John Smith" unless "Jane Smith" is also called "Smith"),
 * and their types agree: equal, or one of them OTHER (a group never mixes two specific types).
 * Returns the groups in order of first appearance, members in input order.
 */
export function mergeEntities(refs: readonly EntityRef[]): EntityRef[][] {
  const sets = new TypedDisjointSets(refs.map((ref) => ref.entity.entityType));
  const labelKeys = refs.map((ref) => nameKey(ref.entity.label));

  // At most one set per specific type can share a label, so this list stays short.
  const setsWithLabel = new Map<string, number[]>();
  labelKeys.forEach((key, i) => {
    if (!key) return;
    const roots = setsWithLabel.get(key) ?? [];
    for (const root of roots) sets.union(i, root);
    setsWithLabel.set(key, unique([...roots, i].map((j) => sets.find(j))));
  });

  const aliasOwners = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    for (const alias of ref.entity.aliases) {
      const key = nameKey(alias);
      if (!key || key === labelKeys[i] || isPronoun(alias)) continue;
      pushTo(aliasOwners, key, i);
    }
  });
  labelKeys.forEach((key, i) => {
    const owners = aliasOwners.get(key);
    if (!owners) return;
    const own = sets.find(i);
    const candidates = unique(owners.map((j) => sets.find(j))).filter((root) => root !== own && sets.agree(own, root));
    if (candidates.length === 1) sets.union(i, candidates[0]);
  });

  const groups = new Map<number, EntityRef[]>();
  refs.forEach((ref, i) => pushTo(groups, sets.find(i), ref));
  return [...groups.values()];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Union-find whose sets remember their specific (non-OTHER) type and refuse to mix two. */
class TypedDisjointSets {
  private readonly parent: number[];
  private readonly type: (EntityType | undefined)[];

  constructor(types: readonly EntityType[]) {
    this.parent = types.map((_, i) => i);
    this.type = types.map((t) => (t === 'OTHER' ? undefined : t));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) [i, this.parent[i]] = [this.parent[i], root];
    return root;
  }

  /** True when the sets of `a` and `b` could be one: at most one specific type between them. */
  agree(a: number, b: number): boolean {
    const ta = this.type[this.find(a)];
    const tb = this.type[this.find(b)];
    return !ta || !tb || ta === tb;
  }

  /** Joins the sets of `a` and `b` when their types agree; the smaller index stays root. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || !this.agree(ra, rb)) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.type[root] = this.type[ra] ?? this.type[rb];
  }
}
