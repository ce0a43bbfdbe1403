/**
 * traceQuote's contract beyond the labelled set: what it reads from the corpus (the key index, never
 * every article), selections as readers make them, and the `trace` CLI command's output.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpusDir } from '../../cli/load';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { run } from '../../cli/trace';
import { extractQuotes } from '../../lib/quotes/extract';
import { cleanSelection, traceQuote } from '../../lib/quotes/trace';
import type { Article, CorpusIndex } from '../../lib/types';

let articles: Article[];
let corpus: Awaited<ReturnType<typeof openMemoryCorpus>>;

beforeAll(async () => {
  const seeds = (await loadCorpusDir('seeds')).articles;
  const extra = (await loadCorpusDir('tests/data/quotes/extra')).articles;
  articles = [...seeds, ...extra].map((a) => ({ ...a, quotes: extractQuotes(a) }));
  corpus = await openMemoryCorpus(articles);
});
afterAll(() => corpus?.close());

const seed = (p: string) => articles.find((a) => a.id.startsWith(p))!;

describe('traceQuote', () => {
  it('strips the quotation marks and spaces a selection drags along', () => {
    expect(cleanSelection('  “The only condition is straightforward: it must be everyone.”\n')).toBe(
      'The only condition is straightforward: it must be everyone.',
    );
  });

  it('refuses a selection of fewer than two words, with a reason', async () => {
    await expect(traceQuote('“Bukele”', corpus)).rejects.toThrow(/at least two words/);
  });

  it('reads candidates through the key index, not every article', async () => {
    const asked: string[] = [];
    const spy: CorpusIndex = {
      candidates: (keys, limit) => corpus.candidates(keys, limit),
      keyCounts: (keys) => corpus.keyCounts(keys),
      count: () => corpus.count(),
      getMany: (ids) => {
        asked.push(...ids);
        return corpus.getMany(ids);
      },
      findSame: (a) => corpus.findSame(a),
    };
    // Two candidates per key query: the same-story articles rank first by shared keys.
    const t = await traceQuote('The choice is painful, but it is the only honest one.', spy, { from: articles.find((a) => a.id === 'e01_riverton_ledger'), limit: 2 });
    expect(t.occurrences.map((o) => o.id).sort()).toEqual(['e02_valley_post', 'e03_metro_wire', 'e03_metro_wire']);
    expect(new Set(asked).size).toBeLessThan(articles.length);
    expect(asked.filter((id) => /^00\d_/.test(id))).toEqual([]);
  });

  it('without the selection’s article, lists every article carrying it, its own included', async () => {
    const t = await traceQuote('The only condition is straightforward: it must be everyone.', corpus);
    expect(t.speaker).toBe('Nayib Bukele');
    const ids = t.occurrences.map((o) => o.id.slice(0, 3));
    expect(ids.slice(0, 2).sort()).toEqual(['000', '003']);
    expect(t.occurrences.slice(0, 2).map((o) => o.kind)).toEqual(['exact', 'exact']);
    expect(new Set(ids)).toEqual(new Set(['000', '001', '002', '003', '004']));
  });

  it('a part of a quote finds the quote it belongs to, trimmed to that quote', async () => {
    const t = await traceQuote('a much larger pool of sources should only reinforce the claim', corpus, { from: seed('000') });
    const o003 = t.occurrences.find((o) => o.id.startsWith('003'))!;
    expect(o003.kind).toBe('exact');
    expect(o003.text).toBe('Surely, if these testimonies reflect a systemic reality, a much larger pool of sources should only reinforce the claim, and many governments should be eager to offer protection.');
    expect(seed('003').units[o003.i]!.text).toContain(o003.text);
  });

  it('reported speech is a paraphrase', async () => {
    const t = await traceQuote(
      'This would also greatly assist journalists and your favorite NGOs, who would then have thousands of former inmates available for interviews',
      corpus,
      { from: seed('003') },
    );
    const o001 = t.occurrences.find((o) => o.id.startsWith('001'))!;
    expect(o001.kind).toBe('paraphrase');
    expect(o001.text).toMatch(/^such a move would also benefit journalists/);
  });

  it('an unrelated quote sharing common words is not an occurrence', async () => {
    // The coach's "The only condition is that everyone must show up on time" shares "the only
    // condition is", "everyone" and "must" with Bukele's quote.
    const t = await traceQuote('The only condition is straightforward: it must be everyone.', corpus, { from: seed('003') });
    expect(t.occurrences.map((o) => o.id)).not.toContain('e04_harbor_sports');
    const back = await traceQuote('The only condition is that everyone must show up on time', corpus, { from: articles.find((a) => a.id === 'e04_harbor_sports') });
    expect(back.occurrences).toEqual([]);
    expect(back.speaker).toBe('Maria Lopez');
  });
});

describe('trace CLI', () => {
  async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    try {
      const code = await run(argv);
      return { code, out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  }

  it('--json prints exactly one JSON document with the contract fields', async () => {
    const r = await cli(['The only condition is straightforward: it must be everyone.', '--corpus', 'seeds', '--from', 'seeds/003_38879e5049cf1087.txt', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.quote).toBe('The only condition is straightforward: it must be everyone.');
    expect(doc.speaker).toBe('Nayib Bukele');
    expect(doc.occurrences.map((o: { id: string }) => o.id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '004']);
    for (const o of doc.occurrences) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['id', 'outlet', 'date', 'text', 'kind', 'score', 'diff', 'i', 'title', 'url']));
      expect(['exact', 'variant', 'paraphrase']).toContain(o.kind);
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
    expect(doc.origin).toEqual({ id: '002_ad7da8ead634a3f9', date: '2025-12-23', primary: expect.stringContaining('We stand ready') });
  });

  it('without --json prints a readable listing, and says plainly when the quote is nowhere else', async () => {
    const r = await cli(['the handcuffs were so tight that they caused injuries to our ankles', '--corpus', 'seeds', '--from', 'seeds/002_ad7da8ead634a3f9.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Speaker: Andry Blanco');
    expect(r.out).toContain('This quote appears nowhere else in the corpus.');
  });

  it('usage errors exit 2, unreadable inputs exit 1, with a reason', async () => {
    expect((await cli(['--corpus', 'seeds'])).code).toBe(2);
    expect((await cli(['some words here'])).code).toBe(2);
    const missing = await cli(['some words here', '--corpus', 'no/such/dir']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/not found/);
    const badFrom = await cli(['some words here', '--corpus', 'seeds', '--from', 'no/such/file.txt']);
    expect(badFrom.code).toBe(1);
    expect(badFrom.err).toMatch(/cannot read --from/);
  });
});
