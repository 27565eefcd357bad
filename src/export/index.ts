import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';
import type { ExportFormat, Exporter } from './types';

/** Every supported format, by name (what `--format` accepts). */
export const EXPORTERS: Record<ExportFormat, Exporter> = {
  gexf: { format: 'gexf', extension: 'gexf', mediaType: 'application/gexf+xml', write: toGexf },
  json: { format: 'json', extension: 'json', mediaType: 'application/json', write: toJson },
  graphml: { format: 'graphml', extension: 'graphml', mediaType: 'application/graphml+xml', write: toGraphml },
};

export { toGexf, toGraphml, toJson };
export type { ExportFormat, Exporter };
