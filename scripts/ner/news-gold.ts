/**
 * Our annotated BBC articles as extra recogniser training data. CoNLL-2003 is Reuters of 1996; the
 * product reads today's news, where titles of shows and songs, channels ("Channel 4") and coined names
 * are common. Each gold file lists the entities of its article with their names and aliases; they are
 * found in the article's sentences as tokenised by the product, and a sentence is kept only when every
 * capitalised word in it belongs to a listed name or is one CoNLL-2003 leaves untagged (a sentence's
 * first word, a title, a month or weekday), so a name the annotator did not list never teaches "no
 * name". A gold file's `excluded` names are no help: they are names that must not become nodes (the
 * BBC in page furniture) as often as words that are no names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../src/clean/clean';
import { parseGold } from '../../src/eval/gold';
import { readArticle } from '../../src/input/article';
import { nominalTypes } from '../../src/mentions/references';
import { isRoleNoun, isTitleWord } from '../../src/mentions/titles';
import { CLASSES } from '../../src/ner/tags';
import { segment, sentenceWords } from '../../src/segment/segment';
import type { ConllSentence } from './conll';
import { DATE_WORD } from './conll04';

const CLASS: Record<string, number> = {
  PERSON: CLASSES.indexOf('PER'),
  ORGANIZATION: CLASSES.indexOf('ORG'),
  LOCATION: CLASSES.indexOf('LOC'),
};
const MISC = CLASSES.indexOf('MISC');
/** Lower-case words a name may hold ("Lord of the Rings", "Bank of England"). */
const LINKS = new Set(['of', 'the', 'and', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'for', 'in', 'on', 'to', 'a', '&']);

const capitalised = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);

/**
 * A name's words as the product tokenises them, without a leading "the" and, for a person, without the
 * titles and roles before the name ("Mr Yang" is "Yang", "Labour MP Sarah Champion" is "Sarah Champion"),
 * as CoNLL-2003 tags them.
 */
function nameTokens(name: string, person: boolean): string[] | undefined {
  let words = sentenceWords(segment(name)).flat();
  while (words.length > 1 && /^the$/i.test(words[0])) words = words.slice(1);
  if (person) {
    const role = words.slice(0, -1).findLastIndex((word) => isTitleWord(word) || isRoleNoun(word));
    words = words.slice(role + 1);
  }
  if (!words.length || !capitalised(words[0]) || !capitalised(words[words.length - 1])) return undefined;
  // "the web portal" is a reference, not a name.
  return words.every((word) => capitalised(word) || LINKS.has(word.toLowerCase()) || /^['’]s$/.test(word)) ? words : undefined;
}

/** One article's fully labelled sentences. */
export function goldArticleSentences(text: string, goldJson: unknown, source: string): ConllSentence[] {
  const gold = parseGold(goldJson, source);
  const names: { tokens: string[]; cls: number }[] = [];
  for (const entity of gold.entities) {
    const cls = CLASS[entity.type] ?? MISC;
    for (const name of [entity.name, ...entity.aliases]) {
      const tokens = nameTokens(name, entity.type === 'PERSON');
      // "Police" opening a sentence is the nominal "police", which the recogniser must not learn as a name.
      if (tokens && !(name !== entity.name && tokens.length === 1 && nominalTypes(tokens[0]))) names.push({ tokens, cls });
    }
  }
  names.sort((a, b) => b.tokens.length - a.tokens.length);
  const sentences: ConllSentence[] = [];
  for (const tokens of sentenceWords(segment(clean(readArticle(text, 'txt').text).text))) {
    const spans: ConllSentence['spans'] = [];
    const covered = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const name = names.find((candidate) => candidate.tokens.every((word, k) => tokens[i + k] === word));
      if (!name) continue;
      const end = i + name.tokens.length;
      if (covered.subarray(i, end).some(Boolean)) continue;
      covered.fill(1, i, end);
      spans.push({ start: i, end, cls: name.cls });
    }
    const complete = tokens.every((word, i) => covered[i] || i === 0 || !capitalised(word) || /^\d/.test(word) || DATE_WORD.test(word) || word === 'I' || isTitleWord(word));
    // The first word may itself be an unlisted name ("Smith said"): keep it only when it is a plain word.
    const first = tokens[0] ?? '';
    if (complete && spans.length > 0 && (covered[0] || !capitalised(first) || /^(?:The|A|An|But|And|In|It|He|She|They|This|That|However|Meanwhile|Mr|Mrs|Ms|Dr)$/.test(first))) {
      sentences.push({ tokens, spans: spans.sort((a, b) => a.start - b.start) });
    }
  }
  return sentences;
}

/** The fully labelled sentences of every gold file in these directories, one document per article. */
export function readNewsGoldTraining(dirs: readonly string[]): ConllSentence[][] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.gold.json'))
      .sort()
      .map((name) => {
        const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string };
        return goldArticleSentences(readFileSync(join(dir, json.text), 'utf8'), json, name);
      })
      .filter((sentences) => sentences.length > 0),
  );
}
