/**
 * Page furniture of scraped news pages: lines that belong to the page, not to the article.
 * Patterns describe the furniture of news sites in general (photo credits, share bars, link lists,
 * disclaimers), never the words of a particular article.
 */

/** What to do with a line: keep it, drop it, or keep it without a leading label. */
export type LineVerdict = { action: 'keep' } | { action: 'drop' } | { action: 'strip'; prefixLength: number };

/**
 * Photo, video and audio credits. Scrapers often glue the credit to the label ("image copyrightGetty
 * Images"), so no word boundary is required after the label.
 */
const CREDIT = /^(?:image|media|video|photo|picture|audio|graphic)\s*(?:copyright|source|credit|courtesy)/i;

/** Caption labels: the label goes, the caption stays because captions carry facts. */
const CAPTION = /^(?:image|media|video|photo|picture)\s*caption\s*:?\s*/i;

/** Whole lines that are navigation, link lists or site boilerplate. */
const BOILERPLATE: RegExp[] = [
  /^more on this story\.?$/i,
  /^related (?:internet )?links\.?$/i,
  /^related (?:stories|topics|content|articles|coverage)\.?$/i,
  /^(?:around the \w+|top stories|most (?:read|popular|watched|shared)|features(?: (?:&|and) analysis)?|editors'? picks?)\.?$/i,
  /^(?:you may also (?:like|be interested in)|read more|see also|find out more|from other news sites)\s*:?$/i,
  /^(?:share|share this(?: page| story| article)?|share (?:on|via) \w+|close share panel|print|email|tweet)\.?$/i,
  /^(?:skip to (?:main )?content|advertisement|sponsored(?: content)?|jump to media player)\.?$/i,
  /^(?:published|last updated|updated)\s*:?\s*\d/i,
  /^media playback is (?:unsupported|not supported) on your device\.?$/i,
  /^(?:copyright|©)\s*(?:©\s*)?\d{4}/i,
  /^all rights reserved\.?$/i,
];

/** Disclaimers and consent banners, recognised anywhere in a short line. */
const DISCLAIMER: RegExp[] = [
  /\bis not responsible for the content of external (?:internet )?(?:sites|websites|links)\b/i,
  /\b(?:we|this site) uses? cookies\b/i,
  /\bread about our approach to external linking\b/i,
];

/** Disclaimers run to a sentence or two; a long paragraph that mentions cookies is article text. */
const DISCLAIMER_MAX_LENGTH = 240;

/** Classifies one line of an article (without its newline). */
export function judgeLine(line: string): LineVerdict {
  const trimmed = line.trim();
  if (trimmed === '') return { action: 'keep' };
  if (CREDIT.test(trimmed)) return { action: 'drop' };
  const caption = CAPTION.exec(trimmed);
  if (caption) return { action: 'strip', prefixLength: line.indexOf(trimmed) + caption[0].length };
  if (BOILERPLATE.some((pattern) => pattern.test(trimmed))) return { action: 'drop' };
  if (trimmed.length <= DISCLAIMER_MAX_LENGTH && DISCLAIMER.some((pattern) => pattern.test(trimmed))) {
    return { action: 'drop' };
  }
  return { action: 'keep' };
}
