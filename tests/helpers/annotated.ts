import type { EntityType } from '../../src/extraction';
import type { NerModel, NerSpan, NerType } from '../../src/ner';
import { extract } from '../../src/pipeline';
import { segment, sentenceWords, type Segmented } from '../../src/segment/segment';

/**
 * Test texts mark the names a recogniser would find inline — "{Jason Harwin|PERSON} said" — so the
 * stages after recognition are tested on exactly the names given, whatever the shipped model does.
 * A third field gives the recogniser's confidence where it matters ("{Brookside|LOCATION|0.45}"); 0.95 otherwise.
 */
export interface Annotated {
  text: string;
  ner: NerModel;
}

const MARK = /\{([^|{}]+)\|([A-Z]+)(?:\|([\d.]+))?\}/g;
type MarkedName = { start: number; end: number; type: NerType; confidence: number };

/** Strips the marks and returns the text with a recogniser that finds exactly the marked names. */
export function annotated(marked: string): Annotated {
  const names: MarkedName[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    names.push({ start: text.length, end: text.length + match[1].length, type: match[2] as NerType, confidence: Number(match[3] ?? 0.95) });
    text += match[1];
    last = match.index! + match[0].length;
  }
  text += marked.slice(last);
  return { text, ner: fixedRecogniser(text, names) };
}

function fixedRecogniser(text: string, names: MarkedName[]): NerModel {
  return {
    recognise(sentences) {
      // Re-find each sentence's tokens in the text to map character spans to token indices.
      const segmented = segment(text);
      return sentences.map((_, s) => {
        const sentence = segmented.sentences[s];
        const tokens = segmented.tokens.slice(sentence.firstToken, sentence.endToken);
        const spans: NerSpan[] = [];
        for (const name of names) {
          const first = tokens.findIndex((token) => token.start >= name.start && token.start < name.end);
          if (first === -1) continue;
          let end = first;
          while (end < tokens.length && tokens[end].end <= name.end) end++;
          spans.push({ start: first, end: Math.max(end, first + 1), type: name.type, confidence: name.confidence });
        }
        return spans;
      });
    },
  };
}

/** Segments marked text and runs the given recogniser over it, as the pipeline does. */
export function recognised(marked: string): { segmented: Segmented; spans: NerSpan[][] } {
  const { text, ner } = annotated(marked);
  const segmented = segment(text);
  return { segmented, spans: ner.recognise(sentenceWords(segmented)) };
}

/** The relations of a marked text as "Subject -[label]-> Object" strings, for readable assertions. */
export function relationsOf(marked: string): string[] {
  const { text, ner } = annotated(marked);
  const extraction = extract({ id: 'test', title: '', text }, { ner });
  const label = new Map(extraction.entities.map((entity) => [entity.id, entity.label]));
  return extraction.relations.map((relation) => `${label.get(relation.subject)} -[${relation.label}]-> ${label.get(relation.object)}`);
}

/** Entities of a marked text: label, type and aliases. */
export function entitiesOf(marked: string): { label: string; entityType: EntityType; aliases: string[]; mentions: number; description: string }[] {
  const { text, ner } = annotated(marked);
  return extract({ id: 'test', title: '', text }, { ner }).entities;
}
