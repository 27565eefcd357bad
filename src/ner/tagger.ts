import { documentHints } from './document-hints';
import {
  CASING_CONTEXTS,
  casingFeatures,
  hintFeature,
  MAX_CONTEXT_FEATURES,
  nameKey,
  OFFSETS,
  type FeatureExtractor,
  type WordInfo,
} from './features';
import { TAG_COUNT } from './tags';
import { compileTransitions, viterbi, type Lattice, type Transitions } from './viterbi';
import type { WeightTable } from './weights';

/** Tags of one sentence and, per token, the decoder's max-marginal margin. */
export interface TaggedSentence {
  tags: Uint8Array;
  margins: Float64Array;
}

const T = TAG_COUNT;
const FORM_CACHE_LIMIT = 100_000;

/**
 * Tags documents with a local model and, when the model has a second stage, re-tags them with
 * the first pass's document-level hints. Both stages' weights share one table, so each feature
 * is looked up once; single-word features are summed once per word type and cached, and the
 * few casing contexts in small tables, so only features pairing two words cost a lookup per token.
 */
export class Tagger {
  private readonly lattices: Lattice[];
  private readonly width: number;
  private readonly context = new Int32Array(MAX_CONTEXT_FEATURES);
  private readonly hintIds = new Int32Array(MAX_CONTEXT_FEATURES);
  private readonly casing: (Float32Array | undefined)[] = new Array(CASING_CONTEXTS);
  private readonly forms = new Map<number, Float32Array>();

  constructor(
    private readonly extractor: FeatureExtractor,
    private readonly table: WeightTable,
    transitions: readonly Transitions[],
  ) {
    this.lattices = transitions.map(compileTransitions);
    this.width = table.width;
    if (this.width !== T * transitions.length) throw new Error('weight table does not match the stage count');
  }

  /** BILOU tags and margins for every sentence of a document. */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedSentence[] {
    const twoStage = this.lattices.length > 1;
    const firstTags: Uint8Array[] = [];
    const secondEmit: Float64Array[] = [];
    const keys: Int32Array[] = [];
    const out: TaggedSentence[] = [];
    for (const tokens of sentences) {
      const n = tokens.length;
      const all = this.score(tokens);
      const tags = new Uint8Array(n);
      if (!twoStage) {
        const margins = new Float64Array(n);
        viterbi(all, n, this.lattices[0], tags, margins);
        out.push({ tags, margins });
        continue;
      }
      viterbi(all, n, this.lattices[0], tags, undefined, 2 * T, 0);
      const words = this.extractor.words();
      const sentenceKeys = new Int32Array(n);
      for (let i = 0; i < n; i++) sentenceKeys[i] = nameKey(words[i]);
      keys.push(sentenceKeys);
      firstTags.push(tags);
      secondEmit.push(all);
    }
    if (!twoStage) return out;

    const hints = documentHints(keys, firstTags);
    const ids = this.hintIds;
    for (let s = 0; s < keys.length; s++) {
      const n = keys[s].length;
      const emit = secondEmit[s];
      for (let i = 0; i < n; i++) {
        let k = 0;
        hints[s](i, (value) => {
          if (k < ids.length) ids[k++] = hintFeature(value);
        });
        this.table.accumulate(ids, 0, k, emit, i * 2 * T + T, T, T);
      }
      const tags = new Uint8Array(n);
      const margins = new Float64Array(n);
      viterbi(emit, n, this.lattices[1], tags, margins, 2 * T, T);
      out.push({ tags, margins });
    }
    return out;
  }

  /** Emission scores of every stage for a sentence: `width` per token. */
  private score(tokens: readonly string[]): Float64Array {
    const n = tokens.length;
    const W = this.width;
    const extractor = this.extractor;
    extractor.prepare(tokens);
    const words = extractor.words();
    const emit = new Float64Array(n * W);
    for (let i = 0; i < n; i++) {
      const at = i * W;
      for (let off = -2; off <= 2; off++) {
        const j = i + off;
        const word = j >= 0 && j < n ? words[j] : extractor.boundary;
        const scores = word.scores ?? this.wordScores(word);
        const base = (off + 2) * W;
        for (let t = 0; t < W; t++) emit[at + t] += scores[base + t];
      }
      const casing = extractor.casingContext(i);
      const c = (this.casing[casing] ??= this.sum(casingFeatures(casing)));
      const f = this.formScores(i);
      for (let t = 0; t < W; t++) emit[at + t] += c[t] + f[t];
      this.table.accumulate(this.context, 0, extractor.context(i, this.context), emit, at);
    }
    return emit;
  }

  private wordScores(word: WordInfo): Float32Array {
    const W = this.width;
    const scores = new Float64Array(OFFSETS * W);
    for (let slot = 0; slot < OFFSETS; slot++) {
      const ids = word.atOffset[slot];
      this.table.accumulate(ids, 0, ids.length, scores, slot * W);
    }
    word.scores = Float32Array.from(scores);
    return word.scores;
  }

  private formScores(i: number): Float32Array {
    const key = this.extractor.formTrigram(i);
    let scores = key >= 0 ? this.forms.get(key) : undefined;
    if (!scores) {
      const k = this.extractor.formTrigramFeatures(i, this.context);
      scores = this.sum(this.context.subarray(0, k));
      if (key >= 0) {
        if (this.forms.size >= FORM_CACHE_LIMIT) this.forms.clear();
        this.forms.set(key, scores);
      }
    }
    return scores;
  }

  private sum(ids: Int32Array): Float32Array {
    const scores = new Float64Array(this.width);
    this.table.accumulate(ids, 0, ids.length, scores, 0);
    return Float32Array.from(scores);
  }
}
