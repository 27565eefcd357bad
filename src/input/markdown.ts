import { plainTitle, type ArticleText } from './article';

/** Markdown syntax that is layout, not prose, rewritten line by line. */
const INLINE: [RegExp, string][] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'], // images keep their alt text, which describes the photo
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // links keep their text
  [/<[^>]+>/g, ''], // inline HTML tags
  [/(\*\*|__)(.+?)\1/g, '$2'],
  [/(\*|_)(\S(?:.*?\S)?)\1/g, '$2'],
  [/`([^`]+)`/g, '$1'],
];

/** Reads Markdown: headings, lists and quotes become plain paragraphs; code blocks and rules are dropped. */
export function readMarkdown(markdown: string): ArticleText {
  const lines: string[] = [];
  let inCode = false;
  let title = '';
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inCode = !inCode;
      continue;
    }
    if (inCode || /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw) || /^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    if (!title && /^\s{0,3}#\s+/.test(raw)) title = line.replace(/\s+#+\s*$/, '').trim();
    for (const [pattern, replacement] of INLINE) line = line.replace(pattern, replacement);
    lines.push(line.replace(/\s+#+\s*$/, ''));
  }
  const text = lines.join('\n');
  return { title: title || plainTitle(text), text };
}
