import { createRequire } from 'node:module';

/** newsgraph's version, from package.json, recorded in every graph it writes. */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
