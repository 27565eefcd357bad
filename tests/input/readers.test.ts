import { describe, expect, it } from 'vitest';
import { formatOfPath, readArticle, sniffFormat } from '../../src/input/article';

const PAGE = `<!doctype html><html><head><title>Council approves new stadium - Example News</title>
<script>window.tracking = "Manchester United";</script><style>.nav { color: red }</style></head>
<body>
<header><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>Council approves new stadium</h1>
<figure><img src="s.jpg" alt=""><figcaption>The stadium will be built on the former docks site</figcaption></figure>
<p>Leeds City Council has approved plans for a new 30,000-seat stadium, its leader Judith Blake said on Tuesday, after a meeting that lasted more than five hours.</p>
<p>The club's chairman, Andrea Radrizzani, said the decision was "a historic day for the city", adding that building work would begin next spring and take two years.</p>
<p>Opponents of the scheme, including residents of the Holbeck area, said they would consider a legal challenge to the decision.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Club sold to new owner</a></li></ul></aside></main>
<footer><p>Copyright 2024 Example News. We use cookies.</p></footer>
</body></html>`;

describe('input readers', () => {
  it('reads the article out of an HTML page: headline, paragraphs and captions, not scripts, menus or footers', () => {
    const article = readArticle(PAGE, 'html');
    expect(article.title).toBe('Council approves new stadium');
    expect(article.text.startsWith('Council approves new stadium\n\n')).toBe(true);
    expect(article.text).toContain('its leader Judith Blake said on Tuesday');
    expect(article.text).toContain('The stadium will be built on the former docks site');
    expect(article.text).not.toMatch(/tracking|color: red|Home|Related stories|Copyright|cookies/);
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('reads Markdown as prose: headings, links and emphasis become plain text', () => {
    const article = readArticle('# Minister resigns\n\nThe **health minister** resigned, [reports](https://x.test) say.\n\n```\ncode\n```\n', 'md');
    expect(article.title).toBe('Minister resigns');
    expect(article.text).toContain('The health minister resigned, reports say.');
    expect(article.text).not.toMatch(/code|https|\*\*/);
  });

  it('takes a short first line of a text file as its title', () => {
    expect(readArticle('Dollar gains on Greenspan speech\n\nThe dollar rose.', 'txt').title).toBe('Dollar gains on Greenspan speech');
    expect(readArticle('The dollar rose sharply on Friday after the speech.', 'txt').title).toBe('');
  });

  it('knows formats by extension and sniffs HTML on stdin', () => {
    expect(formatOfPath('a/b/story.HTML')).toBe('html');
    expect(formatOfPath('notes.md')).toBe('md');
    expect(formatOfPath('photo.jpg')).toBeUndefined();
    expect(sniffFormat('<!DOCTYPE html><html>')).toBe('html');
    expect(sniffFormat('Plain text about <b> tags')).toBe('txt');
  });
});
