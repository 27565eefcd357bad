import { EXPORTERS, type ExportFormat } from '../export';
import { buildGraph } from '../graph';
import { layoutGraph } from '../layout';
import { loadModels } from '../models';
import { extract, keepConfident } from '../pipeline';
import { VERSION } from '../version';
import { UserError } from './errors';
import { readInputs, writeFileAtomic } from './files';

export interface BuildOptions {
  outputs: string[];
  format?: string;
  layout: boolean;
  /** Relations below this confidence are left out. */
  minConfidence: number;
}

function isFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORTERS, name);
}

/** The format of one output: --format wins, else the file's extension, else GEXF. */
function formatFor(output: string | undefined, format: string | undefined): ExportFormat {
  if (format !== undefined) {
    if (!isFormat(format)) throw new UserError(`unknown format "${format}" (expected gexf, json or graphml)`);
    return format;
  }
  const extension = output?.split('.').pop()?.toLowerCase() ?? '';
  return isFormat(extension) ? extension : 'gexf';
}

/** `newsgraph build`: articles in, one merged graph out. */
export async function runBuild(inputs: string[], options: BuildOptions): Promise<void> {
  if (inputs.length === 0) throw new UserError('build needs at least one input file, directory or - (see newsgraph build --help)');
  const targets = options.outputs.length > 0 ? options.outputs : [undefined];
  // Check every output's format before the slow part, so a typo fails at once.
  const formats = targets.map((output) => formatFor(output, options.format));
  const documents = await readInputs(inputs);
  const models = loadModels();
  const graph = buildGraph(
    documents.map((document) => keepConfident(extract(document, models), options.minConfidence)),
    { version: VERSION },
  );
  if (options.layout) layoutGraph(graph);
  for (const [i, output] of targets.entries()) {
    const content = EXPORTERS[formats[i]].write(graph);
    if (output === undefined) process.stdout.write(content);
    else await writeFileAtomic(output, content);
  }
  if (options.outputs.length > 0) {
    process.stderr.write(`newsgraph: ${graph.order} entities, ${graph.size} relations from ${documents.length} document(s) → ${options.outputs.join(', ')}\n`);
  }
}
