import { describe, expect, it } from 'vitest';
import { evidenceSentences, relationLines } from '../../viewer/src/details/utils';
import { selectEdge, selectNode } from '../../viewer/src/state/selection';
import { INITIAL_STATE } from '../../viewer/src/state/types';
import { legendRows, typeName } from '../../viewer/src/legend/utils';
import { confidenceCounter, maxMentions, relationCounts, toggled } from '../../viewer/src/filters/utils';
import { ENTITY_COLORS } from '../../src/graph/palette';
import { parseGraphText } from '../../viewer/src/file/parse';
import { fixtureText, loadSample } from './load-sample';

const graph = loadSample();

describe('details panel content', () => {
  it("lists an entity's own statements first, each with its evidence", () => {
    const lines = relationLines(graph, 'rmcfa');
    const phrases = lines.map((line) =>
      line.direction === 'out' ? `${line.label} → ${line.other.label}` : `${line.other.label} ${line.label} →`,
    );
    expect(phrases.slice(0, 2).sort()).toEqual(['accuses → South Yorkshire Police', 'boycotts → South Yorkshire Police']);
    expect(phrases).toContain('British Muslim Youth member of →');
    const boycott = lines.find((line) => line.label === 'boycotts');
    expect(boycott?.evidence[0]).toMatch(/^Rotherham Muslim Community Forum Alliance \(RMCFA\) announced/);
  });

  it('splits newline-joined evidence into sentences', () => {
    expect(evidenceSentences('One.\n Two. \n\n')).toEqual(['One.', 'Two.']);
  });
});

describe('selection', () => {
  it('selecting an entity clears a selected relation and shows a document that mentions it', () => {
    const patch = selectNode(graph, { ...INITIAL_STATE, selectedEdge: 'x' }, 'vakas-hussain');
    expect(patch).toEqual({ selectedNode: 'vakas-hussain', selectedEdge: null, documentId: 'rotherham-boycott' });
  });

  it('selecting a relation keeps the selected end in focus, or takes its subject', () => {
    const edge = 'rmcfa->south-yorkshire-police:boycott';
    expect(selectEdge(graph, { ...INITIAL_STATE, selectedNode: 'south-yorkshire-police' }, edge).selectedNode).toBe(
      'south-yorkshire-police',
    );
    expect(selectEdge(graph, { ...INITIAL_STATE, selectedNode: 'rotherham' }, edge).selectedNode).toBe('rmcfa');
  });

  it('ignores ids that are not in the graph', () => {
    expect(selectNode(graph, INITIAL_STATE, 'nobody')).toEqual({ selectedNode: null, selectedEdge: null });
    expect(selectEdge(graph, INITIAL_STATE, 'nothing')).toEqual({ selectedEdge: null });
  });
});

describe('legend and filters', () => {
  it('has one row per entity type present, with the palette colour and node count', () => {
    const rows = legendRows(graph);
    expect(rows.map((row) => row.entityType)).toEqual(['PERSON', 'ORGANIZATION', 'LOCATION', 'GROUP', 'WORK', 'EVENT', 'OTHER']);
    expect(rows[0]).toEqual({ entityType: 'PERSON', color: ENTITY_COLORS.PERSON, count: 3 });
    expect(typeName('ORGANIZATION')).toBe('Organization');
  });

  it('offers the relation types present and the mention range', () => {
    expect(relationCounts(graph).find((r) => r.relation === 'member_of')).toEqual({ relation: 'member_of', count: 2 });
    expect(relationCounts(graph).some((r) => r.relation === 'killed')).toBe(false);
    expect(maxMentions(graph)).toBe(13);
  });

  it('counts the relations a minimum confidence hides, those exactly at it staying shown', () => {
    const below = confidenceCounter(graph);
    expect([below(0), below(0.6), below(0.65), below(0.9), below(1)]).toEqual([0, 1, 5, 12, 16]);
  });

  it('toggles a type without changing the set the current view holds', () => {
    const hidden = new Set(['PERSON'] as const);
    const next = toggled(hidden, 'PERSON');
    expect(next.has('PERSON')).toBe(false);
    expect(hidden.has('PERSON')).toBe(true);
  });
});

describe('selection across articles', () => {
  const { graph: twoArticles } = parseGraphText(fixtureText('two-articles.json'));

  it('switches to an article that mentions the entity only when the shown one does not', () => {
    expect(selectNode(twoArticles, { ...INITIAL_STATE, documentId: 'council-vote' }, 'claire-dunn').documentId).toBe('chamber-response');
    expect(selectNode(twoArticles, { ...INITIAL_STATE, documentId: 'chamber-response' }, 'martin-osei').documentId).toBe(
      'chamber-response',
    );
  });

  it('opens the article of the evidence when a relation is selected', () => {
    const patch = selectEdge(twoArticles, { ...INITIAL_STATE, documentId: 'chamber-response' }, 'martin-osei->northfield-city-council:lead');
    expect(patch.documentId).toBe('council-vote');
  });
});
