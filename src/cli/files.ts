import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatOfPath, readArticle, sniffFormat, type ArticleDocument, type InputFormat } from '../input/article';
import { UserError } from './errors';

/** A share of control characters no text file has: the file is binary (an image, a PDF, a zip). */
const BINARY_CONTROL_SHARE = 0.02;

/** Decodes file bytes as text, refusing empty and binary files with a message that names the file. */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new UserError(`${name}: file is empty`);
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new UserError(`${name}: looks like a binary file, not text`);
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control / sample.length > BINARY_CONTROL_SHARE) throw new UserError(`${name}: looks like a binary file, not text`);
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  if (text.includes('\ufffd') && (text.match(/\ufffd/g)?.length ?? 0) / text.length > BINARY_CONTROL_SHARE) {
    throw new UserError(`${name}: is not UTF-8 text`);
  }
  if (!text.trim()) throw new UserError(`${name}: file is empty`);
  return text;
}

/** A document id from a file name: its base name without extension. */
export function documentId(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Reads one article file (txt, md, html). */
export async function readArticleFile(file: string, format?: InputFormat): Promise<ArticleDocument> {
  const kind = format ?? formatOfPath(file);
  if (!kind) throw new UserError(`${file}: unknown input format (expected .txt, .md or .html)`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new UserError(`${file}: ${describeFsError(error)}`);
  }
  const article = readArticle(decodeText(bytes, file), kind);
  if (!article.text.trim()) throw new UserError(`${file}: no article text found`);
  return { id: documentId(file), ...article };
}

/** Reads all of standard input. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Expands the inputs of `build`: files, directories of readable files (sorted, recursive) and "-" for stdin. */
export async function readInputs(inputs: string[]): Promise<ArticleDocument[]> {
  const documents: ArticleDocument[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const text = decodeText(await readStdin(), 'stdin');
      documents.push({ id: 'stdin', ...readArticle(text, sniffFormat(text)) });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (error) {
      throw new UserError(`${input}: ${describeFsError(error)}`);
    }
    if (stat.isDirectory()) {
      const files = (await listFiles(input)).filter((file) => formatOfPath(file));
      if (files.length === 0) throw new UserError(`${input}: no .txt, .md or .html files in this directory`);
      for (const file of files) documents.push(await readArticleFile(file));
    } else {
      documents.push(await readArticleFile(input));
    }
  }
  return disambiguateIds(documents);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Two inputs with the same base name ("a/index.html", "b/index.html") still need distinct ids. */
function disambiguateIds(documents: ArticleDocument[]): ArticleDocument[] {
  const seen = new Map<string, number>();
  return documents.map((document) => {
    const count = (seen.get(document.id) ?? 0) + 1;
    seen.set(document.id, count);
    return count === 1 ? document : { ...document, id: `${document.id}-${count}` };
  });
}

/** Writes a file atomically: to a temporary file beside it, then renamed over the target. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`${file}: cannot create directory (${describeFsError(error)})`);
  }
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, content);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new UserError(`${file}: cannot write (${describeFsError(error)})`);
  }
}

/** Node's file errors as a short phrase. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
