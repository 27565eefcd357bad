import { describe, expect, it } from 'vitest';
import { nodeIds } from '../../src/graph/node-ids';

describe('nodeIds', () => {
  it('slugs the type and label, keeping letters of any script', () => {
    expect(
      nodeIds([
        { label: 'Jason Harwin', entityType: 'PERSON' },
        { label: 'Société Générale', entityType: 'ORGANIZATION' },
        { label: 'Москва', entityType: 'LOCATION' },
        { label: '???', entityType: 'OTHER' },
      ]),
    ).toEqual(['person:jason-harwin', 'organization:societe-generale', 'location:москва', 'other:unnamed']);
  });

  it('numbers clashing ids in input order, so they never collide and stay stable', () => {
    const nodes = [
      { label: "McDonald's", entityType: 'ORGANIZATION' as const },
      { label: 'McDonald S', entityType: 'ORGANIZATION' as const },
      { label: 'McDonald-S', entityType: 'ORGANIZATION' as const },
    ];
    expect(nodeIds(nodes)).toEqual(['organization:mcdonald-s', 'organization:mcdonald-s-2', 'organization:mcdonald-s-3']);
    expect(nodeIds(nodes)).toEqual(nodeIds(nodes));
  });
});
