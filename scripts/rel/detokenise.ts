/**
 * CoNLL04 sentences back as plain text, the way a user would paste them, with each token's place in
 * that text so spans found in the text map back to CoNLL04 tokens. CoNLL04 follows Penn Treebank
 * habits: quotes as `` ` ` ``/`' '`, dashes as `_`, brackets as `-LRB-`, contractions split ("didn 't").
 */

/** A sentence's text and, for each CoNLL04 token, the half-open character range it occupies. */
export interface Detokenised {
  text: string;
  ranges: { start: number; end: number }[];
}

const BRACKETS: Readonly<Record<string, string>> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
};

/** Tokens written against the word before them. */
const CLOSING = /^(?:[,.;:?!%)\]}]|\.\.+|'[a-z]\S*|n't)$/i;
/** Tokens the next word is written against. */
const OPENING = /^[([{$#]$/;

/** How one token is written and which side of it has no space. */
interface Piece {
  text: string;
  /** Written against the previous piece. */
  attachLeft: boolean;
  /** The next piece is written against it. */
  attachRight: boolean;
  /** The CoNLL04 tokens it stands for. */
  from: number;
  to: number;
}

/** Plain text of a CoNLL04 sentence with a character range for every token. */
export function detokenise(tokens: readonly string[]): Detokenised {
  const pieces = toPieces(tokens);
  let text = '';
  const ranges: Detokenised['ranges'] = tokens.map(() => ({ start: 0, end: 0 }));
  pieces.forEach((piece, i) => {
    if (i > 0 && !piece.attachLeft && !pieces[i - 1].attachRight) text += ' ';
    const start = text.length;
    text += piece.text;
    for (let t = piece.from; t < piece.to; t++) ranges[t] = { start, end: text.length };
  });
  return { text, ranges };
}

/**
 * Turns tokens into written pieces. A `` ` ` `` or `' '` pair is one double quote; a lone `"` opens
 * or closes by turn; a lone `'` closes a lone `` ` `` or, after a word ending in s, is a possessive
 * ("Parks '").
 */
function toPieces(tokens: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let doubleOpen = false;
  let singleOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const piece = (text: string, attachLeft: boolean, attachRight: boolean, width = 1): void => {
      pieces.push({ text, attachLeft, attachRight, from: i, to: i + width });
    };
    if ((token === '`' && next === '`') || token === '``') {
      piece('"', false, true, token === '``' ? 1 : 2);
      doubleOpen = true;
    } else if ((token === "'" && next === "'") || token === "''") {
      piece('"', true, false, token === "''" ? 1 : 2);
      doubleOpen = false;
    } else if (token === '"') {
      piece('"', doubleOpen, !doubleOpen);
      doubleOpen = !doubleOpen;
    } else if (token === '`') {
      piece("'", false, true);
      singleOpen = true;
    } else if (token === "'") {
      piece("'", singleOpen || /s$/i.test(tokens[i - 1] ?? ''), false);
      singleOpen = false;
    } else if (token === '_') piece('\u2014', false, false);
    else if (BRACKETS[token]) piece(BRACKETS[token], /[)\]}]/.test(BRACKETS[token]), /[([{]/.test(BRACKETS[token]));
    else piece(token, CLOSING.test(token), OPENING.test(token));
    if (pieces[pieces.length - 1].to > i + 1) i = pieces[pieces.length - 1].to - 1;
  }
  return pieces;
}

/** The CoNLL04 tokens a character range of the text covers, or undefined when it covers none. */
export function tokenSpan(detokenised: Detokenised, start: number, end: number): { start: number; end: number } | undefined {
  const covered = detokenised.ranges.flatMap((range, t) => (range.end > start && range.start < end ? [t] : []));
  return covered.length === 0 ? undefined : { start: covered[0], end: covered[covered.length - 1] + 1 };
}
