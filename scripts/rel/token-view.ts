/**
 * CoNLL04 sentences as the product's tokeniser would hand them to the recogniser, with a way back.
 * CoNLL04 writes quotes as two tokens (`` ` ` `` and `' '`) and glues a sentence's final full stop
 * to its last word ("Ethiopia."); wink-nlp gives one straight `"` and a separate ".". The recogniser
 * is built for the latter, so it sees that form and its spans are mapped back to CoNLL04 tokens.
 */

/** Product-style tokens and, for each, the index of the CoNLL04 token it came from. */
export interface TokenView {
  tokens: string[];
  origin: number[];
}

/** Rewrites one CoNLL04 sentence's tokens into wink-nlp's conventions. */
export function productTokens(tokens: readonly string[]): TokenView {
  const view: TokenView = { tokens: [], origin: [] };
  const push = (token: string, from: number): void => {
    view.tokens.push(token);
    view.origin.push(from);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if ((token === '`' && next === '`') || (token === "'" && next === "'")) {
      push('"', i);
      i++;
    } else if (token === '`' || token === '``' || token === "''") push('"', i);
    else if (i === tokens.length - 1 && /^[A-Za-z].*[a-z]\.$/.test(token) && !token.slice(0, -1).includes('.')) {
      push(token.slice(0, -1), i);
      push('.', i);
    } else push(token, i);
  }
  return view;
}

/** The CoNLL04 token span covered by a span of the product-style tokens (`end` exclusive). */
export function originalSpan(view: TokenView, start: number, end: number): { start: number; end: number } {
  return { start: view.origin[start], end: view.origin[end - 1] + 1 };
}
