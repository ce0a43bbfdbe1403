/** `parallax pairs FILE.jsonl --json`: the pair decision on sentence pairs (issue 8, item 7). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/pairs';
import { align, DEFAULT_ALIGN, decidePairs, weigh } from '../../lib/engine/align';
import { Idf, unitFeatures } from '../../lib/engine/features';
import { captureRun } from './dom-helpers';

const capture = (argv: string[]) => captureRun(run, argv);
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'parallax-pairs-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

const GOOD = [
  { id: 'same', a: 'The harbor master closed the shipping channel for 48 hours on Tuesday.', b: 'On Tuesday the shipping channel was closed for 48 hours by the harbor master.' },
  { id: 7, a: 'Lisa Page left the bureau earlier this year.', b: 'Strzok subsequently joined the Mueller team, but left the team after the messages were discovered.' },
  { id: 'other', a: 'Shares of the company fell 5 percent after the announcement.', b: 'The museum will reopen to visitors next spring after renovations.' },
];

describe('pairs --json', () => {
  it('prints exactly {"pairs":[{"id","score","same"}]}, one row per line, in order', async () => {
    const { code, out, err } = await capture([file('good.jsonl', GOOD.map((g) => JSON.stringify(g))), '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['pairs']);
    expect(doc.pairs.map((p: { id: unknown }) => p.id)).toEqual(['same', 7, 'other']);
    for (const p of doc.pairs) {
      expect(Object.keys(p)).toEqual(['id', 'score', 'same']);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(typeof p.same).toBe('boolean');
    }
    expect(doc.pairs.map((p: { same: boolean }) => p.same)).toEqual([true, false, false]);
    // The score ranks: the reworded fact above the two facts about other people, and it is the
    // engine's similarity of the library call, rounded to 6 places.
    const [same, seven, other] = doc.pairs.map((p: { score: number }) => p.score);
    expect(same).toBeGreaterThan(seven);
    expect(same).toBeGreaterThan(other);
    expect(doc.pairs.map((p: { score: number }) => p.score)).toEqual(decidePairs(GOOD.map((g) => [g.a, g.b] as const)).map((d) => Number(d.score.toFixed(6))));
  });

  it('gives the decision the report makes: a pair it calls the same fact aligns inside an article pair, one it calls different does not', async () => {
    const { out } = await capture([file('good2.jsonl', GOOD.map((g) => JSON.stringify(g))), '--json']);
    const doc = JSON.parse(out);
    expect(doc.pairs.map((p: { same: boolean }) => p.same)).toEqual(decidePairs(GOOD.map((g) => [g.a, g.b] as const)).map((d) => d.same));
    // The same sentences as two three-unit articles: align() pairs exactly the pair called the same fact.
    const feats = (xs: string[]) => xs.map((text, i) => unitFeatures({ i, text, p: i, start: 0, end: text.length, kind: 'body' }));
    const fa = feats(GOOD.map((g) => g.a));
    const fb = feats(GOOD.map((g) => g.b));
    const w = new Idf().addAll([...fa, ...fb].map((f) => f.words));
    const g = new Idf().addAll([...fa, ...fb].map((f) => f.grams));
    const al = align(fa.map((f) => weigh(f, w, g)), fb.map((f) => weigh(f, w, g)), DEFAULT_ALIGN);
    expect(al.matches.map((m) => `${m.a}-${m.b}`)).toEqual(['0-0']);
  });

  it('names each bad line on stderr, prints nothing on stdout and exits 1', async () => {
    const p = file('bad.jsonl', [JSON.stringify(GOOD[0]), '{"id":"x","a":"only one sentence"}', 'not json', '', '[1,2]', '{"id":{},"a":"x","b":"y"}']);
    const { code, out, err } = await capture([p, '--json']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${p}:2: missing "b"`);
    expect(err).toContain(`${p}:3: not JSON`);
    expect(err).toContain(`${p}:5: expected an object`);
    expect(err).toContain(`${p}:6: "id" must be`);
    expect(err).not.toContain(`${p}:1:`);
    expect(err).not.toContain(`${p}:4:`);
  });

  it('a sentence with no words states no fact: an empty pair is not the same fact', async () => {
    const { code, out } = await capture([file('empty.jsonl', ['{"id":"e","a":"","b":""}', '{"id":"f","a":"—","b":"Shares fell."}']), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).pairs).toEqual([
      { id: 'e', score: 0, same: false },
      { id: 'f', score: 0, same: false },
    ]);
  });

  it('a missing file or no file is an error, not a crash', async () => {
    expect((await capture([join(dir, 'nope.jsonl'), '--json'])).code).toBe(1);
    expect((await capture(['--json'])).code).toBe(2);
  });
});
