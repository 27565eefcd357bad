import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export';
import { exportableGraph } from './graphs';

describe('EXPORTERS', () => {
  it('offers gexf, json and graphml, each writing a file that starts the way its format does', () => {
    const graph = exportableGraph();
    const starts = { gexf: '<?xml', json: '{', graphml: '<?xml' };

    expect(Object.keys(EXPORTERS).sort()).toEqual(['gexf', 'graphml', 'json']);
    for (const [format, exporter] of Object.entries(EXPORTERS)) {
      expect(exporter.format).toBe(format);
      expect(exporter.extension).toBe(format);
      expect(exporter.write(graph).startsWith(starts[exporter.format])).toBe(true);
    }
  });
});
