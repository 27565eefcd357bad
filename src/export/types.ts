import type Graph from 'graphology-types';

export type ExportFormat = 'gexf' | 'json' | 'graphml';

/** One file format a graph can be written to. */
export interface Exporter {
  format: ExportFormat;
  /** File name extension, without the dot. */
  extension: string;
  mediaType: string;
  write(graph: Graph): string;
}
