/**
 * The comparison engine as a reader meets it: what others added, left out, contradicted; which
 * article is a near-copy; which articles are the same story at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { compareArticle, findRelated, MemoryIndex } from '../../lib/engine';
import { figureConflict } from '../../lib/engine/align';
import { quantities } from '../../lib/nlp';
import { traceQuote } from '../../lib/quotes/trace';
import type { Article, Report } from '../../lib/types';
import { byPrefix, loadSet, loadZyte, mixedArticles, ZYTE_DIR } from '../data/engine/fixtures';

let seeds: Article[];
let harbor: Article[];
let distractors: Article[];
beforeAll(async () => {
  seeds = await loadSet('seeds');
  harbor = await loadSet('harbor');
  distractors = await loadSet('distractors');
});

const addedText = (r: Report) => r.added.map((a) => a.text);
const hasAdded = (r: Report, re: RegExp) => r.added.find((a) => re.test(a.text));

describe('reading seed 003 (Fox News), with the five seeds in the store', () => {
  let r: Report;
  beforeAll(async () => {
    const corpus = await openMemoryCorpus(seeds);
    r = await compareArticle(byPrefix(seeds, '003'), corpus);
    corpus.close();
  });

  it('relates the four other seeds, never itself', () => {
    expect(r.related.map((a) => a.id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '004']);
    expect(r.related.every((a) => a.score > 0 && a.score <= 1)).toBe(true);
  });

  it('others added the 454 deaths, the $4.76 million payment, the pulled 60 Minutes segment and the ProPublica co-production', () => {
    for (const re of [/454 Salvadorans/, /\$4\.76 million/, /60 Minutes/, /ProPublica/]) {
      expect(hasAdded(r, re), `${re} not in added:\n${addedText(r).join('\n')}`).toBeTruthy();
    }
  });

  it('the 60 Minutes segment, told by two outlets, appears once with both sources', () => {
    const items = r.added.filter((a) => a.sources.some((s) => /60 Minutes|“60 Minutes”/.test(unitText(s.id, s.i))));
    expect(items).toHaveLength(1);
    expect(items[0]!.sources.map((s) => s.id.slice(0, 3)).sort()).toEqual(['002', '004']);
  });

  it("others left out the federal judge's due-process order; the near-copy 000 did not", () => {
    const judge = r.leftOut.find((f) => /federal judge/.test(f.text) && /due process/.test(f.text));
    expect(judge).toBeTruthy();
    // 002's "legal battle since March … despite a court order" shares the actors and the month with
    // the judge's order, not the order itself: 002 left it out too.
    expect(judge!.missingFrom.map((id) => id.slice(0, 3))).toEqual(expect.arrayContaining(['001', '002', '004']));
    expect(r.article.units[judge!.i]!.coveredBy.some((id) => id.startsWith('002'))).toBe(false);
    expect(judge!.missingFrom.some((id) => id.startsWith('000'))).toBe(false);
    expect(r.article.units[judge!.i]!.coveredBy.map((id) => id.slice(0, 3))).toContain('000');
  });

  it('000 is a near-copy of 003, with the share copied each way; the others are not', () => {
    const nc = r.related.find((a) => a.id.startsWith('000'))!;
    expect(nc.relation).toBe('near-copy');
    expect(nc.copied.ofThis).toBeGreaterThan(0.5);
    expect(nc.copied.ofThat).toBeGreaterThan(0.5);
    for (const a of r.related.filter((x) => !x.id.startsWith('000'))) {
      expect(a.relation).toBe('same-story');
      expect(Math.max(a.copied.ofThis, a.copied.ofThat)).toBeLessThan(0.5);
    }
  });

  it('every item points to real units (article id + unit index + the unit text)', () => {
    const all = new Map(seeds.map((a) => [a.id, a]));
    for (const f of r.added) for (const s of f.sources) expect(all.get(s.id)!.units[s.i]).toBeTruthy();
    for (const f of r.added) expect(unitText(f.sources[0]!.id, f.sources[0]!.i)).toBe(f.text);
    for (const f of r.leftOut) expect(r.article.units[f.i]!.text).toBe(f.text);
    for (const rel of r.related) for (const u of rel.units) expect(all.get(rel.id)!.units[u.i]!.text).toBe(u.text);
    for (const f of r.shared) {
      for (const s of f.sources) {
        const u = r.related.find((x) => x.id === s.id)!.units[s.i]!;
        expect(s.told === 'differently' ? u.reworded : u.matches).toContain(f.i);
      }
    }
  });

  it('reports no conflict where no outlet disagrees (three men and 200 deportees are different facts)', () => {
    // Figures: none. (The seeds' translations of Bukele's post are quote-wording conflicts: tests/unit/conflicts-quotes.test.ts.)
    expect(r.conflicts.filter((c) => c.kind !== 'quote')).toEqual([]);
  });

  it('counts sources: an unknown outlet counts per article, a near-copy with what it copies ("in N of 4 outlets")', () => {
    // 003, 001, 002, 004; 000 is a near-copy of 003 (the article read) and counts with it.
    expect(r.shared.length).toBeGreaterThan(5);
    for (const f of r.shared) {
      expect(f.total).toBe(4);
      expect(f.count).toBe(1 + new Set(f.sources.map((s) => s.id).filter((id) => !id.startsWith('000'))).size);
    }
    expect(r.related.find((a) => a.id.startsWith('000'))!.copyOf).toBe(r.article.id);
  });
});

function unitText(id: string, i: number): string {
  return [...seeds, ...harbor].find((a) => a.id === id)!.units[i]!.text;
}

describe('reading seed 002 (a translation from Spanish)', () => {
  let r: Report;
  beforeAll(async () => {
    r = await compareArticle(byPrefix(seeds, '002'), new MemoryIndex(seeds));
  });

  it('nobody else has the handcuff testimony', () => {
    const f = r.leftOut.find((x) => /handcuffs were so tight/.test(x.text));
    expect(f).toBeTruthy();
    expect(f!.missingFrom).toHaveLength(4);
    expect(r.article.units[f!.i]!.coveredBy).toEqual([]);
  });

  it('"hundreds" vs "more than 200" Venezuelans is no conflict (both can be true) and not a miss: 004 tells it', () => {
    const unit = r.article.units.find((u) => /hundreds of Venezuelans/.test(u.text))!;
    expect(unit).toBeTruthy();
    expect(r.conflicts.filter((x) => x.here.i === unit.i && /hundreds/.test(x.about)), JSON.stringify(r.conflicts)).toEqual([]);
    const left = r.leftOut.find((x) => x.i === unit.i);
    expect(left?.missingFrom.some((id) => id.startsWith('004')) ?? false).toBe(false);
  });

  it('the embedded post (a primary source) is content: its cooperation quote is matched', () => {
    const embed = byPrefix(seeds, '002').units.find((u) => u.kind === 'embed' && /torture is taking place/.test(u.text));
    expect(embed).toBeTruthy();
    expect(r.article.units[embed!.i]!.coveredBy.length).toBeGreaterThan(0);
  });
});

describe('headings are not facts', () => {
  it('a heading is never reported as left out or added', async () => {
    const r = await compareArticle(byPrefix(seeds, '004'), new MemoryIndex(seeds));
    const headings = byPrefix(seeds, '004').units.filter((u) => u.kind === 'heading').map((u) => u.i);
    expect(headings.length).toBeGreaterThan(0);
    for (const i of headings) expect(r.leftOut.some((f) => f.i === i)).toBe(false);
    const fromHeadings = r.added.flatMap((a) => a.sources).filter((s) => seeds.find((x) => x.id === s.id)!.units[s.i]!.kind === 'heading');
    expect(fromHeadings).toEqual([]);
  });
});

describe('an all-caps promo headline left in the body', () => {
  it('does not count as carrying the fact: the pulled 60 Minutes segment is still added', async () => {
    const a = byPrefix(seeds, '003');
    const promo = "'60 MINUTES' POSTPONES SEGMENT ON MIGRANT INMATES FROM EL SALVADOR'S CECOT PRISON";
    const text = `${a.text}\n\n${promo}`;
    const unit = { i: a.units.length, text: promo, p: a.units[a.units.length - 1]!.p + 1, start: text.length - promo.length, end: text.length, kind: 'body' as const };
    const withPromo: Article = { ...a, id: 'fox-with-promo', hash: 'fox-with-promo', url: null, text, units: [...a.units, unit] };
    const r = await compareArticle(withPromo, new MemoryIndex(seeds.filter((s) => s.id !== a.id)));
    expect(r.added.some((f) => /60 Minutes/.test(f.text))).toBe(true);
    expect(r.article.units[unit.i]!.fact).toBe(false);
    expect(r.leftOut.some((f) => f.i === unit.i)).toBe(false);
  });
});

describe('the same article already in the corpus', () => {
  it('under another id but the same URL or the same text, it is not compared with itself', async () => {
    const a = byPrefix(seeds, '003');
    const twin = { ...a, id: 'copy-of-003' };
    const r = await compareArticle(twin, new MemoryIndex(seeds));
    expect(r.related.map((x) => x.id)).not.toContain(a.id);
    expect(r.related).toHaveLength(4);
    const sameUrl = { ...a, id: 'other-id', hash: 'different' };
    const r2 = await compareArticle(sameUrl, await openMemoryCorpus(seeds));
    expect(r2.related.map((x) => x.id)).not.toContain(a.id);
  });
});

describe('determinism', () => {
  it('the same input gives the same report, whatever order the corpus was filled in', async () => {
    const a = byPrefix(seeds, '001');
    const r1 = await compareArticle(a, new MemoryIndex(seeds));
    const r2 = await compareArticle(a, new MemoryIndex([...seeds].reverse()));
    expect(JSON.stringify(r2)).toBe(JSON.stringify(r1));
  });
});

describe('a second story (harbor, tests/data/engine/harbor)', () => {
  let index: MemoryIndex;
  beforeAll(() => {
    index = new MemoryIndex(harbor);
  });

  it('h2 is a near-copy of h1; h5 (another story on the same harbor master, same outlet) is not related', async () => {
    const r = await compareArticle(byPrefix(harbor, 'h1'), index);
    expect(r.related.map((a) => a.id.slice(0, 2)).sort()).toEqual(['h2', 'h3', 'h4']);
    expect(r.related.find((a) => a.id.startsWith('h2'))!.relation).toBe('near-copy');
    const r5 = await compareArticle(byPrefix(harbor, 'h5'), index);
    expect(r5.related).toEqual([]);
    expect(r5.added).toEqual([]);
    expect(r5.leftOut).toEqual([]);
  });

  it('reading h1: the injury count is a conflict with h3 (three vs two crew)', async () => {
    const r = await compareArticle(byPrefix(harbor, 'h1'), index);
    const c = r.conflicts.find((x) => /crew/.test(x.here.text));
    expect(c).toBeTruthy();
    expect(c!.there.map((t) => t.id.slice(0, 2))).toEqual(['h3']);
  });

  it('reading h3: the captain’s detention and the 1,400 containers are added; the quote in reported speech matches the direct quote', async () => {
    const r = await compareArticle(byPrefix(harbor, 'h3'), index);
    expect(hasAdded(r, /Marko Petrovic/)).toBeTruthy();
    expect(hasAdded(r, /1,400 containers/)).toBeTruthy();
    const reported = r.article.units.find((u) => /would remain shut until/.test(u.text))!;
    expect(reported.coveredBy.map((id) => id.slice(0, 2)).sort()).toEqual(['h1', 'h2', 'h4']);
  });

  it('two articles from the same outlet count as one outlet', async () => {
    const h2 = byPrefix(harbor, 'h2');
    const sameOutlet = harbor.map((a) => (a.id === h2.id ? { ...a, outlet: byPrefix(harbor, 'h1').outlet } : a));
    const r = await compareArticle(byPrefix(sameOutlet, 'h4'), new MemoryIndex(sameOutlet));
    const spill = r.shared.find((f) => /12,000 liters/.test(f.text))!;
    expect(spill.sources.map((s) => s.id.slice(0, 2)).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(spill.total).toBe(3); // Radio Sur, Coastline Daily (h1 + h2), The Valmora Tribune
    expect(spill.count).toBe(3);
  });
});

/**
 * A known cost of the same-story model (docs/notes/story.md): "El Salvador moves 2,000 more gang
 * suspects to CECOT", the same people and prison in the same week, relates to some seeds (p 0.4–0.6
 * at the fitted threshold 0.38). The threshold is the one with the best mean F1 over four public
 * development sources; raising it to keep this story out cost a quarter of the recall on real
 * multi-outlet coverage (NewsWCL50 held-out 0.95 → 0.74).
 */
const SAME_WEEK_CECOT = 'd3_cecot_transfer';
const isSeed = (id: string) => seeds.some((s) => s.id === id);

if (!ZYTE_DIR) console.log('engine.test: zyte pages not found (../shared/data/zyte-article-extraction/html or ZYTE_HTML_DIR); skipping the few-hundred-articles corpus');
describe.skipIf(!ZYTE_DIR)('a corpus with a few hundred unrelated articles and same-people distractors', () => {
  let index: MemoryIndex;
  let zyte: Article[];
  beforeAll(() => {
    zyte = loadZyte();
    index = new MemoryIndex([...seeds, ...harbor, ...distractors, ...zyte]);
  }, 240_000);

  it('each seed still relates to the other seeds, and to nothing else but the same-week CECOT story', async () => {
    expect(await index.count()).toBeGreaterThan(180);
    for (const a of seeds) {
      const { candidates } = await findRelated(a, index);
      const related = candidates.filter((c) => c.related).map((c) => c.article.id);
      expect(related, a.id).toEqual(expect.arrayContaining(seeds.filter((s) => s.id !== a.id).map((s) => s.id)));
      expect(related.filter((id) => !isSeed(id) && id !== SAME_WEEK_CECOT), a.id).toEqual([]);
    }
  });

  it('500 variations of those stories (their sentences amid unrelated text) do not pull a seed away', async () => {
    const noise = mixedArticles(distractors.map((a) => a.units.map((u) => u.text)), zyte.flatMap((a) => a.units.map((u) => u.text)), 500);
    const big = new MemoryIndex([...seeds, ...noise, ...zyte]);
    for (const a of seeds) {
      const { candidates } = await findRelated(a, big);
      expect(candidates.filter((c) => c.related).map((c) => c.article.id).sort(), a.id).toEqual(seeds.filter((s) => s.id !== a.id).map((s) => s.id).sort());
    }
  });

  it("a short quote's words are index keys: tracing “it must be everyone” without its article finds the outlets that quote it", async () => {
    const t = await traceQuote('it must be everyone', index);
    expect([...new Set(t.occurrences.map((o) => o.id.slice(0, 3)))].sort()).toEqual(expect.arrayContaining(['000', '001', '003', '004']));
  });

  it('other Bukele / Clinton stories relate to none of the seeds', async () => {
    for (const d of distractors.filter((x) => x.id !== SAME_WEEK_CECOT)) {
      const r = await compareArticle(d, index);
      expect(r.related.filter((x) => seeds.some((s) => s.id === x.id)).map((x) => x.id), d.id).toEqual([]);
    }
  });
});

describe('a small corpus that holds mostly one story', () => {
  // A reader following one story: the same-story articles are most of the index candidates, so
  // they must not set their own bar. Seeds + harbor + the five distractors, no unrelated pages.
  it('each seed still relates to the four others, each harbor article to its own story only', async () => {
    const corpus = await openMemoryCorpus([...seeds, ...harbor, ...distractors]);
    for (const a of seeds) {
      const r = await compareArticle(a, corpus);
      const others = seeds.filter((s) => s.id !== a.id).map((s) => s.id).sort();
      expect(r.related.map((x) => x.id).filter((id) => id !== SAME_WEEK_CECOT).sort(), `reading ${a.id}`).toEqual(others);
    }
    for (const a of harbor) {
      const r = await compareArticle(a, corpus);
      expect(r.related.every((x) => harbor.some((h) => h.id === x.id)), `reading ${a.id}`).toBe(true);
    }
    corpus.close();
  });
});

describe('bad or empty input', () => {
  it('an article with no units, or an empty corpus, gives an empty report without throwing', async () => {
    const empty: Article = { ...byPrefix(seeds, '000'), id: 'empty', url: null, hash: 'x', text: '', units: [], title: '' };
    const r = await compareArticle(empty, new MemoryIndex(seeds));
    expect(r.related).toEqual([]);
    const r2 = await compareArticle(byPrefix(seeds, '000'), new MemoryIndex());
    expect(r2).toMatchObject({ related: [], added: [], leftOut: [], conflicts: [], shared: [] });
    expect(r2.article.units).toHaveLength(byPrefix(seeds, '000').units.length);
  });
});

describe('figures', () => {
  it('the same amount written two ways agrees; a different count of the same thing conflicts', () => {
    expect(figureConflict(quantities('paid $4.76 million'), quantities('paid 4.76 million dollars'))).toBeNull();
    expect(figureConflict(quantities('Three crew members were injured'), quantities('Two crew members were hurt'))).toBe('number: Three vs Two');
    expect(figureConflict(quantities('three Venezuelan men'), quantities('an 11-minute video'))).toBeNull();
    expect(figureConflict(quantities('The ship ran aground on Monday'), quantities('the ship ran aground Tuesday'))).toBe('date: Monday vs Tuesday');
    // Two events of one actor are not one date told two ways (a tweet on Monday, the announcement on Tuesday).
    expect(figureConflict(quantities('Rahman arrived in Germany on Monday and declared he was in top shape.'), quantities('Rahman showed no signs of life against Klitschko on Saturday.'))).toBeNull();
    expect(figureConflict(quantities('Kristi Noem is deploying troops to Texas, she announced Tuesday.'), quantities('“I am announcing troops to Texas,” Kristi Noem (R) tweeted on Monday.'))).toBeNull();
  });
});
