import type { Calibration, NerModel } from '../../src/ner/index';
import type { ClassSpan } from '../../src/ner/tags';
import type { ConllSentence } from './conll';
import { classOfType, conlleval, type Scores } from './conlleval';

/** Runs a model over CoNLL documents and scores it with conlleval. */
export function evaluateModel(model: NerModel, docs: readonly (readonly ConllSentence[])[]): Scores {
  const gold: ClassSpan[][] = [];
  const predicted: ClassSpan[][] = [];
  for (const doc of docs) {
    const spans = model.recognise(doc.map((s) => s.tokens));
    doc.forEach((s, i) => {
      gold.push(s.spans);
      predicted.push(spans[i].map((p) => ({ start: p.start, end: p.end, cls: classOfType(p.type) })));
    });
  }
  return conlleval(gold, predicted);
}

/**
 * Fits the logistic that turns span margins into confidences. Recovers each span's margin from
 * the confidence `model` gave it under `used`, then fits P(span exactly right) = σ(a + b·margin)
 * by maximum likelihood (Newton's method).
 */
export function calibrate(model: NerModel, docs: readonly (readonly ConllSentence[])[], used: Calibration): Calibration {
  const margins: number[] = [];
  const right: number[] = [];
  for (const doc of docs) {
    const spans = model.recognise(doc.map((s) => s.tokens));
    doc.forEach((s, i) => {
      const gold = new Set(s.spans.map((g) => `${g.start}:${g.end}:${g.cls}`));
      for (const p of spans[i]) {
        const c = Math.min(Math.max(p.confidence, 1e-12), 1 - 1e-12);
        margins.push(used.offset + used.scale * Math.log(c / (1 - c)));
        right.push(gold.has(`${p.start}:${p.end}:${classOfType(p.type)}`) ? 1 : 0);
      }
    });
  }
  let a = 0;
  let b = 0.1;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    margins.forEach((m, k) => {
      const p = 1 / (1 + Math.exp(-(a + b * m)));
      const w = p * (1 - p);
      ga += right[k] - p;
      gb += (right[k] - p) * m;
      haa += w;
      hab += w * m;
      hbb += w * m * m;
    });
    const det = haa * hbb - hab * hab;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { offset: round(-a / b), scale: round(1 / b) };
}
