import { buildGazetteer, type GazetteerEntry } from './gazetteer';
import type { Lexicon } from './lexicon';
import { CLASSES, type NerClass } from './tags';

/** The text files a lexicon is shipped as (each gzipped on disk); one record a line, tab-separated. */
export interface LexiconText {
  /** `path \t word` */
  clusters: string;
  /** `class \t normal form` */
  capitalisation: string;
  /** `class \t word`; absent from model directories written before it existed. */
  afterIn?: string;
  /** `CLASS \t space-separated tokens` */
  gazetteer: string;
}

/** Parses shipped lexicon files. */
export function parseLexicon(text: LexiconText): Lexicon {
  const clusters = new Map<string, string>();
  for (const [path, word] of records(text.clusters)) clusters.set(word, path);
  const capitalisation = new Map<string, number>();
  for (const [cls, word] of records(text.capitalisation)) capitalisation.set(word, Number(cls));
  const afterIn = new Map<string, number>();
  for (const [cls, word] of records(text.afterIn ?? '')) afterIn.set(word, Number(cls));
  return { clusters, capitalisation, afterIn, gazetteer: buildGazetteer(parseGazetteer(text.gazetteer)) };
}

/** Gazetteer entries from `CLASS \t tokens` lines. */
export function parseGazetteer(text: string): GazetteerEntry[] {
  return records(text).map(([name, tokens]) => ({ cls: CLASSES.indexOf(name as NerClass), tokens: tokens.split(' ') }));
}

/** Writes gazetteer entries as `CLASS \t tokens` lines. */
export function formatGazetteer(entries: readonly GazetteerEntry[]): string {
  return entries.map((e) => `${CLASSES[e.cls]}\t${e.tokens.join(' ')}`).join('\n');
}

function records(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push([line.slice(0, tab), line.slice(tab + 1)]);
  }
  return out;
}
