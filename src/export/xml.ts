/**
 * Characters XML 1.0 forbids anywhere: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, and (in `u` mode
 * the surrogate range only matches unpaired halves) lone surrogates.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Removes what no XML 1.0 parser accepts, even escaped: article text can carry stray control bytes. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes element content; CR is kept as a reference because parsers normalise a raw one away. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/**
 * Escapes a double-quoted attribute value. Tab, LF and CR become references because parsers turn raw
 * ones into spaces; ">" stays as is, legal there and misread as "&gt;" by some lenient parsers.
 */
export function escapeAttribute(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
