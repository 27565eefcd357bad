import type { EntityType } from '../extraction';
import { slugify } from './names';

/**
 * Stable ids `type:slug-of-label` ("person:mark-reid"), one per node in the given order.
 * Nodes whose ids would clash get "-2", "-3"... in that order, so the same input gives the same ids.
 */
export function nodeIds(nodes: readonly { label: string; entityType: EntityType }[]): string[] {
  const used = new Set<string>();
  return nodes.map(({ label, entityType }) => {
    const base = `${entityType.toLowerCase()}:${slugify(label) || 'unnamed'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
