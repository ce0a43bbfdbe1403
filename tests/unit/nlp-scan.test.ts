/**
 * lib/nlp `scanWords` (what `tokens` and the story keys read words with) must find exactly the
 * matches of WORD_RE: checked on random text mixing the characters where the two could part
 * (apostrophes, points, commas, digits, accents, combining marks, letters and numbers outside the
 * Basic Multilingual Plane, lone surrogates) and on the seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanWords, tokens, WORD_RE } from '../../lib/nlp';

const byRegex = (s: string) => [...s.matchAll(new RegExp(WORD_RE.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
const byScan = (s: string) => {
  const out: number[][] = [];
  scanWords(s, (a, b) => out.push([a, b]));
  return out;
};

const PIECES = [
  'a', 'Z', 'q', '7', '0', "'", '’', '‘', '.', ',', ' ', '-', '\n', 'é', 'e\u0301', 'ß', 'İ', 'ǅ', 'Ⅻ', '½', '²', '٣', '中', 'ー',
  '𝒜', '𝟘', '😀', '\ud800', '\udc00', 'n\'t', "'s", '4.76', '1,200', '$', '%', '"', '“', '”', 'Ω', 'ω', 'ﬁ', '\u00a0', '\u200b',
];

describe('scanWords', () => {
  it('finds the same words as the regular expression on random text', () => {
    let seed = 12345;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20000; n++) {
      const len = 1 + Math.floor(rnd() * 14);
      let s = '';
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(rnd() * PIECES.length)]!;
      expect(byScan(s), JSON.stringify(s)).toEqual(byRegex(s));
    }
  });

  it('finds the same words as the regular expression in the seeds, and tokens() gives them folded', () => {
    const dir = join(__dirname, '../../seeds');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(byScan(text)).toEqual(byRegex(text));
    }
    expect(tokens('Café’s 4.76 million, “Bukele’s” 1,200 n’t').map((t) => t.w)).toEqual(['cafe\'s', '4.76', 'million', "bukele's", '1,200', "n't"]);
  });
});
