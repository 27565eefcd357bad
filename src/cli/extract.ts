import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sniffFormat, readArticle } from '../input/article';
import { loadModels } from '../models';
import { extract, keepConfident } from '../pipeline';
import { UserError } from './errors';
import { decodeText, describeFsError, readArticleFile, readStdin, writeFileAtomic } from './files';

export interface ExtractOptions {
  jsonl: boolean;
  output?: string;
  /** Relations below this confidence are left out. */
  minConfidence: number;
}

/** `newsgraph extract`: one article's extraction as JSON, or a JSONL stream of them. */
export async function runExtract(inputs: string[], options: ExtractOptions): Promise<void> {
  if (inputs.length !== 1) throw new UserError('extract takes exactly one input file or - (see newsgraph extract --help)');
  const [input] = inputs;
  if (options.jsonl) return extractLines(input, options.output, options.minConfidence);
  let article;
  if (input === '-') {
    const text = decodeText(await readStdin(), 'stdin');
    article = { id: 'stdin', ...readArticle(text, sniffFormat(text)) };
  } else {
    article = await readArticleFile(input);
  }
  const json = `${JSON.stringify(keepConfident(extract(article, loadModels()), options.minConfidence), null, 2)}\n`;
  if (options.output) await writeFileAtomic(options.output, json);
  else process.stdout.write(json);
}

/** Validates one JSONL record: an object with a string id and a string text. */
function parseRecord(line: string, number: number): { id: string; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UserError(`line ${number}: not valid JSON`);
  }
  const record = value as { id?: unknown; text?: unknown };
  if (!record || typeof record !== 'object' || typeof record.text !== 'string') {
    throw new UserError(`line ${number}: expected an object with "id" and "text" strings`);
  }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `line-${number}`;
  return { id, text: record.text };
}

/**
 * Streams {"id","text"} lines through one process: models load once, each result is written as soon as
 * it is ready, so thousands of documents take constant memory. With -o, results go to a temporary file
 * renamed into place only when every line succeeded.
 */
async function extractLines(input: string, output: string | undefined, minConfidence: number): Promise<void> {
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === '-') resolve();
    stream.once('open', () => resolve());
    stream.once('error', (error: Error) => reject(new UserError(`${input}: ${describeFsError(error)}`)));
  });
  await opened;
  const models = loadModels();
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const results: string[] = [];
  let number = 0;
  let count = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    const record = parseRecord(line, number);
    const extraction = keepConfident(extract({ id: record.id, ...readArticle(record.text, 'txt') }, models), minConfidence);
    const json = `${JSON.stringify(extraction)}\n`;
    count++;
    if (output) results.push(json);
    else if (!process.stdout.write(json)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  if (count === 0) throw new UserError(`${input === '-' ? 'stdin' : input}: no JSONL records`);
  if (output) await writeFileAtomic(output, results.join(''));
}
