import type { Extraction, MentionRecord } from '../extraction';
import { displayText, type DisplayText } from './display-text';

/** An extraction ready for graph building: display text and mentions indexed by entity. */
export interface SourceDocument {
  extraction: Extraction;
  display: DisplayText;
  mentionsOf: ReadonlyMap<string, readonly MentionRecord[]>;
}

/** Prepares every extraction; document ids must be unique because spans refer to them. */
export function prepareDocuments(extractions: readonly Extraction[]): SourceDocument[] {
  const seen = new Set<string>();
  return extractions.map((extraction) => {
    if (seen.has(extraction.id)) throw new Error(`Duplicate document id "${extraction.id}": each input needs its own id.`);
    seen.add(extraction.id);
    const mentionsOf = new Map<string, MentionRecord[]>();
    for (const mention of extraction.mentions) {
      if (mention.entity === undefined) continue;
      const list = mentionsOf.get(mention.entity);
      if (list) list.push(mention);
      else mentionsOf.set(mention.entity, [mention]);
    }
    return { extraction, display: displayText(extraction.text, extraction.dropped), mentionsOf };
  });
}
