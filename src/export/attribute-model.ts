import type { Attributes } from 'graphology-types';

/** Attribute value types, spelled as GEXF does; GraphML maps them to its own names. */
export type ValueType = 'string' | 'liststring' | 'integer' | 'long' | 'double' | 'boolean';

/** Numeric attributes that are fractional by nature even when every value happens to be whole. */
const ALWAYS_DOUBLE = new Set(['confidence', 'x', 'y', 'z', 'size']);

/**
 * The declared type of every attribute in `records` (names in first-seen order, `skip` left out):
 * lists are liststring, numbers integer/long when all whole, double otherwise; mixed values are strings.
 */
export function attributeModel(records: Iterable<Attributes>, skip: ReadonlySet<string> = new Set()): Map<string, ValueType> {
  const model = new Map<string, ValueType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (skip.has(name) || value === undefined || value === null) continue;
      const type = valueType(name, value);
      const known = model.get(name);
      model.set(name, known === undefined ? type : widen(known, type));
    }
  }
  return model;
}

/** A list attribute's items as strings: XML-unsafe characters and surrounding space go. */
export function listItems(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item) => item !== undefined && item !== null).map((item) => String(item).replace(/\s+/gu, ' ').trim());
}

/** Flat text for a non-list value: objects as JSON, since every format here wants scalars. */
export function scalarText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function valueType(name: string, value: unknown): ValueType {
  if (Array.isArray(value)) return value.every((item) => typeof item !== 'object' || item === null) ? 'liststring' : 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || ALWAYS_DOUBLE.has(name)) return 'double';
    return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
  }
  return 'string';
}

function widen(a: ValueType, b: ValueType): ValueType {
  if (a === b) return a;
  const numeric = ['integer', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return a === 'liststring' || b === 'liststring' ? 'liststring' : 'string';
}
