import type { NerSpan } from '../ner';
import type { Segmented } from '../segment/segment';

/** Inner capitals mark coined names ("OptInRealBig", "PlayStation", "YouTube"); surname prefixes do not. */
const INNER_CAPITALS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;
/** A lower-case letter before a capital: "iPod", "iTunes", "eBay". */
const LOWER_COINED = /^\p{Ll}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu}/u;
/** A web address with a capital in it is a business's name: "Amazon.com", "OptInRealBig.com". */
const WEB_NAME = /^(?=.*\p{Lu})[\p{L}\d-]+(?:\.[a-z]{2,4})+$/u;

/** A web name without its ending: "OptInRealBig.com" is the business OptInRealBig. */
export function withoutWebEnding(text: string): string {
  return WEB_NAME.test(text) ? text.replace(/(?:\.[a-z]{2,4})+$/, '') : text;
}

/**
 * The recogniser's spans plus coined names it missed. A recogniser trained on 1990s newswire has never
 * seen the shape of a dotcom or a brand; a word with capitals inside it, or a web address, is a name
 * wherever it stands, and most often the name of a business ("iPod" after "the" or a possessive is a product).
 */
export function withCoinedNames(segmented: Segmented, spans: NerSpan[][]): NerSpan[][] {
  const { tokens, sentences } = segmented;
  return spans.map((list, index) => {
    const { firstToken, endToken } = sentences[index];
    const added: NerSpan[] = [];
    for (let i = firstToken; i < endToken; i++) {
      const offset = i - firstToken;
      const text = tokens[i].text;
      if (list.some((span) => span.start <= offset && offset < span.end)) continue;
      const coined = (INNER_CAPITALS.test(text) && !SURNAME_PREFIX.test(text)) || WEB_NAME.test(text);
      if (coined) added.push({ start: offset, end: offset + 1, type: 'ORGANIZATION', confidence: 0.6 });
      // "Apple's iTunes", "the iPod": a product owned or spoken of as a thing; "eBay said" is the business.
      if (LOWER_COINED.test(text)) {
        const before = tokens[i - 1];
        const product = i > firstToken && (before.normal === 'the' || before.normal === "'s" || before.text === "'");
        added.push({ start: offset, end: offset + 1, type: product ? 'WORK' : 'ORGANIZATION', confidence: 0.6 });
      }
    }
    return added.length ? [...list, ...added].sort((a, b) => a.start - b.start) : list;
  });
}
