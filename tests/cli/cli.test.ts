import { spawn } from 'node:child_process';
import { mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/newsgraph.mjs');
const sample = path.join(root, 'examples/rotherham-boycott.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would, optionally feeding standard input. */
function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const work = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-'));

describe('newsgraph CLI', () => {
  it('builds the sample article into GEXF and JSON in one run', async () => {
    const gexf = path.join(work, 'out/sample.gexf');
    const json = path.join(work, 'out/sample.json');
    const result = await run(['build', sample, '-o', gexf, '-o', json]);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(result.code).toBe(0);
    const fromGexf = parseGexf(Graph, readFileSync(gexf, 'utf8'));
    const fromJson = Graph.from(JSON.parse(readFileSync(json, 'utf8')));
    const labels = fromJson.mapNodes((_, attributes) => attributes.label as string);
    expect(labels).toContain('South Yorkshire Police');
    expect(labels).toContain('Jason Harwin');
    expect(fromGexf.order).toBe(fromJson.order);
    expect(fromGexf.size).toBe(fromJson.size);
    expect(readFileSync(gexf, 'utf8')).toContain('version="1.3"');
    const leftovers = (await fs.readdir(path.dirname(gexf))).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('merges the same entity across articles into one node listing both sources', async () => {
    const dir = path.join(work, 'articles');
    await fs.mkdir(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), 'Bank chief resigns\n\nRobert Sinche, head of currency strategy at Bank of America, resigned on Monday.');
    writeFileSync(path.join(dir, 'b.md'), '# Bank results\n\nBank of America said profits rose in New York on Tuesday.');
    const result = await run(['build', dir, '--format', 'json', '--no-layout']);
    expect(result.code).toBe(0);
    const graph = Graph.from(JSON.parse(result.stdout));
    const bank = graph.filterNodes((_, attributes) => attributes.label === 'Bank of America');
    expect(bank).toHaveLength(1);
    expect(graph.getNodeAttribute(bank[0], 'sources')).toEqual(['a', 'b']);
  });

  it('extracts one article as contract JSON whose offsets point into the input', async () => {
    const result = await run(['extract', sample]);
    expect(result.code).toBe(0);
    const extraction = JSON.parse(result.stdout);
    const text = readFileSync(sample, 'utf8');
    expect(extraction.id).toBe('rotherham-boycott');
    expect(extraction.mentions.length).toBeGreaterThan(20);
    for (const mention of extraction.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    const ids = new Set(extraction.entities.map((entity: { id: string }) => entity.id));
    for (const relation of extraction.relations) {
      expect(ids.has(relation.subject) && ids.has(relation.object)).toBe(true);
      expect(relation.evidence[0].sentence).toBeLessThan(extraction.sentences.length);
    }
    expect(text.slice(extraction.sentences[0].start, extraction.sentences[0].end)).toBe('Police seek talks following Rotherham Muslim boycott');
  });

  it('streams JSONL: one result per input line, in order', async () => {
    const lines = [
      { id: 'one', text: 'Alan Greenspan spoke in London on Friday.' },
      { id: 'two', text: 'Nintendo said the DS will go on sale in Japan.' },
    ];
    const result = await run(['extract', '-', '--jsonl'], lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(result.code).toBe(0);
    const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((item) => item.id)).toEqual(['one', 'two']);
    expect(out[1].entities.map((entity: { label: string }) => entity.label)).toContain('Nintendo');
  });

  it('reads an article from standard input', async () => {
    const result = await run(['build', '-', '--format', 'json', '--no-layout'], 'Sony is preparing movies for the PSP, Sony said in Tokyo.');
    expect(result.code).toBe(0);
    expect(Graph.from(JSON.parse(result.stdout)).order).toBeGreaterThan(0);
  });

  it('refuses bad input with one clear line, exit 1 and nothing written', async () => {
    const empty = path.join(work, 'empty.txt');
    const binary = path.join(work, 'image.txt');
    writeFileSync(empty, '  \n');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const target = path.join(work, 'never.gexf');
    const cases: [string[], RegExp][] = [
      [['build', path.join(work, 'missing.txt'), '-o', target], /missing\.txt: no such file/],
      [['build', empty, '-o', target], /empty/],
      [['build', binary, '-o', target], /binary/],
      [['build', sample, '--format', 'xml', '-o', target], /unknown format "xml"/],
      [['build', path.join(root, 'package.json'), '-o', target], /unknown input format/],
      [['frobnicate'], /unknown command/],
      [['build', sample, '--min-confidence', '1.5', '-o', target], /--min-confidence must be a number from 0 to 1/],
      [['extract', sample, '--min-confidence', 'high'], /--min-confidence must be a number from 0 to 1/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    await expect(fs.access(target)).rejects.toThrow();
  });

  it('keeps only the surer relations with --min-confidence', async () => {
    const all = JSON.parse((await run(['extract', sample])).stdout) as { relations: { confidence: number }[] };
    const result = await run(['extract', sample, '--min-confidence', '0.5']);
    expect(result.code).toBe(0);
    const sure = JSON.parse(result.stdout) as { relations: { confidence: number }[] };
    expect(sure.relations.length).toBeGreaterThan(0);
    expect(sure.relations.length).toBeLessThan(all.relations.length);
    expect(sure.relations.every((relation) => relation.confidence >= 0.5)).toBe(true);
  });

  it('prints help for each command and exits 0', async () => {
    const result = await run(['build', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--format gexf\|json\|graphml/);
  });
});
