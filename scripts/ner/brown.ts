/**
 * Brown clustering (Brown et al. 1992) in Liang's (2005) O(V·C²) form: words enter in order of
 * frequency, each step adds one word as its own cluster and merges the pair of clusters whose
 * merge loses the least average mutual information between adjacent clusters; once every word
 * is in, the last C clusters are merged into a binary tree whose branch bits are the word's path.
 */

/** Clustering input: sentences of word ids 0..V-1, where id order is frequency order. */
export interface BrownInput {
  sentences: readonly Int32Array[];
  vocabulary: number;
  clusters: number;
  log?: (line: string) => void;
}

/** Bit-string path of every word id; words of one cluster share a path. */
export function brownClusters({ sentences, vocabulary: V, clusters: C, log = () => {} }: BrownInput): string[] {
  const counts = new Float64Array(V);
  const right: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const left: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  let N = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      counts[s[i]]++;
      if (i === 0) continue;
      const a = s[i - 1];
      const b = s[i];
      right[a].set(b, (right[a].get(b) ?? 0) + 1);
      left[b].set(a, (left[b].get(a) ?? 0) + 1);
      N++;
    }
  }
  const logN = Math.log(N);
  /** A bigram count's share of the mutual information, given both clusters' unigram counts. */
  const qv = (n: number, pa: number, pb: number): number => (n > 0 ? (n / N) * (Math.log(n / (pa * pb)) + logN) : 0);

  const S = C + 1;
  const n = new Float64Array(S * S);
  const q = new Float64Array(S * S);
  const L = new Float64Array(S * S);
  const pc = new Float64Array(S);
  const R = new Float64Array(S);
  const active: number[] = [];
  const free: number[] = [];
  for (let slot = S - 1; slot >= 0; slot--) free.push(slot);
  const slotOfWord = new Int32Array(V).fill(-1);
  const members: number[][] = Array.from({ length: S }, () => []);

  const term = (i: number, j: number, k: number): number => {
    const ik = n[i * S + k];
    const ki = n[k * S + i];
    const jk = n[j * S + k];
    const kj = n[k * S + j];
    if (ik + ki + jk + kj === 0) return 0;
    const pm = pc[i] + pc[j];
    return q[i * S + k] + q[k * S + i] + q[j * S + k] + q[k * S + j] - qv(ik + jk, pm, pc[k]) - qv(ki + kj, pc[k], pm);
  };
  const selfTerm = (i: number, j: number): number => {
    const pm = pc[i] + pc[j];
    const all = n[i * S + i] + n[i * S + j] + n[j * S + i] + n[j * S + j];
    return q[i * S + i] + q[i * S + j] + q[j * S + i] + q[j * S + j] - qv(all, pm, pm);
  };
  const setQ = (a: number): void => {
    for (const k of active) {
      q[a * S + k] = qv(n[a * S + k], pc[a], pc[k]);
      q[k * S + a] = qv(n[k * S + a], pc[k], pc[a]);
    }
  };
  const neighbours = (a: number): number[] => active.filter((k) => k !== a && n[a * S + k] + n[k * S + a] > 0);
  const lossWith = (a: number, nbr: readonly number[]): void => {
    for (const j of active) {
      if (j === a) continue;
      let outside = R[j] - 2 * n[j * S + j] - n[j * S + a] - n[a * S + j];
      let sum = selfTerm(a, j);
      for (const k of nbr) {
        if (k === j) continue;
        outside -= n[j * S + k] + n[k * S + j];
        sum += term(a, j, k);
      }
      sum += (outside / N) * Math.log((pc[a] + pc[j]) / pc[j]);
      L[Math.min(a, j) * S + Math.max(a, j)] = sum;
    }
  };
  const mark = new Uint8Array(S);
  /** Applies `delta(i, j)` to the loss of every active pair that touches a marked cluster. */
  const adjustPairs = (skip: (k: number) => boolean, sign: number, k1: number, k2: number): void => {
    for (let x = 0; x < active.length; x++) {
      const i = active[x];
      if (skip(i)) continue;
      for (let y = x + 1; y < active.length; y++) {
        const j = active[y];
        if (skip(j) || (!mark[i] && !mark[j])) continue;
        let d = term(i, j, k1);
        if (k2 >= 0) d += term(i, j, k2);
        L[Math.min(i, j) * S + Math.max(i, j)] += sign * d;
      }
    }
  };

  const addWord = (w: number): number => {
    const a = free.pop()!;
    slotOfWord[w] = a;
    members[a] = [w];
    pc[a] = counts[w];
    for (const k of active) {
      n[a * S + k] = 0;
      n[k * S + a] = 0;
    }
    n[a * S + a] = 0;
    for (const [v, c] of right[w]) {
      const k = slotOfWord[v];
      if (k >= 0) n[a * S + k] += c;
    }
    for (const [v, c] of left[w]) {
      const k = slotOfWord[v];
      if (k >= 0 && k !== a) n[k * S + a] += c;
    }
    active.push(a);
    setQ(a);
    const nbr = neighbours(a);
    mark.fill(0);
    for (const k of nbr) mark[k] = 1;
    adjustPairs((k) => k === a, 1, a, -1);
    for (const k of active) {
      if (k === a) continue;
      R[k] += n[k * S + a] + n[a * S + k];
    }
    R[a] = 0;
    for (const k of active) R[a] += n[a * S + k] + n[k * S + a];
    lossWith(a, nbr);
    return a;
  };

  const bestPair = (): [number, number] => {
    let best = Infinity;
    let pair: [number, number] = [-1, -1];
    for (let x = 0; x < active.length; x++) {
      for (let y = x + 1; y < active.length; y++) {
        const i = Math.min(active[x], active[y]);
        const j = Math.max(active[x], active[y]);
        if (L[i * S + j] < best) {
          best = L[i * S + j];
          pair = [i, j];
        }
      }
    }
    return pair;
  };

  /** Merges cluster t into s. */
  const merge = (s: number, t: number): void => {
    mark.fill(0);
    for (const k of active) if (k !== s && k !== t && n[s * S + k] + n[k * S + s] + n[t * S + k] + n[k * S + t] > 0) mark[k] = 1;
    const outside = (k: number): boolean => k === s || k === t;
    adjustPairs(outside, -1, s, t);
    const ss = n[s * S + s] + n[s * S + t] + n[t * S + s] + n[t * S + t];
    for (const k of active) {
      if (outside(k)) continue;
      n[s * S + k] += n[t * S + k];
      n[k * S + s] += n[k * S + t];
    }
    n[s * S + s] = ss;
    pc[s] += pc[t];
    active.splice(active.indexOf(t), 1);
    free.push(t);
    for (const w of members[t]) members[s].push(w);
    members[t] = [];
    setQ(s);
    adjustPairs((k) => k === s, 1, s, -1);
    R[s] = 0;
    for (const k of active) R[s] += n[s * S + k] + n[k * S + s];
    lossWith(s, neighbours(s));
  };

  const started = performance.now();
  for (let w = 0; w < V; w++) {
    addWord(w);
    if (active.length > C) {
      const [s, t] = bestPair();
      merge(s, t);
    }
    if ((w + 1) % 2000 === 0) log(`  brown: ${w + 1}/${V} words, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  const cluster = new Int32Array(V);
  const node = new Int32Array(S).fill(-1);
  const children: [number, number][] = [];
  for (const slot of active) {
    const id = children.length;
    children.push([-1, -1]);
    node[slot] = id;
    for (const w of members[slot]) cluster[w] = id;
  }
  while (active.length > 1) {
    const [s, t] = bestPair();
    const id = children.length;
    children.push([node[s], node[t]]);
    merge(s, t);
    node[s] = id;
  }
  const paths: string[] = new Array(children.length).fill('');
  for (let id = children.length - 1; id >= 0; id--) {
    const [a, b] = children[id];
    if (a >= 0) paths[a] = `${paths[id]}0`;
    if (b >= 0) paths[b] = `${paths[id]}1`;
  }
  return Array.from(cluster, (c) => paths[c] || '0');
}
