/**
 * shared35: a Shared card's count weighs how sure each listed outlet is (lib/engine/rank.ts `sureShared`). A listed
 * sentence that is only a loose match (low similarity with the card's sentence) may be another fact about the same
 * people, so its outlet counts as less than one when the card is ranked; a word-for-word telling counts nearly one.
 * A story written for the test: the Courier, the Ledger and the Post on a ferry service cut.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { rankReport, sureShared } from '../../lib/engine/rank';
import type { Article, Report, SharedFact } from '../../lib/types';
import { article } from './store-helpers';

const COURIER = [
  'The island ferry will stop its winter night crossings from November, the operator said on Monday.',
  'Harbour traders said the last boat had carried most of their evening customers.',
  'The operator blamed a shortage of trained deck crew for the cut.',
  'A petition against the cut had gathered two thousand names by Monday evening.',
];
const LEDGER = [
  'From November the island ferry will no longer run its winter night crossings, its operator announced Monday.',
  'Traders at the harbour said the late boat had brought most of their evening trade.',
  'The operator also plans to repaint the older of its two boats next spring.',
];
const POST = ['The island ferry operator said on Monday that it will stop winter night crossings from November.'];

/** The Courier's report, before ranking, with the shared cards given. */
function report(shared: SharedFact[]): Report {
  const rel = (id: string, outlet: string, units: string[]) => ({
    id, title: outlet, outlet, sourceKey: outlet.toLowerCase(), date: null, url: null, score: 0.8, relation: 'same-story' as const,
    copied: { ofThis: 0, ofThat: 0 }, units: units.map((text, i) => ({ i, text, matches: [] })),
  });
  return {
    article: { id: 'courier', title: 'Ferry', outlet: 'Courier', sourceKey: 'courier', date: null, url: null, units: COURIER.map((text, i) => ({ i, text, coveredBy: [] })) },
    related: [rel('ledger', 'Ledger', LEDGER), rel('post', 'Post', POST)],
    shared,
    added: [],
    leftOut: [],
    conflicts: [],
  };
}

describe('a Shared card whose listed outlet is a weak match does not count it as a sure outlet', () => {
  it('the traders\' line, told nearly word for word by the Ledger, ranks above the crew line the Ledger matches only loosely', () => {
    // Both sentences carry the same features (no figure, quote, consequence or name) and are listed for the one
    // Ledger. Here the crew line stands first in the article (unit 1), so by care alone it ranks first; but the
    // Ledger's sentence listed for it (a plan to repaint a boat) shares only "the operator": a weak match.
    const crew: SharedFact = { i: 1, text: COURIER[2]!, sources: [{ id: 'ledger', i: 2, s: 0.16 }], count: 2, total: 3 };
    const traders: SharedFact = { i: 2, text: COURIER[1]!, sources: [{ id: 'ledger', i: 1, s: 0.62 }], count: 2, total: 3 };
    const ranked = rankReport(report([crew, traders]));
    expect(ranked.shared.map((f) => f.text)).toEqual([COURIER[1], COURIER[2]]);
    // The count shown is not changed: each card still says in 2 of 3.
    expect(ranked.shared.map((f) => f.count)).toEqual([2, 2]);
    // Without the similarities (care alone) the order is the article's: the weak match is what moves it.
    const bare = (f: SharedFact): SharedFact => ({ ...f, sources: f.sources.map(({ id, i }) => ({ id, i })) });
    expect(rankReport(report([bare(crew), bare(traders)])).shared.map((f) => f.text)).toEqual([COURIER[2], COURIER[1]]);
  });

  it('a weak match counts for less than a close one, and never for more than one outlet', () => {
    const card = (s: number): SharedFact => ({ i: 0, text: COURIER[0]!, sources: [{ id: 'ledger', i: 0, s }], count: 2, total: 3 });
    const keyOf = (id: string) => id;
    expect(sureShared(card(0.15), keyOf, 'courier')).toBeLessThan(sureShared(card(0.6), keyOf, 'courier'));
    expect(sureShared(card(0.6), keyOf, 'courier')).toBeLessThan(2);
    expect(sureShared(card(0.15), keyOf, 'courier')).toBeGreaterThan(1);
    // Two sentences of one outlet count once, at the better one.
    const two: SharedFact = { ...card(0.15), sources: [{ id: 'ledger', i: 0, s: 0.15 }, { id: 'ledger', i: 1, s: 0.6 }] };
    expect(sureShared(two, keyOf, 'courier')).toBeCloseTo(sureShared(card(0.6), keyOf, 'courier'), 12);
  });

  it('a report without similarities (an older one) ranks as before: each listed outlet counts as one', () => {
    const f: SharedFact = { i: 0, text: COURIER[0]!, sources: [{ id: 'ledger', i: 0 }, { id: 'post', i: 0 }], count: 3, total: 3 };
    expect(sureShared(f, (id) => id, 'courier')).toBe(3);
  });
});

describe('the engine gives each listed sentence of a Shared card its similarity with the card', () => {
  it('the ferry cut told by the Ledger and the Post: every source carries s in (0, 1]', async () => {
    const art = (id: string, outlet: string, units: string[]): Article =>
      article({ id, text: units.join(' '), title: 'Island ferry cuts winter night crossings', outlet, url: `https://${outlet.toLowerCase()}.example/ferry` });
    const all = [art('courier', 'Courier', COURIER), art('ledger', 'Ledger', LEDGER), art('post', 'Post', POST)];
    const r = await compareArticle(all[0]!, new MemoryIndex(all));
    const lead = r.shared.find((f) => f.i === 0);
    expect(lead).toBeDefined();
    for (const f of r.shared) for (const s of f.sources) {
      expect(s.s).toBeGreaterThan(0);
      expect(s.s).toBeLessThanOrEqual(1);
    }
  });
});
