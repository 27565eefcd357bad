import { parseArgs } from 'node:util';
import { runBuild } from './build';
import { UserError } from './errors';
import { runExtract } from './extract';
import { runServe } from './serve';

const USAGE = `newsgraph — turn news articles into a knowledge graph

Usage:
  newsgraph build <file|dir|-> ... [-o out.gexf] [--format gexf|json|graphml] [--no-layout] [--min-confidence X]
  newsgraph extract <file|-> [--jsonl] [-o out.json] [--min-confidence X]
  newsgraph serve [graph file] [--port N]
  newsgraph <command> --help

Inputs are .txt, .md or .html articles (HTML pages are reduced to their article text), directories of
them, or - for standard input.`;

const MIN_CONFIDENCE_HELP = `      --min-confidence <X>
                        keep only relations of confidence X or more (0 to 1; default 0, all): the
                        learned linker's guesses sit below 0.5, most pattern relations above`;

const HELP: Record<string, string> = {
  build: `newsgraph build <file|dir|-> ... [-o out.gexf] [--format gexf|json|graphml] [--no-layout] [--min-confidence X]

Builds one knowledge graph from all inputs: the same entity in two articles is one node whose
"sources" lists both. Writes GEXF 1.3 (Gephi, Gephi Lite, NetworkX), graphology JSON or GraphML.

  -o, --output <file>   where to write; repeat for several formats (the extension picks the format);
                        without it the graph goes to standard output
  -f, --format <name>   gexf, json or graphml (default: from the output's extension, else gexf)
      --no-layout       skip ForceAtlas2 (nodes keep their deterministic start positions)
${MIN_CONFIDENCE_HELP}`,
  extract: `newsgraph extract <file|-> [--jsonl] [-o out.json] [--min-confidence X]

Prints the extraction record of one article as JSON: sentences, mentions with offsets, entities,
relations with evidence (see README, "Extraction JSON").

      --jsonl           read {"id","text"} objects, one per line, and write one result per line
  -o, --output <file>   write to a file instead of standard output
${MIN_CONFIDENCE_HELP}`,
  serve: `newsgraph serve [graph file] [--port N]

Serves the viewer on http://127.0.0.1:PORT (never on other interfaces) and prints its URL. With a graph
file (.gexf or .json) the viewer opens it; without one, open a file from the viewer.

  -p, --port <N>        port to listen on (default 5178; 0 picks a free one)`,
};

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  output: { type: 'string', short: 'o', multiple: true },
  format: { type: 'string', short: 'f' },
  'no-layout': { type: 'boolean' },
  jsonl: { type: 'boolean' },
  port: { type: 'string', short: 'p' },
  'min-confidence': { type: 'string' },
} as const;

/** Which options each command accepts, so a stray flag is an error rather than silently ignored. */
const ACCEPTS: Record<string, string[]> = {
  build: ['output', 'format', 'no-layout', 'min-confidence'],
  extract: ['output', 'jsonl', 'min-confidence'],
  serve: ['port'],
};

/** Runs the CLI; returns the process exit code. Errors the user can fix are one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (values.version && !command) {
      process.stdout.write(`${(await import('../version')).VERSION}\n`);
      return 0;
    }
    if (!command || (values.help && !command)) {
      (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
      return values.help ? 0 : 1;
    }
    if (!(command in HELP)) throw new UserError(`unknown command "${command}" (try: build, extract, serve)`);
    if (values.help) {
      process.stdout.write(`${HELP[command]}\n`);
      return 0;
    }
    for (const name of Object.keys(values)) {
      if (!ACCEPTS[command].includes(name)) throw new UserError(`${command} does not take --${name}`);
    }
    switch (command) {
      case 'build':
        await runBuild(rest, {
          outputs: values.output ?? [],
          format: values.format,
          layout: !values['no-layout'],
          minConfidence: parseConfidence(values['min-confidence']),
        });
        return 0;
      case 'extract':
        await runExtract(rest, { jsonl: Boolean(values.jsonl), output: values.output?.at(-1), minConfidence: parseConfidence(values['min-confidence']) });
        return 0;
      case 'serve':
        await runServe(rest, { port: values.port });
        return 0;
    }
    return 1;
  } catch (error) {
    process.stderr.write(`newsgraph: ${describe(error)}\n`);
    return 1;
  }
}

/** --min-confidence as a number from 0 to 1 (0 when absent). */
function parseConfidence(value: string | undefined): number {
  if (value === undefined) return 0;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new UserError(`--min-confidence must be a number from 0 to 1, not "${value}"`);
  return number;
}

/** One line for any error: ours carry their message; parse errors lose Node's error-code prefix. */
function describe(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message.split('\n')[0];
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0]}`;
}
