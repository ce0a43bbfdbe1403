/**
 * The report's truth and shape (lib/engine/report.ts, rank.ts): one fact told two ways is never both
 * added and left out; paraphrases across outlets are one card; every section is ranked.
 * tests/data/engine/page: three short articles written for this test after issue 8's example (an
 * inspector general's report on F.B.I. texts), one fact reworded in each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { rankReport } from '../../lib/engine/rank';
import { foldedText, isAttribution, novelClauses, novelDetails } from '../../lib/engine/report';
import type { Article, Report } from '../../lib/types';
import { byPrefix, loadSet } from '../data/engine/fixtures';

/** (unit here, related id) pairs left out, and (related id, unit) pairs added. */
function sides(r: Report) {
  const left = new Set(r.leftOut.flatMap((l) => l.missingFrom.map((id) => `${l.i}@${id}`)));
  const added = new Set(r.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
  return { left, added };
}

describe('one fact told two ways is shared, not added and left out', () => {
  let page: Article[];
  let r: Report;
  beforeAll(async () => {
    page = await loadSet('page');
    r = await compareArticle(byPrefix(page, 'p1'), new MemoryIndex(page));
  });

  it('"quit the F.B.I. in May" here and "resigned from the FBI in May" there: shared, never added, left out only for the part the Courier lacks', () => {
    const p3 = byPrefix(page, 'p3');
    const here = r.article.units.findIndex((u) => /quit the F\.B\.I\. in May/.test(u.text));
    const there = p3.units.findIndex((u) => /resigned from the FBI in May/.test(u.text));
    expect(here).toBeGreaterThanOrEqual(0);
    expect(there).toBeGreaterThanOrEqual(0);
    const { added } = sides(r);
    expect(added.has(`${p3.id}#${there}`)).toBe(false);
    const shared = r.shared.find((f) => f.i === here);
    expect(shared?.sources).toContainEqual(expect.objectContaining({ id: p3.id, i: there, told: 'differently' }));
    // report81: only the part the Courier lacks (Page's time with the special counsel) is left out, marked — never the fact.
    const card = r.leftOut.find((f) => f.i === here);
    const part = card?.partly?.find((p) => p.id === p3.id);
    expect(part?.novel.map((s) => card!.text.slice(s.start, s.end))).toEqual(['who had also worked briefly for the special counsel']);
  });

  it('"F.B.I." and "FBI" are one name: the others\' ledes are not "added" for naming the FBI', () => {
    expect(r.added.some((a) => /inspector general/.test(a.text) && /Strzok/.test(a.text))).toBe(false);
  });

  it('facts only the other outlet has are still added (the "we\'ll stop" text, the lawyer\'s regret)', () => {
    expect(r.added.some((a) => /we'll stop/.test(a.text))).toBe(true);
    expect(r.added.some((a) => /regrets the messages/.test(a.text))).toBe(true);
  });
});

describe('the invariant over every labelled story, each article read in turn', () => {
  it('no unit left out by R is the counterpart of a unit added from R (reworded pairs are removed from both, but for a part one lacks)', async () => {
    for (const set of ['seeds', 'harbor', 'page'] as const) {
      const arts = await loadSet(set);
      const index = new MemoryIndex(arts);
      for (const a of arts) {
        const r = await compareArticle(a, index);
        const { left, added } = sides(r);
        for (const rel of r.related) {
          for (const u of rel.units) {
            for (const i of u.reworded ?? []) {
              // report81: a fact told differently is left out (or added) only for a part the other lacks (told in part).
              const lo = r.leftOut.find((f) => f.i === i);
              const ad = r.added.find((f) => f.sources.some((s) => s.id === rel.id && s.i === u.i));
              if (left.has(`${i}@${rel.id}`)) expect(lo?.partly?.some((p) => p.id === rel.id), `${set} ${a.id}#${i} vs ${rel.id}#${u.i}`).toBe(true);
              if (added.has(`${rel.id}#${u.i}`)) expect(ad?.novel?.length, `${set} ${a.id}#${i} vs ${rel.id}#${u.i}`).toBeGreaterThan(0);
              expect(left.has(`${i}@${rel.id}`) && added.has(`${rel.id}#${u.i}`), `${set} ${a.id}#${i} vs ${rel.id}#${u.i}`).toBe(false);
            }
          }
        }
      }
    }
  });
});

describe('cards are grouped and ranked', () => {
  let seeds: Article[];
  let r: Report;
  beforeAll(async () => {
    seeds = await loadSet('seeds');
    r = await compareArticle(byPrefix(seeds, '000'), new MemoryIndex(seeds));
  });

  it('the pulled 60 Minutes segment, told by two outlets, is one card "in 2 of 4 other outlets"', () => {
    const cards = r.added.filter((a) => a.sources.some((s) => /60 Minutes/.test(byPrefix(seeds, s.id).units[s.i]!.text)));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.outlets).toBe(2);
    expect(cards[0]!.total).toBe(4);
  });

  it('every section is in rank order, ranks 1..N', () => {
    for (const list of [r.added, r.leftOut, r.shared]) {
      expect(list.map((x) => x.rank)).toEqual(list.map((_, n) => n + 1));
    }
  });

  it('a fact with a figure in another outlet\'s lead outranks a plain late one, and says why', () => {
    const base: Report = {
      article: { id: 'x', title: 'x', outlet: 'Here', date: null, url: null, units: [{ i: 0, text: 'a', coveredBy: [] }] },
      related: [
        {
          id: 'r', title: 'r', outlet: 'There', date: null, url: null, score: 0.5, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
          units: Array.from({ length: 12 }, (_, i) => ({ i, text: `unit ${i}`, matches: [] })),
        },
      ],
      shared: [],
      leftOut: [],
      conflicts: [],
      added: [
        { text: 'the weather was mild that afternoon and people walked about.', sources: [{ id: 'r', i: 11 }], outlets: 1, total: 1 },
        { text: 'At least 454 prisoners died in custody, the group said.', sources: [{ id: 'r', i: 0 }], outlets: 1, total: 1 },
      ],
    };
    const ranked = rankReport(base);
    expect(ranked.added[0]!.text).toMatch(/454/);
    // audit67: where a claimed absence stands in its article no longer weighs it, nor is given as its reason.
    expect(ranked.added[0]!.why).not.toMatch(/lead of/);
    expect(ranked.added[0]!.why).toMatch(/454/);
    expect(ranked.added[1]!.why).toBeUndefined();
  });
});

describe('why a card ranks high', () => {
  const card = (text: string) => ({ text, sources: [{ id: 'r', i: 5 }], outlets: 1, total: 1 });
  const report = (added: Report['added']): Report => ({
    article: { id: 'x', title: 'x', outlet: 'Here', date: null, url: null, units: [{ i: 0, text: 'a', coveredBy: [] }] },
    related: [
      {
        id: 'r', title: 'r', outlet: 'There', date: null, url: null, score: 0.5, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
        units: Array.from({ length: 8 }, (_, i) => ({ i, text: `unit ${i}`, matches: [] })),
      },
    ],
    shared: [], leftOut: [], conflicts: [], added,
  });

  it('a song or book title in quotation marks is not "quotes someone"; words said are', () => {
    const ranked = rankReport(report([
      card('McDonald came out for a surprise version of their single “Takin’ It to the Streets,” the title track.'),
      card('He appeared on hit singles like 1978’s “What a Fool Believes.”'),
      card('“We are thrilled to be back on the road,” the singer said.'),
    ]));
    const why = (t: RegExp) => ranked.added.find((c) => t.test(c.text))!.why ?? '';
    expect(why(/Takin/)).not.toMatch(/quotes someone/);
    expect(why(/Fool/)).not.toMatch(/quotes someone/);
    expect(why(/thrilled/)).toMatch(/quotes someone/);
  });
});

describe('a second fact inside a sentence whose first fact is shared', () => {
  const other = foldedText({
    title: 'Bukele answers Clinton on CECOT',
    units: [{ i: 0, p: 0, start: 0, end: 0, kind: 'body', text: 'Bukele praises CECOT, the mega-prison, in a post on X.' }],
  });

  it('is reported when none of its words is in the other article (issue 8: "as part of his efforts to root out gangs")', () => {
    expect(novelClauses('Bukele praises CECOT as part of his efforts to root out gangs.', other)).toEqual([
      'as part of his efforts to root out gangs.',
    ]);
  });

  it('is not reported when the other article says it in its own words elsewhere', () => {
    expect(novelClauses('Bukele praises CECOT in a post on X.', other)).toEqual([]);
  });

  it('who tells it is not a second fact: "As Emily Feng reports for NPR", "citing the health commission"', () => {
    expect(isAttribution('As Emily Feng reports for NPR')).toBe(true);
    expect(isAttribution('citing the regional health commission')).toBe(true);
    expect(novelDetails('As Emily Feng reports for NPR, Bukele praises CECOT.', other)).toEqual([]);
    expect(isAttribution('the freighter spilled 12,000 liters of fuel into the bay')).toBe(false);
  });
});
