import type { Segmented } from '../segment/segment';

/**
 * Marks the tokens inside double quotation marks. Quote state restarts at each paragraph: news style
 * leaves a quotation that runs on unclosed at the paragraph's end and opens the next paragraph with a
 * fresh quotation mark, so counting marks within a paragraph is right either way.
 */
export function quotedTokens(segmented: Segmented): boolean[] {
  const { tokens, sentences } = segmented;
  const quoted = new Array<boolean>(tokens.length).fill(false);
  let open = false;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      open = false;
    }
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (tokens[i].text === '"') open = !open;
      else quoted[i] = open;
    }
  }
  return quoted;
}
