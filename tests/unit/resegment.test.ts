import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { ingestFile, resegment } from '../../lib/ingest';
import { indexKeys } from '../../lib/engine/keys';
import type { Article, Unit } from '../../lib/types';

const TEXT = [
  'Shutdown Talks Stall in the Senate',
  '',
  'Senate Minority Leader Chuck Schumer (D-N.Y.), speaking on the Senate floor, said the bill would fail. "We will not vote for a wall," he said.',
  '',
  'Sen. Lindsey Graham, R-S.C., had also said a deal was close.',
].join('\n');

/** The same article as an older splitter stored it: cut after "D-N." and after "R-S.". */
function oldCut(a: Article): Article {
  const units: Unit[] = [];
  for (const u of a.units) {
    const m = /(?:D-N\.|R-S\.)/.exec(u.text);
    if (!m) {
      units.push({ ...u, i: units.length });
      continue;
    }
    const cut = m.index + m[0].length;
    units.push({ ...u, i: units.length, text: u.text.slice(0, cut), end: u.start + cut });
    units.push({ ...u, i: units.length, text: u.text.slice(cut).trimStart(), start: u.start + cut + (u.text.slice(cut).length - u.text.slice(cut).trimStart().length) });
  }
  return { ...a, units, quotes: [] };
}

describe('resegment: stored articles cut again by today\'s segmenter', () => {
  const fresh = ingestFile({ name: 'shutdown.txt', content: TEXT }).articles[0]!;

  it('joins units an older splitter cut inside "D-N.Y." and "R-S.C." and finds the quotes again', () => {
    const stale = oldCut(fresh);
    expect(stale.units.some((u) => u.text.endsWith('(D-N.'))).toBe(true);
    const rebuilt = resegment(stale);
    expect(rebuilt.units.map((u) => u.text)).toEqual(fresh.units.map((u) => u.text));
    expect(rebuilt.units.every((u) => rebuilt.text.slice(u.start, u.end) === u.text)).toBe(true);
    expect(rebuilt.quotes.map((q) => q.text)).toEqual(fresh.quotes.map((q) => q.text));
    expect(rebuilt.quotes.length).toBeGreaterThan(0);
  });

  it('keeps a heading a heading, and returns the article itself when nothing changed', () => {
    expect(resegment(fresh)).toBe(fresh);
    const withHeading = { ...fresh, units: fresh.units.map((u) => (u.p === 0 ? { ...u, kind: 'heading' as const } : u)) };
    const again = resegment(oldCut(withHeading));
    expect(again.units.filter((u) => u.p === 0).map((u) => u.kind)).toEqual(['heading']);
  });
});

describe('Corpus.reindex after the segmenter changed', () => {
  it('cuts a stored article again from its text, so the corpus matches a page read today', async () => {
    const fresh = ingestFile({ name: 'shutdown.txt', content: TEXT }).articles[0]!;
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert([fresh]);
    // What an older version left in the database: units cut inside "D-N.Y.", no quotes, old key version.
    await c.db.articles.update(fresh.id, { units: oldCut(fresh).units, quotes: [], keysVersion: 0 });
    await c.db.summaries.update(fresh.id, { keysVersion: 0 });
    expect((await c.get(fresh.id))!.units.some((u) => u.text.endsWith('(D-N.'))).toBe(true);
    expect(await c.reindex()).toBe(1);
    const after = (await c.get(fresh.id))!;
    expect(after.units.map((u) => u.text)).toEqual(fresh.units.map((u) => u.text));
    expect(after.quotes.map((q) => q.speaker)).toEqual(fresh.quotes.map((q) => q.speaker));
    c.close();
  });

  it('keys the quotes found again, so tracing a quote finds the article after a reindex', async () => {
    // Long enough that the quote's words are not among the article's salient stems: only the quote
    // keys make a trace of it find this article.
    const long = [
      'Budget Talks Resume in the Capital',
      '',
      'Negotiators from both chambers met on Tuesday to discuss appropriations for agriculture, defense, education, energy, housing, transportation, veterans, justice, commerce and science.',
      '',
      'Analysts expected lengthy hearings because committee chairs disagreed about highway maintenance, rural broadband, airport security, wildfire prevention, coastal erosion and pharmaceutical pricing.',
      '',
      'Several governors wrote letters urging lawmakers to protect disaster relief, school lunches, public libraries, community hospitals, water treatment plants and tribal programs.',
      '',
      '"Nobody gets a pony until the ledger balances," Senator Marisol Quintana said.',
    ].join('\n');
    const fresh = ingestFile({ name: 'budget.txt', content: long }).articles[0]!;
    const want = indexKeys(fresh);
    const quoteOnly = want.filter((k) => !indexKeys({ ...fresh, quotes: [] }).includes(k));
    expect(quoteOnly.length).toBeGreaterThan(0); // the case the test is about
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert([fresh]);
    // An older version stored it with no quotes found and an old key version.
    await c.db.articles.update(fresh.id, { units: oldCut(fresh).units, quotes: [], keys: indexKeys({ ...fresh, quotes: [] }), keysVersion: 0 });
    await c.db.summaries.update(fresh.id, { keysVersion: 0 });
    expect(await c.reindex()).toBe(1);
    const stored = await c.db.articles.get(fresh.id);
    expect(stored!.keys).toEqual([...new Set(want)]);
    c.close();
  });
});
