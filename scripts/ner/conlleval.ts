import type { NerType } from '../../src/ner/index';
import { CLASSES, type ClassSpan } from '../../src/ner/tags';

/** Precision, recall and F1 of one class or of all. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** conlleval's exact-span scores per CoNLL class and overall (micro). */
export type Scores = Record<'PER' | 'ORG' | 'LOC' | 'MISC' | 'overall', Score>;

/** CoNLL class index of a newsgraph type: GROUP, EVENT, WORK and OTHER all count as MISC. */
export function classOfType(type: NerType): number {
  if (type === 'PERSON') return 0;
  if (type === 'ORGANIZATION') return 1;
  if (type === 'LOCATION') return 2;
  return 3;
}

/** Scores predicted spans against gold, sentence by sentence: a hit needs both ends and the class right. */
export function conlleval(gold: readonly (readonly ClassSpan[])[], predicted: readonly (readonly ClassSpan[])[]): Scores {
  const counts = CLASSES.map(() => ({ gold: 0, predicted: 0, correct: 0 }));
  gold.forEach((goldSpans, s) => {
    const keys = new Set(goldSpans.map((g) => `${g.start}:${g.end}:${g.cls}`));
    for (const g of goldSpans) counts[g.cls].gold++;
    for (const p of predicted[s]) {
      counts[p.cls].predicted++;
      if (keys.has(`${p.start}:${p.end}:${p.cls}`)) counts[p.cls].correct++;
    }
  });
  const score = (c: { gold: number; predicted: number; correct: number }): Score => {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, ...c };
  };
  const total = counts.reduce((a, c) => ({ gold: a.gold + c.gold, predicted: a.predicted + c.predicted, correct: a.correct + c.correct }), {
    gold: 0,
    predicted: 0,
    correct: 0,
  });
  return {
    PER: score(counts[0]),
    ORG: score(counts[1]),
    LOC: score(counts[2]),
    MISC: score(counts[3]),
    overall: score(total),
  };
}

/** One-line summary, for training logs. */
export function summary(scores: Scores): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  return (['overall', 'PER', 'ORG', 'LOC', 'MISC'] as const).map((k) => `${k} ${pct(scores[k].f1)}`).join('  ');
}
