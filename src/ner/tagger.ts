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
 * Tags documents. Stage 1 scores every token and decodes; when the model has a second stage,
 * stage 1's output over the whole document yields hints (how the same word was tagged
 * elsewhere), whose weights are added to the same scores before decoding again with stage 2's
 * transitions. Single-word features are summed once per word type and cached, and the few
 * casing contexts and shape trigrams in small tables, so only features pairing two words cost a
 * table lookup per token.
 */
export class Tagger {
  private readonly lattices: Lattice[];
  private readonly context = new Int32Array(MAX_CONTEXT_FEATURES);
  private readonly casing: (Float32Array | undefined)[] = new Array(CASING_CONTEXTS);
  private readonly forms = new Map<number, Float32Array>();

  constructor(
    private readonly extractor: FeatureExtractor,
    private readonly table: WeightTable,
    transitions: readonly Transitions[],
  ) {
    this.lattices = transitions.map(compileTransitions);
  }

  /** BILOU tags and margins for every sentence of a document. */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedSentence[] {
    const final = this.lattices[this.lattices.length - 1];
    if (this.lattices.length === 1) {
      return sentences.map((tokens) => {
        const n = tokens.length;
        const tagged = { tags: new Uint8Array(n), margins: new Float64Array(n) };
        viterbi(this.score(tokens), n, final, tagged.tags, tagged.margins);
        return tagged;
      });
    }
    const emits: Float64Array[] = [];
    const firstTags: Uint8Array[] = [];
    const keys: Int32Array[] = [];
    const tableLines: boolean[] = [];
    for (const tokens of sentences) {
      const n = tokens.length;
      const emit = this.score(tokens);
      tableLines.push(this.extractor.tableLine());
      const tags = new Uint8Array(n);
      viterbi(emit, n, this.lattices[0], tags);
      const words = this.extractor.words();
      const sentenceKeys = new Int32Array(n);
      for (let i = 0; i < n; i++) sentenceKeys[i] = nameKey(words[i]);
      emits.push(emit);
      firstTags.push(tags);
      keys.push(sentenceKeys);
    }
    const hints = documentHints(sentences, keys, firstTags, tableLines);
    const ids = this.context;
    return emits.map((emit, s) => {
      const n = keys[s].length;
      for (let i = 0; i < n; i++) {
        if (keys[s][i] === 0) continue;
        let k = 0;
        hints[s](i, (value) => {
          if (k < ids.length) ids[k++] = hintFeature(value);
        });
        this.table.accumulate(ids, 0, k, emit, i * T);
      }
      const tagged = { tags: new Uint8Array(n), margins: new Float64Array(n) };
      viterbi(emit, n, final, tagged.tags, tagged.margins);
      return tagged;
    });
  }

  /** Stage-1 emission scores of a sentence, TAG_COUNT per token. */
  private score(tokens: readonly string[]): Float64Array {
    const n = tokens.length;
    const extractor = this.extractor;
    extractor.prepare(tokens);
    const words = extractor.words();
    const tableLine = extractor.tableLine();
    const emit = new Float64Array(n * T);
    const outside = this.scoresOf(extractor.boundary, tableLine);
    for (let i = 0; i < n; i++) {
      const at = i * T;
      const m2 = i > 1 ? this.scoresOf(words[i - 2], tableLine) : outside;
      const m1 = i > 0 ? this.scoresOf(words[i - 1], tableLine) : outside;
      const w = this.scoresOf(words[i], tableLine);
      const p1 = i + 1 < n ? this.scoresOf(words[i + 1], tableLine) : outside;
      const p2 = i + 2 < n ? this.scoresOf(words[i + 2], tableLine) : outside;
      const casing = extractor.casingContext(i);
      const c = (this.casing[casing] ??= this.sum(casingFeatures(casing)));
      const f = this.formScores(i);
      for (let t = 0; t < T; t++) {
        emit[at + t] = m2[t] + m1[T + t] + w[2 * T + t] + p1[3 * T + t] + p2[4 * T + t] + c[t] + f[t];
      }
      this.table.accumulate(this.context, 0, extractor.context(i, this.context), emit, at);
    }
    return emit;
  }

  private scoresOf(word: WordInfo, tableLine: boolean): Float32Array {
    if (tableLine) return (word.tableScores ??= this.wordScores(word, true));
    return (word.scores ??= this.wordScores(word, false));
  }

  private wordScores(word: WordInfo, tableLine: boolean): Float32Array {
    const scores = new Float64Array(OFFSETS * T);
    for (let slot = 0; slot < OFFSETS; slot++) {
      const ids = this.extractor.wordFeatures(word, slot - 2, tableLine);
      this.table.accumulate(ids, 0, ids.length, scores, slot * T);
    }
    return Float32Array.from(scores);
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
    const scores = new Float64Array(T);
    this.table.accumulate(ids, 0, ids.length, scores, 0);
    return Float32Array.from(scores);
  }
}
