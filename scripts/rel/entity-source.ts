import { loadNerModel, type NerModel } from '../../src/ner';
import type { RelationArgument } from '../../src/relations/classifier';
import type { Conll04Sentence } from './conll04';
import { originalSpan, productTokens } from './token-view';

/** Where the relation benchmark gets each sentence's entity mentions from. */
export interface EntitySource {
  name: string;
  /** One list of mentions per sentence, in sentence order. */
  mentions(sentences: readonly Conll04Sentence[]): RelationArgument[][];
}

/** The relation arguments the classifier can use; OTHER mentions never take part in a relation. */
const ARGUMENT_TYPES = new Set<string>(['PERSON', 'ORGANIZATION', 'LOCATION']);

/** Gold entity spans: measures the classifier alone. */
export const goldEntities: EntitySource = {
  name: 'gold',
  mentions: (sentences) => sentences.map((s) => s.entities.filter((e) => ARGUMENT_TYPES.has(e.entityType))),
};

/**
 * Entities from our own learned recogniser, each CoNLL04 sentence tagged as a document of its own
 * (the sentences are unrelated, so document-level cues must not leak between them) and written the
 * way the product's tokeniser would write it (see token-view.ts).
 */
export function nerEntities(modelDir?: string): EntitySource {
  return recognisedEntities(loadNerModel(modelDir));
}

/** Entities from a recogniser in memory, each sentence tagged as in `nerEntities`. */
export function recognisedEntities(model: NerModel): EntitySource {
  return {
    name: 'ner',
    mentions: (sentences) =>
      sentences.map((sentence) => {
        const view = productTokens(sentence.tokens);
        return model
          .recognise([view.tokens])[0]
          .filter((span) => ARGUMENT_TYPES.has(span.type))
          .map((span) => ({ ...originalSpan(view, span.start, span.end), entityType: span.type }));
      }),
  };
}

/** The entity source named on the command line; `nerModelDir` overrides the shipped recogniser. */
export function entitySource(name: string, nerModelDir?: string): EntitySource {
  if (name === 'gold') return goldEntities;
  if (name === 'ner') return nerEntities(nerModelDir);
  throw new Error(`Unknown entity source "${name}" (expected gold, ner or pipeline)`);
}
