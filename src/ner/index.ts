import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { FeatureExtractor } from './features';
import { parseLexicon } from './lexicon-file';
import { miscType } from './misc-type';
import { decodeModel } from './model-file';
import { isCommunity, trimSpan } from './span-rules';
import { spansOf } from './tags';
import { Tagger } from './tagger';

/** Entity types the recogniser assigns; CoNLL's MISC is split into the last four. */
export type NerType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'GROUP' | 'EVENT' | 'WORK' | 'OTHER';
/** A recognised name: token indices into one sentence, `end` exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /**
   * 0..1, higher = surer: the smallest decoder margin over the span's tokens, squashed by a
   * logistic fitted on held-out CoNLL text, so it estimates the chance the span is exactly right.
   */
  confidence: number;
}
/** A loaded recogniser. */
export interface NerModel {
  /** Tags a whole document given as sentences of tokens; returns one list of spans per sentence. */
  recognise(sentences: readonly (readonly string[])[]): NerSpan[][];
}

/** Where the shipped model lives. */
export const DEFAULT_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../models/ner');

/** File names inside a model directory. */
export const MODEL_FILES = {
  weights: 'weights.bin.gz',
  clusters: 'clusters.tsv.gz',
  capitalisation: 'capitalisation.tsv.gz',
  afterIn: 'after-in.tsv.gz',
  gazetteer: 'gazetteer.tsv.gz',
  meta: 'meta.json',
} as const;

const CLASS_TYPES: readonly NerType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];
const cache = new Map<string, NerModel>();

/** Loads the shipped model (synchronously, cached after the first call). */
export function loadNerModel(dir: string = DEFAULT_MODEL_DIR): NerModel {
  const key = resolve(dir);
  let model = cache.get(key);
  if (!model) {
    model = readModel(key);
    cache.set(key, model);
  }
  return model;
}

function readModel(dir: string): NerModel {
  const text = (name: string): string => gunzipSync(readFileSync(resolve(dir, name))).toString('utf8');
  const lexicon = parseLexicon({
    clusters: text(MODEL_FILES.clusters),
    capitalisation: text(MODEL_FILES.capitalisation),
    afterIn: existsSync(resolve(dir, MODEL_FILES.afterIn)) ? text(MODEL_FILES.afterIn) : undefined,
    gazetteer: text(MODEL_FILES.gazetteer),
  });
  const { table, transitions } = decodeModel(gunzipSync(readFileSync(resolve(dir, MODEL_FILES.weights))));
  const meta = JSON.parse(readFileSync(resolve(dir, MODEL_FILES.meta), 'utf8')) as { confidence: Calibration };
  return createNerModel(new Tagger(new FeatureExtractor(lexicon), table, transitions), meta.confidence);
}

/** Logistic squashing of a decoder margin into a confidence: `1 / (1 + exp(-(margin - offset) / scale))`. */
export interface Calibration {
  offset: number;
  scale: number;
}

/** Wraps a tagger as the public model: BILOU tags become typed spans with a confidence. */
export function createNerModel(tagger: Tagger, calibration: Calibration): NerModel {
  return {
    recognise(sentences) {
      return tagger.tagDocument(sentences).map(({ tags, margins }, s) => {
        const tokens = sentences[s];
        const spans: NerSpan[] = [];
        for (const span of spansOf(tags)) {
          const bounds = trimSpan(tokens, span.start, span.end, span.cls === 0);
          if (!bounds) continue;
          const [start, end] = bounds;
          let margin = Infinity;
          for (let i = start; i < end; i++) margin = Math.min(margin, margins[i]);
          const confidence = 1 / (1 + Math.exp(-(margin - calibration.offset) / calibration.scale));
          spans.push({ start, end, type: typeOf(span.cls, tokens, start, end), confidence });
        }
        return spans;
      });
    },
  };
}

function typeOf(cls: number, tokens: readonly string[], start: number, end: number): NerType {
  if (isCommunity(tokens, start, end)) return 'GROUP';
  return cls < CLASS_TYPES.length ? CLASS_TYPES[cls] : miscType(tokens.slice(start, end));
}
