import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Shared data directory: the given one, else $NEWSGRAPH_DATA, else ../shared/data beside the repo.
 * Without one a script can do nothing, so it stops here with one line, whatever script asked.
 */
export function dataDir(given?: string): string {
  const dir = given ?? process.env.NEWSGRAPH_DATA ?? path.resolve(repoRoot, '../shared/data');
  if (!existsSync(dir)) {
    console.error(`data directory not found: ${dir} (use --data <dir> or NEWSGRAPH_DATA)`);
    process.exit(1);
  }
  return path.resolve(dir);
}

/** Value of `--name <value>` on the command line, if present. */
export function option(name: string, argv: readonly string[] = process.argv): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Writes a benchmark result as JSON under bench-results/. */
export async function writeResult(name: string, value: unknown): Promise<void> {
  const dir = path.join(repoRoot, 'bench-results');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
}
