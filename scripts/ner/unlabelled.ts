import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isTableLine } from '../../src/ner/sentence-mode';
import { readConll } from './conll';

/** BBC articles as sentences of wink-nlp tokens, the tokenisation the product feeds the tagger. */
export function bbcSentences(data: string): string[][] {
  const nlp = winkNLP(model, ['sbd']);
  const its = nlp.its;
  const sentences: string[][] = [];
  const lines = readFileSync(resolve(data, 'bbc/articles.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const paragraph of text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').split(/\n+/)) {
      if (!paragraph.trim()) continue;
      const doc = nlp.readDoc(paragraph);
      const tokens = doc.tokens().out(its.value) as string[];
      for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
        sentences.push(tokens.slice(first, last + 1));
      }
    }
  }
  return sentences;
}

/** Unlabelled news text for clusters and capitalisation: the BBC corpus plus CoNLL train and dev tokens. */
export function unlabelledSentences(data: string): string[][] {
  const conll = ['train', 'dev'].flatMap((name) => readConll(resolve(data, 'conll2003', `${name}.txt`)).map((s) => s.tokens));
  return [...bbcSentences(data), ...conll];
}

/**
 * How often each word occurs outside table lines (see `sentenceMode`). A word met almost only in
 * results and standings lines ("Rotherham 1 Shrewsbury 2") gets its cluster from scores and
 * foreign clubs, which says nothing about what it is in prose.
 */
export function proseCounts(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tokens of sentences) {
    if (isTableLine(tokens)) continue;
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}
