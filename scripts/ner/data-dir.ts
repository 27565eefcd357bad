import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Shared data directory: `--data <dir>`, else $NEWSGRAPH_DATA, else ../shared/data beside the repo. */
export function dataDir(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--data');
  const dir = flag >= 0 ? argv[flag + 1] : (process.env.NEWSGRAPH_DATA ?? resolve(REPO_ROOT, '../shared/data'));
  if (!dir || !existsSync(dir)) throw new Error(`data directory not found: ${dir} (use --data <dir> or NEWSGRAPH_DATA)`);
  return resolve(dir);
}

/** Value of `--name <value>` on the command line, if present. */
export function option(name: string, argv: readonly string[] = process.argv): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}
