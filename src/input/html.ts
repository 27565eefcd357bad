import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleText } from './article';

/** Elements whose text is a paragraph of its own. */
const BLOCK = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION',
  'ARTICLE', 'TR', 'DD', 'DT', 'TD', 'TH', 'CAPTION', 'FIGURE', 'UL', 'OL', 'TABLE', 'HEADER', 'MAIN',
]);
/** Elements that never hold article prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);

/** The prose of an element: block elements become paragraphs separated by blank lines. */
function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Page titles often end with the site name ("Police seek talks - BBC News"); the headline is more useful. */
function headline(document: Document, pageTitle: string): string {
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  return pageTitle.split(/\s+[|\-–—]\s+/)[0].trim();
}

/** Extracts the article from an HTML page with Readability, dropping menus, related links and footers. */
export function readHtml(html: string): ArticleText {
  const { document } = parseHTML(html);
  const title = headline(document, document.title ?? '');
  // Readability mutates the document it reads; give it its own copy so the fallback sees the page intact.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(content.body as unknown as Element);
  }
  if (!text.trim() && document.body) text = blockText(document.body as unknown as Element);
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return { title, text };
}
