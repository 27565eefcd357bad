import { readHtml } from './html';
import { readMarkdown } from './markdown';

/** The prose of one input document, ready for cleaning. */
export interface ArticleText {
  title: string;
  text: string;
}

/** Input formats newsgraph reads. */
export type InputFormat = 'txt' | 'md' | 'html';

/** One input document: an id for the graph's `sources`, and its prose. */
export interface ArticleDocument extends ArticleText {
  id: string;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The format a file name implies, or undefined for an extension newsgraph does not read. */
export function formatOfPath(path: string): InputFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[path.slice(dot).toLowerCase()];
}

/** Guesses the format of text with no file name (stdin): markup-looking input is HTML. */
export function sniffFormat(content: string): InputFormat {
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html|<head|<body|<article|<\?xml)/.test(head) || /<(?:p|div|article|body)[\s>]/.test(head)) {
    return 'html';
  }
  return 'txt';
}

/**
 * The first line is the title when it reads like a headline: short, and not ending like a sentence.
 * News files (BBC, most scrapes) start that way.
 */
export function plainTitle(text: string): string {
  const first = text.trimStart().split('\n', 1)[0].trim();
  return first.length > 0 && first.length <= 150 && !/[.:;,]$/.test(first) ? first : '';
}

/** Reads a document's prose according to its format. */
export function readArticle(content: string, format: InputFormat): ArticleText {
  switch (format) {
    case 'html':
      return readHtml(content);
    case 'md':
      return readMarkdown(content);
    case 'txt':
      return { title: plainTitle(content), text: content };
  }
}
