import { write } from 'graphology-gexf';
import type Graph from 'graphology-types';
import type { Attributes } from 'graphology-types';
import { attributeModel, listItems, scalarText, type ValueType } from './attribute-model';
import { xmlSafe } from './xml';

/** Attributes written as GEXF's own label, weight and viz elements rather than as data columns. */
const NODE_SKIP = new Set(['label', 'x', 'y', 'z', 'size', 'color', 'shape', 'thickness']);
const EDGE_SKIP = new Set(['label', 'weight', 'kind', 'color', 'size', 'shape', 'thickness']);

/**
 * GEXF 1.3 that Gephi, Gephi Lite (graphology-gexf) and NetworkX read with colours, sizes and
 * positions. graphology-gexf writes the XML; we decide each column's type and value text ourselves,
 * because it infers types from values (a confidence of exactly 1 would become an integer column) and
 * writes list items unquoted (an alias with a comma would split in two).
 */
export function toGexf(graph: Graph): string {
  const nodeModel = attributeModel(mapElements(graph, 'node'), NODE_SKIP);
  const edgeModel = attributeModel(mapElements(graph, 'edge'), EDGE_SKIP);

  // graphology-gexf writes <meta> from the graph attributes; in pedantic mode only the ones GEXF
  // defines (creator, description), so a copy carries those instead of ours.
  const labelled = graph.copy();
  labelled.replaceAttributes(metaOf(graph.getAttributes()));
  const xml = write(labelled, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, attributes) => ({
      label: textOf(attributes.label),
      viz: vizOf(attributes),
      attributes: columnsOf(attributes, nodeModel),
    }),
    formatEdge: (_key, attributes) => ({
      label: textOf(attributes.label),
      weight: finite(attributes.weight),
      attributes: columnsOf(attributes, edgeModel),
    }),
  });
  return declareTypes(declareTypes(xml, 'node', nodeModel), 'edge', edgeModel);
}

function mapElements(graph: Graph, kind: 'node' | 'edge'): Attributes[] {
  return kind === 'node' ? graph.mapNodes((_key, attributes) => attributes) : graph.mapEdges((_key, attributes) => attributes);
}

/** Every column as text; graphology-gexf then declares them all "string", fixed by `declareTypes`. */
function columnsOf(attributes: Attributes, model: ReadonlyMap<string, ValueType>): Attributes {
  const columns: Attributes = {};
  for (const [name, type] of model) {
    const value = attributes[name];
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) continue;
    columns[name] = type === 'liststring' ? listText(value) : xmlSafe(scalarText(value));
  }
  return columns;
}

/**
 * A GEXF 1.3 list: `["a", "b"]`, every item quoted with `\` escapes, which both Gephi's and
 * graphology's list parsers read back item for item. "|" becomes "/": readers of older GEXF split on it.
 */
function listText(value: unknown): string {
  const items = listItems(value).map((item) => xmlSafe(item).replace(/\|/g, '/'));
  return `[${items.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(', ')}]`;
}

/**
 * Puts the real types into the `<attributes class="…">` declarations graphology-gexf wrote as
 * "string". Matches its exact output; a name it escaped differently simply stays a string column.
 */
function declareTypes(xml: string, kind: 'node' | 'edge', model: ReadonlyMap<string, ValueType>): string {
  const open = `<attributes class="${kind}">`;
  const start = xml.indexOf(open);
  if (start < 0) return xml;
  const end = xml.indexOf('</attributes>', start);
  let block = xml.slice(start, end);
  for (const [name, type] of model) {
    if (type === 'string') continue;
    block = block.replace(
      `<attribute id="${name}" title="${name}" type="string"/>`,
      `<attribute id="${name}" title="${name}" type="${type}"/>`,
    );
  }
  return xml.slice(0, start) + block + xml.slice(end);
}

/** viz values: colour as r, g, b only (Gephi Lite ignores a colour with alpha), finite numbers. */
function vizOf(attributes: Attributes): { color?: string; size?: number; x?: number; y?: number; z?: number } {
  const rgb = rgbOf(attributes.color);
  return {
    ...(rgb && { color: `rgb(${rgb.join(',')})` }),
    ...numberEntry('size', attributes.size),
    ...numberEntry('x', attributes.x),
    ...numberEntry('y', attributes.y),
    ...numberEntry('z', attributes.z),
  };
}

/** Parses `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb[a](r, g, b[, a])`; alpha is dropped. */
export function rgbOf(color: unknown): [number, number, number] | undefined {
  if (typeof color !== 'string') return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(color.trim());
  if (!rgb) return undefined;
  const channels = rgb.slice(1, 4).map(Number);
  return channels.every((c) => c <= 255) ? (channels as [number, number, number]) : undefined;
}

/** Meta a GEXF reader shows: creator with version, and the source documents' titles. */
function metaOf(attributes: Attributes): Attributes {
  const version = typeof attributes.version === 'string' ? ` ${attributes.version}` : '';
  const creator = typeof attributes.generator === 'string' ? `${attributes.generator}${version}` : undefined;
  const documents: unknown[] = Array.isArray(attributes.documents) ? attributes.documents : [];
  const titles = documents.flatMap((doc) => {
    const title = typeof doc === 'object' && doc !== null && 'title' in doc ? doc.title : undefined;
    const text = typeof title === 'string' ? xmlSafe(title).trim() : '';
    return text ? [text] : [];
  });
  const count = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
  const description = documents.length ? (titles.length ? `${count}: ${titles.join(' · ')}` : count) : undefined;
  return { ...(creator && { creator: xmlSafe(creator) }), ...(description && { description }) };
}

function textOf(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : xmlSafe(String(value));
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function numberEntry<K extends string>(name: K, value: unknown): Partial<Record<K, number>> {
  const number = finite(value);
  return number === undefined ? {} : ({ [name]: number } as Record<K, number>);
}
