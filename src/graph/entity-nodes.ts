import type { EntityType } from '../extraction';
import type { SourceDocument } from './documents';
import type { EntityRef } from './merge-entities';
import { nameKey, tidy } from './names';
import { isPronoun } from './pronouns';
import type { Span } from './types';

/** The attributes of one node that come from its entities (layout and styling come later). */
export interface EntityNode {
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  description: string;
  sources: string[];
  spans: Span[];
}

/** Combines the entities of one merge group into a node description. */
export function entityNode(group: readonly EntityRef[], docs: readonly SourceDocument[]): EntityNode {
  const label = canonicalLabel(group);
  const specific = group.find((ref) => ref.entity.entityType !== 'OTHER');
  return {
    label,
    entityType: specific ? specific.entity.entityType : 'OTHER',
    aliases: aliasesOf(group, label),
    mentions: group.reduce((sum, ref) => sum + Math.max(0, Math.round(ref.entity.mentions) || 0), 0),
    description: distinct(group.map((ref) => tidy(ref.entity.description))).join('; '),
    sources: distinct(group.map((ref) => docs[ref.doc].extraction.id)),
    spans: mentionSpans(group, docs),
  };
}

/**
 * The fullest name: labels that are an alias of another member ("Ms Muir" beside "Elaine Muir")
 * are short forms and lose; then the most mentioned, then the longest, then the first seen.
 */
function canonicalLabel(group: readonly EntityRef[]): string {
  const aliasKeys = new Set(group.flatMap((ref) => ref.entity.aliases.map(nameKey)));
  const full = group.filter((ref) => !aliasKeys.has(nameKey(ref.entity.label)));
  const candidates = (full.length > 0 ? full : group).map((ref) => tidy(ref.entity.label));
  const weight = new Map<string, number>();
  group.forEach((ref) => {
    const label = tidy(ref.entity.label);
    weight.set(label, (weight.get(label) ?? 0) + ref.entity.mentions);
  });
  let best = candidates[0];
  for (const label of candidates) {
    const byWeight = (weight.get(label) ?? 0) - (weight.get(best) ?? 0);
    if (byWeight > 0 || (byWeight === 0 && label.length > best.length)) best = label;
  }
  return best;
}

function aliasesOf(group: readonly EntityRef[], label: string): string[] {
  const forms = group.flatMap((ref) => [ref.entity.label, ...ref.entity.aliases]).map(tidy);
  const labelLower = label.toLowerCase();
  return distinct(forms.filter((form) => form.toLowerCase() !== labelLower && !isPronoun(form)));
}

function mentionSpans(group: readonly EntityRef[], docs: readonly SourceDocument[]): Span[] {
  const spans: Span[] = [];
  for (const ref of group) {
    const doc = docs[ref.doc];
    for (const mention of doc.mentionsOf.get(ref.entity.id) ?? []) {
      const range = doc.display.mapRange(mention.start, mention.end);
      if (range) spans.push([doc.extraction.id, range.start, range.end]);
    }
  }
  return spans;
}

/** Non-empty values, first spelling kept, duplicates compared case-insensitively. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (!value || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
