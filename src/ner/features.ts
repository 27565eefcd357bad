import { gazetteerHits } from './gazetteer';
import { hashString, mix } from './hash';
import type { Lexicon } from './lexicon';
import { SentenceMode, sentenceMode } from './sentence-mode';
import { isTitle } from './titles';
import { Casing, casingOf, normalForm, shapeOf } from './word-shape';

/**
 * What the features need to know about one word type, computed once per distinct token. Most
 * features depend on one word at a fixed offset from the tagged token (see `wordFeatures`), so
 * a scorer can cache their summed weights per word (see `Tagger`).
 */
export interface WordInfo {
  /** The token; empty for the sentence boundary. */
  text: string;
  normal: number;
  shape: number;
  casing: Casing;
  /** Small id of (shape, casing), numbered per extractor; the boundary is 0. */
  form: number;
  capitalised: boolean;
  capClass: number;
  /** How often the word follows "in" in unlabelled text (`Lexicon.afterIn`), 0 when unknown. */
  afterIn: number;
  /** Hashes of the word's cluster-path prefixes, empty when it has no cluster. */
  cluster: readonly number[];
  title: boolean;
  /** Cache of the summed weights of `wordFeatures` at each offset, `OFFSETS * TAG_COUNT`; filled by the scorer. */
  scores: Float32Array | undefined;
  /** The same for table lines, whose features are kept apart (see `tableFeature`). */
  tableScores: Float32Array | undefined;
}

/** Per-token feature ids of one sentence: token i owns ids[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

/** Offsets from the tagged token whose word features are used: -2 .. +2. */
export const OFFSETS = 5;
/** Room for the most features `context` or a document hint writes for one token (2 bigrams plus up to 16 gazetteer bits at each of 3 positions). */
export const MAX_CONTEXT_FEATURES = 64;
/** Number of `casingContext` values: capitalisation class (6) × casing (8) × sentence-initial (2) × sentence mode (4). */
export const CASING_CONTEXTS = 6 * 8 * 2 * 4;
/** `formTrigram` keys stay below 2^30 while form ids are below this; bit 30 marks table lines. */
const FORM_LIMIT = 1024;
const TABLE_FORMS = 1 << 30;
/** How many features `formTrigramFeatures` writes. */
export const FORM_TRIGRAM_FEATURES = 3;

const CLUSTER_PREFIXES = [4, 6, 10, 20];

/** Feature templates; each feature id is the template mixed with its values. */
const enum T {
  Bias = 1,
  Word,
  Normal,
  Shape,
  Casing,
  Prefix,
  Suffix,
  NormalM1,
  NormalP1,
  NormalM2,
  NormalP2,
  BigramM1,
  BigramP1,
  ShapeM1,
  ShapeP1,
  ShapeM1_0,
  Shape0_P1,
  CasingM1_0_P1,
  Cluster,
  ClusterM1,
  ClusterP1,
  CapContext,
  CasingContext,
  Gazetteer,
  GazetteerM1,
  GazetteerP1,
  Role,
  Title,
  TitleM1,
  TitleM2,
  Extra,
  Table,
  AfterIn,
}


const BOUNDARY_HASH = hashString('<S>');
const CACHE_LIMIT = 100_000;

/** Stands in for the words before the start and after the end of a sentence. */
function boundary(): WordInfo {
  return {
    text: '',
    normal: BOUNDARY_HASH,
    shape: BOUNDARY_HASH,
    casing: 7 as Casing,
    form: 0,
    capitalised: false,
    capClass: 0,
    afterIn: 0,
    cluster: [],
    title: false,
    scores: undefined,
    tableScores: undefined,
  };
}

/**
 * Turns sentences into hashed feature ids. `prepare` analyses a sentence once; then `words` and
 * `context` give a scorer what it needs, and `extract` lists every feature (for training).
 */
export class FeatureExtractor {
  /** The word outside the sentence, with its own score cache. */
  readonly boundary = boundary();
  private readonly cache = new Map<string, WordInfo>();
  private readonly forms = new Map<string, number>();
  private infos: WordInfo[] = [];
  private n = 0;
  private mode: SentenceMode = SentenceMode.Normal;
  private normals = new Int32Array(256);
  private caps: boolean[] = [];
  private initial = new Uint8Array(256);
  private gaz = new Uint16Array(256);
  private ids = new Int32Array(4096);
  private offsets = new Int32Array(257);

  constructor(private readonly lexicon: Lexicon) {}

  /** Analyses a sentence. */
  prepare(tokens: readonly string[]): void {
    const n = tokens.length;
    this.n = n;
    this.ensure(n);
    let initial = true;
    for (let i = 0; i < n; i++) {
      const info = this.info(tokens[i]);
      this.infos[i] = info;
      this.normals[i] = info.normal;
      this.caps[i] = info.capitalised;
      this.initial[i] = initial ? 1 : 0;
      if (info.casing !== Casing.Punct) initial = false;
    }
    gazetteerHits(this.lexicon.gazetteer, this.normals, this.caps, n, this.gaz);
    this.mode = sentenceMode(this.infos, n);
  }

  /** Word analyses of the prepared sentence (valid until the next `prepare`). */
  words(): readonly WordInfo[] {
    return this.infos;
  }

  /** Whether the prepared sentence is a table line, whose features are kept apart from prose. */
  tableLine(): boolean {
    return this.mode === SentenceMode.Table;
  }

  /**
   * Index of token i's casing situation: its casing, how often the word is capitalised elsewhere,
   * whether it opens the sentence, and the sentence's mode. Few values, so a scorer caches the
   * weights of `casingFeatures(index)` per index.
   */
  casingContext(i: number): number {
    const w = this.infos[i];
    return ((w.capClass * 8 + w.casing) * 2 + (this.initial[i] ? 0 : 1)) * 4 + this.mode;
  }

  /**
   * Key of the forms (shape and casing) of tokens i - 1, i, i + 1, or -1 when a form id is too
   * large to pack. Forms repeat a lot, so a scorer caches `formTrigramFeatures` weights by key.
   */
  formTrigram(i: number): number {
    const prev = i > 0 ? this.infos[i - 1].form : 0;
    const next = i + 1 < this.n ? this.infos[i + 1].form : 0;
    const form = this.infos[i].form;
    if (prev >= FORM_LIMIT || form >= FORM_LIMIT || next >= FORM_LIMIT) return -1;
    return ((prev * FORM_LIMIT + form) * FORM_LIMIT + next) | (this.tableLine() ? TABLE_FORMS : 0);
  }

  /** Writes token i's shape and casing features taken jointly with its neighbours'; returns how many. */
  formTrigramFeatures(i: number, out: Int32Array): number {
    const infos = this.infos;
    const w = infos[i];
    const prev = i > 0 ? infos[i - 1] : this.boundary;
    const next = i + 1 < this.n ? infos[i + 1] : this.boundary;
    out[0] = mix(mix(T.ShapeM1_0, prev.shape), w.shape);
    out[1] = mix(mix(T.Shape0_P1, w.shape), next.shape);
    out[2] = mix(T.CasingM1_0_P1, (prev.casing * 8 + w.casing) * 8 + next.casing);
    if (this.tableLine()) for (let k = 0; k < FORM_TRIGRAM_FEATURES; k++) out[k] = tableFeature(out[k]);
    return FORM_TRIGRAM_FEATURES;
  }

  /** Writes the features of token i that pair it with a neighbouring word or a gazetteer name; returns how many. */
  context(i: number, out: Int32Array): number {
    const infos = this.infos;
    const n = this.n;
    const w = infos[i];
    const prev = i > 0 ? infos[i - 1] : this.boundary;
    const next = i + 1 < n ? infos[i + 1] : this.boundary;
    let k = 0;
    out[k++] = mix(mix(T.BigramM1, prev.normal), w.normal);
    out[k++] = mix(mix(T.BigramP1, w.normal), next.normal);
    k = writeMask(out, k, T.Gazetteer, this.gaz[i]);
    if (i > 0) k = writeMask(out, k, T.GazetteerM1, this.gaz[i - 1]);
    if (i + 1 < n) k = writeMask(out, k, T.GazetteerP1, this.gaz[i + 1]);
    if (this.tableLine()) for (let j = 0; j < k; j++) out[j] = tableFeature(out[j]);
    return k;
  }

  /** Every feature id of every token of a sentence. The returned arrays are reused by the next call. */
  extract(tokens: readonly string[]): SentenceFeatures {
    this.prepare(tokens);
    const n = this.n;
    const context = new Int32Array(MAX_CONTEXT_FEATURES);
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = k;
      for (let off = -2; off <= 2; off++) {
        const at = i + off;
        const features = this.wordFeatures(at >= 0 && at < n ? this.infos[at] : this.boundary, off, this.tableLine());
        k = this.append(k, features, features.length);
      }
      const casing = casingFeatures(this.casingContext(i));
      k = this.append(k, casing, casing.length);
      k = this.append(k, context, this.formTrigramFeatures(i, context));
      k = this.append(k, context, this.context(i, context));
    }
    this.offsets[n] = k;
    return { ids: this.ids, offsets: this.offsets };
  }

  /**
   * Feature ids a word contributes when it sits `offset` (-2 .. +2) tokens from the tagged one:
   * itself at 0 (form, affixes, cluster, gazetteer roles, title), a few of its properties as a
   * neighbour; their table-line versions when `table`. Computed on demand, since a scorer sums
   * them once per word and caches the sum.
   */
  wordFeatures(word: WordInfo, offset: number, table: boolean): Int32Array {
    const ids = this.proseWordFeatures(word, offset);
    return table ? ids.map(tableFeature) : ids;
  }

  private proseWordFeatures(word: WordInfo, offset: number): Int32Array {
    const { normal, shape, cluster, title } = word;
    switch (offset) {
      case -2:
        return Int32Array.from(title ? [mix(T.NormalM2, normal), T.TitleM2] : [mix(T.NormalM2, normal)]);
      case -1: {
        const ids = [mix(T.NormalM1, normal), mix(T.ShapeM1, shape)];
        if (cluster.length) ids.push(mix(T.ClusterM1, cluster[1]));
        if (title) ids.push(T.TitleM1);
        return Int32Array.from(ids);
      }
      case 1:
        return Int32Array.from(cluster.length ? [mix(T.NormalP1, normal), mix(T.ShapeP1, shape), mix(T.ClusterP1, cluster[1])] : [mix(T.NormalP1, normal), mix(T.ShapeP1, shape)]);
      case 2:
        return Int32Array.of(mix(T.NormalP2, normal));
      default:
        return this.ownFeatures(word);
    }
  }

  private ownFeatures(word: WordInfo): Int32Array {
    if (!word.text) return new Int32Array(0);
    const normalText = normalForm(word.text);
    const own = [mix(T.Word, hashString(word.text)), mix(T.Normal, word.normal), mix(T.Shape, word.shape)];
    if (word.casing !== Casing.Punct && normalText.length > 1) {
      for (let len = 1; len <= 4 && len < normalText.length; len++) {
        own.push(mix(T.Prefix, hashString(normalText.slice(0, len))));
        own.push(mix(T.Suffix, hashString(normalText.slice(-len))));
      }
    }
    for (const c of word.cluster) own.push(mix(T.Cluster, c));
    const roles = this.lexicon.gazetteer.wordRoles.get(word.normal) ?? 0;
    for (let bit = 0; bit < 16; bit++) if (roles & (1 << bit)) own.push(mix(T.Role, bit));
    if (word.title) own.push(T.Title);
    if (word.afterIn) own.push(mix(T.AfterIn, word.afterIn));
    return Int32Array.from(own);
  }

  private append(k: number, values: Int32Array, count: number): number {
    if (k + count > this.ids.length) {
      const grown = new Int32Array(Math.max(this.ids.length * 2, k + count));
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids.set(count === values.length ? values : values.subarray(0, count), k);
    return k + count;
  }

  private ensure(n: number): void {
    if (this.normals.length >= n) return;
    const size = Math.max(n, this.normals.length * 2);
    this.normals = new Int32Array(size);
    this.initial = new Uint8Array(size);
    this.gaz = new Uint16Array(size);
    this.offsets = new Int32Array(size + 1);
  }

  private info(token: string): WordInfo {
    let info = this.cache.get(token);
    if (info) return info;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    info = analyse(token, this.lexicon);
    const formKey = `${info.casing}${shapeOf(token)}`;
    let form = this.forms.get(formKey);
    if (form === undefined) {
      form = this.forms.size + 1;
      this.forms.set(formKey, form);
    }
    info.form = form;
    this.cache.set(token, info);
    return info;
  }
}

/** Features of a `casingContext` value: bias, casing in the sentence's mode, and casing against usual capitalisation. */
export function casingFeatures(index: number): Int32Array {
  const mode = index & 3;
  const position = (index >> 2) & 1;
  const casing = (index >> 3) & 7;
  const ids = Int32Array.of(
    T.Bias,
    mix(T.Casing, casing * 4 + mode),
    mix(T.CapContext, index),
    mix(T.CasingContext, (casing * 2 + position) * 4 + mode),
  );
  return mode === SentenceMode.Table ? ids.map(tableFeature) : ids;
}

/**
 * The table-line version of a feature. Results and standings lines label towns as the clubs
 * they name, which prose must not learn ("in Bolton" is a place), so every feature of a
 * table line is its own: what is learned there applies only there.
 */
function tableFeature(id: number): number {
  return mix(id, T.Table);
}

/** Key pooling a word's occurrences across a document: its normal form, for capitalised words only. */
export function nameKey(info: WordInfo): number {
  return info.capitalised ? info.normal || 1 : 0;
}

/** Feature id of a caller-supplied value, such as a document-level hint. */
export function hintFeature(value: number): number {
  return mix(T.Extra, value);
}

function writeMask(out: Int32Array, k: number, template: number, mask: number): number {
  for (let bit = 0; mask; bit++, mask >>= 1) if (mask & 1) out[k++] = mix(template, bit);
  return k;
}

function analyse(token: string, lexicon: Lexicon): WordInfo {
  const normalText = normalForm(token);
  const casing = casingOf(token);
  const path = clusterOf(token, normalText, casing, lexicon.clusters);
  return {
    text: token,
    normal: hashString(normalText),
    shape: hashString(shapeOf(token)),
    casing,
    form: 0,
    capitalised: casing === Casing.Capitalised || casing === Casing.AllCaps || casing === Casing.Mixed,
    capClass: lexicon.capitalisation.get(normalText) ?? 0,
    afterIn: lexicon.afterIn.get(token) ?? 0,
    cluster: path ? CLUSTER_PREFIXES.map((len) => hashString(path.slice(0, len)) + len) : [],
    title: isTitle(normalText),
    scores: undefined,
    tableScores: undefined,
  };
}

/** Cluster path of a word, falling back to its other casings (headlines are all caps). */
function clusterOf(token: string, normal: string, casing: Casing, clusters: ReadonlyMap<string, string>): string | undefined {
  const exact = clusters.get(token);
  if (exact !== undefined) return exact;
  const lower = token.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (casing === Casing.AllCaps) return clusters.get(title) ?? clusters.get(lower);
  return clusters.get(lower) ?? clusters.get(title) ?? clusters.get(normal);
}
