/** `parallax compare ARTICLE_FILE --corpus DIR [--json]`: the contract of issue 3. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/compare';
import { captureRun } from './dom-helpers';
import { buildView } from '../../lib/sidebar/view';

const capture = (argv: string[]) => captureRun(run, argv);

afterEach(() => vi.restoreAllMocks());

describe('compare --json', () => {
  it('prints exactly one JSON document with the fields of the contract', async () => {
    const { code, out } = await capture(['seeds/003_38879e5049cf1087.txt', '--corpus', 'seeds', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out); // throws if there is anything but one JSON document
    expect(Object.keys(doc.article)).toEqual(expect.arrayContaining(['id', 'title', 'outlet', 'date', 'url', 'units']));
    expect(doc.article.id).toBe('003_38879e5049cf1087');
    expect(doc.article.units[0]).toEqual(expect.objectContaining({ i: 0, text: expect.any(String), coveredBy: expect.any(Array) }));
    expect(doc.related).toHaveLength(4);
    for (const r of doc.related) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'title', 'outlet', 'date', 'url', 'score', 'relation', 'copied', 'units']));
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(['same-story', 'near-copy']).toContain(r.relation);
      expect(r.units[0]).toEqual(expect.objectContaining({ i: 0, text: expect.any(String), matches: expect.any(Array) }));
    }
    expect(doc.related.find((r: { id: string }) => r.id === '000_14712938aead5b0e').relation).toBe('near-copy');
    expect(doc.added[0]).toEqual(expect.objectContaining({ text: expect.any(String), sources: expect.any(Array) }));
    expect(doc.leftOut[0]).toEqual(expect.objectContaining({ i: expect.any(Number), text: expect.any(String), missingFrom: expect.any(Array) }));
    expect(Array.isArray(doc.conflicts)).toBe(true);
  });

  it('reads a readable report without --json', async () => {
    const { code, out } = await capture(['seeds/002_ad7da8ead634a3f9.txt', '--corpus', 'seeds']);
    expect(code).toBe(0);
    expect(out).toMatch(/What others ADDED/);
    expect(out).toMatch(/CONFLICTS \(\d+\)/);
    // The seeds translate Bukele's post: outlets put different words in his mouth (lib/engine/conflicts.ts).
    expect(out).toMatch(/! quote: “/);
  });

  it('marks a figure conflict that names no owner on both sides as one to check, as the panel does', async () => {
    // The harbor story's outlets count the injured crew differently, and neither sentence names whose count it is.
    const argv = ['tests/data/engine/harbor/h3_tribune.md', '--corpus', 'tests/data/engine/harbor'];
    const report = JSON.parse((await capture([...argv, '--json'])).out);
    const crew = report.conflicts.find((c: { about: string }) => /Two vs Three/.test(c.about));
    expect(crew.check).toBe(true);
    const { out } = await capture(argv);
    expect(out).toMatch(/^  \? check, different figures, maybe not of one thing: number: Two vs Three$/m);
    expect(out).not.toMatch(/^  ! number: Two vs Three/m);
  });

  it('lists as SHARED the facts the side panel lists, not one only a near-copy of this article tells', async () => {
    // Seed 003 is a near-copy of 000; its sentence #14 is told elsewhere only by 000.
    const argv = ['seeds/003_38879e5049cf1087.txt', '--corpus', 'seeds'];
    const report = JSON.parse((await capture([...argv, '--json'])).out);
    const panel = buildView(report).shared;
    const { out } = await capture(argv);
    const section = out.slice(out.indexOf('SHARED'));
    expect(section).toMatch(new RegExp(`^SHARED with other outlets \\(${panel.length}\\):`));
    expect([...section.matchAll(/^  = #(\d+) /gm)].map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual(panel.map((f) => f.i).sort((a, b) => a - b));
    expect(report.shared.some((f: { i: number }) => f.i === 14)).toBe(true);
    expect(section).not.toMatch(/^  = #14 /m);
    expect(section).toMatch(/1 more told elsewhere only by near-copies of this article/);
    expect(out.slice(out.indexOf('What others LEFT OUT'), out.indexOf('CONFLICTS'))).toMatch(/^  - #14 /m);
  });

  it('says what is wrong with bad input', async () => {
    expect((await capture(['nope.txt', '--corpus', 'seeds'])).err).toMatch(/no such file/);
    expect((await capture(['seeds/000_14712938aead5b0e.txt'])).code).toBe(2);
    const missing = await capture(['seeds/000_14712938aead5b0e.txt', '--corpus', 'does-not-exist']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/not found/);
  });
});
