/** Surface analysis of a single token: its shape, case class and normalised forms. */

/** How a token is cased; a feature on its own and a key for the capitalisation-in-context features. */
export const enum Casing {
  Lower = 0,
  Capitalised = 1,
  AllCaps = 2,
  Mixed = 3,
  Digits = 4,
  Punct = 5,
  Other = 6,
}

/** Case class of a token. */
export function casingOf(token: string): Casing {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
    else if (c > 127) {
      const ch = token[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
      else other++;
    } else other++;
  }
  if (upper + lower === 0) return digit > 0 ? Casing.Digits : Casing.Punct;
  if (upper === 0) return Casing.Lower;
  if (lower === 0) return upper > 1 || token.length === 1 ? Casing.AllCaps : Casing.Capitalised;
  const first = token[0];
  if (first !== first.toLowerCase() && upper === 1) return Casing.Capitalised;
  return other + digit > 0 && first !== first.toLowerCase() ? Casing.Capitalised : Casing.Mixed;
}

/** Collapsed character-class shape: "Reid" → "Xx", "U.S." → "X.X.", "1,400" → "d,d", "LTFA" → "X". */
export function shapeOf(token: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < token.length && shape.length < 12; i++) {
    const ch = token[i];
    let cls: string;
    if (ch >= 'A' && ch <= 'Z') cls = 'X';
    else if (ch >= 'a' && ch <= 'z') cls = 'x';
    else if (ch >= '0' && ch <= '9') cls = 'd';
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else cls = ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/**
 * Lower-case form with digits folded to 0 and an abbreviation's lone final dot dropped, so
 * "Mr." and BBC's "Mr", or "1996" and "2015", share their features.
 */
export function normalForm(token: string): string {
  let text = token.toLowerCase();
  if (/\d/.test(text)) text = text.replace(/\d/g, '0');
  if (text.length > 2 && text.endsWith('.') && text.indexOf('.') === text.length - 1) text = text.slice(0, -1);
  return text;
}
