import { describe, expect, it } from 'vitest';
import { restoreFromUrl } from '../../viewer/src/url-state/url-sync';
import { readSharedState, sameSharedState, writeSharedState } from '../../viewer/src/url-state/utils';
import { INITIAL_STATE, type UiState } from '../../viewer/src/state/types';
import { loadSample } from './load-sample';

const state: UiState = {
  ...INITIAL_STATE,
  selectedNode: 'jason-harwin',
  selectedEdge: 'jason-harwin->south-yorkshire-police:work-for',
  hiddenTypes: new Set(['LOCATION', 'EVENT']),
  hiddenRelations: new Set(['said']),
  minMentions: 2,
  minConfidence: 0.35,
  documentId: 'rotherham-boycott',
};

describe('URL state', () => {
  it('survives a round trip through the query string, next to the graph parameter', () => {
    const params = writeSharedState(state, new URLSearchParams('graph=/graph.json'));
    expect(params.get('graph')).toBe('/graph.json');
    const reloaded = new URLSearchParams(params.toString());
    expect(readSharedState(reloaded)).toEqual({
      selectedNode: state.selectedNode,
      selectedEdge: state.selectedEdge,
      hiddenTypes: state.hiddenTypes,
      hiddenRelations: state.hiddenRelations,
      minMentions: 2,
      minConfidence: 0.35,
      documentId: 'rotherham-boycott',
    });
  });

  it('writes nothing for the default view, so a plain link stays plain', () => {
    expect(writeSharedState(INITIAL_STATE, new URLSearchParams('graph=/g.json')).toString()).toBe('graph=%2Fg.json');
  });

  it('ignores hand-edited junk rather than breaking the view', () => {
    expect(readSharedState(new URLSearchParams('hide=PERSON,BOGUS&hideRel=nope&min=-3&node='))).toEqual({
      hiddenTypes: new Set(['PERSON']),
    });
  });

  it('keeps a minimum confidence only when it is a number between 0 and 1', () => {
    expect(readSharedState(new URLSearchParams('minConf=0.5')).minConfidence).toBe(0.5);
    for (const junk of ['abc', '1.5', '-0.2', '0', '', 'Infinity']) {
      expect(readSharedState(new URLSearchParams({ minConf: junk }))).toEqual({});
    }
  });

  it('drops a node, edge or document that is not in the opened graph', () => {
    const restored = restoreFromUrl(loadSample(), '?node=nobody&edge=gone&doc=elsewhere&hide=PERSON');
    expect(restored).toEqual({ hiddenTypes: new Set(['PERSON']) });
    expect(restoreFromUrl(loadSample(), '?node=rmcfa').selectedNode).toBe('rmcfa');
  });

  it('does not treat hovering or typing as a change worth a new URL', () => {
    expect(sameSharedState(state, { ...state, hoveredNode: 'rmcfa', searchQuery: 'x' } as UiState)).toBe(true);
    expect(sameSharedState(state, { ...state, minMentions: 3 })).toBe(false);
    expect(sameSharedState(state, { ...state, minConfidence: 0.5 })).toBe(false);
  });
});
