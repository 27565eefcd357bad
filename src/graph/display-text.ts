import type { SentenceRecord } from '../extraction';

/** A document's display text and a way to move input-text ranges onto it. */
export interface DisplayText {
  text: string;
  /**
   * Maps an input-text range to display-text offsets. Parts of the range that fall in dropped text
   * are cut away; returns undefined when nothing of the range is left.
   */
  mapRange(start: number, end: number): { start: number; end: number } | undefined;
}

/** Removes the dropped ranges (page furniture) from `text` and returns the offset mapping. */
export function displayText(text: string, dropped: readonly SentenceRecord[]): DisplayText {
  const cuts = mergeRanges(dropped, text.length);
  let kept = '';
  let from = 0;
  for (const cut of cuts) {
    kept += text.slice(from, cut.start);
    from = cut.end;
  }
  kept += text.slice(from);

  /** Display offset of input offset `at`; an offset inside a cut moves to the cut's start. */
  const toDisplay = (at: number): number => {
    let removed = 0;
    for (const cut of cuts) {
      if (at <= cut.start) break;
      removed += Math.min(at, cut.end) - cut.start;
    }
    return at - removed;
  };

  return {
    text: kept,
    mapRange(start, end) {
      const mappedStart = toDisplay(clamp(start, 0, text.length));
      const mappedEnd = toDisplay(clamp(end, 0, text.length));
      return mappedEnd > mappedStart ? { start: mappedStart, end: mappedEnd } : undefined;
    },
  };
}

/** Sorted, non-overlapping, in-bounds copy of the ranges: extractors may list them in any order. */
function mergeRanges(ranges: readonly SentenceRecord[], length: number): SentenceRecord[] {
  const sorted = ranges
    .map((r) => ({ start: clamp(r.start, 0, length), end: clamp(r.end, 0, length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: SentenceRecord[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
