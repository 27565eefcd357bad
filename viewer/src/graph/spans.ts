import type { Span } from './types';

/** Reads a contract `spans` value (a JSON string, or an already-parsed array); malformed entries are dropped. */
export function parseSpans(value: unknown): Span[] {
  let raw: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      raw = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(raw)) return [];
  const spans: Span[] = [];
  for (const item of raw) {
    if (!Array.isArray(item) || item.length < 3) continue;
    const [docId, start, end] = item as unknown[];
    if (typeof docId !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    if ((start as number) < 0 || (end as number) <= (start as number)) continue;
    spans.push([docId, start as number, end as number]);
  }
  return spans;
}

/** Writes spans back in the contract's string form. */
export function formatSpans(spans: readonly Span[]): string {
  return JSON.stringify(spans);
}
