/**
 * The coverage decision (report.ts + coverage.ts): is a unit's fact told by the other article?
 * What a reader notices, on short articles written for this test (a bridge closed after a barge
 * strike): a reworded fact told in the same place of both stories is shared, not added and left out;
 * a sentence whose second clause states a fact the other lacks is still added; a different fact
 * sharing the story's names is not shared. Then the fitted decision's wiring, with a model given
 * explicitly: it replaces the cascade's added / left out, keeps the invariant (a fact told
 * differently is never added or left out), and links every unit it calls shared to a counterpart.
 */
import { describe, expect, it } from 'vitest';
import { align, DEFAULT_ALIGN } from '../../lib/engine/align';
import { COVERAGE_FEATURES, coverageFeatures, isMissing, type CoverageModel } from '../../lib/engine/coverage';
import { featuresOf, reportFeatures } from '../../lib/engine/features';
import { foldedText, type CoverageRow } from '../../lib/engine/report';
import { unitIdf, weighAll } from '../../lib/engine/story';
import type { Article, Report } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';
import { reportAgainst } from '../data/engine/report-against';


const addedText = (r: Report) => r.added.map((a) => a.text);
const leftText = (r: Report) => r.leftOut.map((l) => l.text);
const sharedText = (r: Report) => r.shared.map((s) => s.text);

const ledger = sentenceArticle('ledger', [
  'A barge struck a pillar of the Marlow Street bridge on Sunday night, and the city closed the bridge to all traffic.',
  'Engineers found a crack running through the damaged pillar and said repairs would take at least six weeks.',
  'Mayor Dana Ortiz said the city would ask the state for emergency funds to pay for the work.',
  'The barge operator, Keel Freight, said its captain had reported a steering failure minutes before the crash.',
  'Commuters were told to use the Harbor Road crossing, about two miles to the south.',
]);
const courier = sentenceArticle('courier', [
  'The Marlow Street bridge was shut to cars and pedestrians late Sunday after a barge slammed into one of its supports.',
  'Inspectors discovered a fracture in the pillar and estimated that fixing it would need no less than a month and a half.',
  'Mayor Dana Ortiz said the city would ask the state for emergency funds, and she ordered inspections of every river bridge in the city.',
  'Keel Freight, which operates the barge, said its captain had radioed about a steering failure shortly before the collision.',
  'Mayor Dana Ortiz said she had spoken with the governor on Monday morning about the closure.',
  'Drivers were directed to the Harbor Road crossing two miles south.',
]);

/**
 * KNOWN LIMITS, written as the behaviour the reader needs and marked `it.fails`: on this text the
 * report (the cascade; no fitted model beat it under leave-one-set-out, docs/notes/facts5.md) makes
 * exactly the three errors issue 8 names, each the largest remaining cause on the dev sets:
 *   - the reworded "crack … six weeks" / "fracture … a month and a half" (similarity 0.12, pair model
 *     0.02, runner-up 0.11) is left out AND added, though both stories tell it second, between two
 *     aligned facts;
 *   - the courier's funds sentence aligns with the ledger's, and its second clause ("ordered
 *     inspections of every river bridge") shares "bridge" and "city" with the ledger, so no second
 *     fact is found (novelClauses needs every content word new);
 *   - "Mayor Dana Ortiz said she had spoken with the governor" aligns with the funds sentence as a
 *     one-sided best (0.21, 2.1× its column's runner-up; same names, so no actor veto).
 * When a change fixes one, its test fails here: turn `it.fails` into `it`.
 */
describe('what the reader sees in the report (known limits)', () => {
  const r = reportAgainst(ledger, [courier]);

  it.fails('a reworded fact told in the same place of both stories is shared, not added and left out', () => {
    // "found a crack … six weeks" / "discovered a fracture … a month and a half": one fact, reworded.
    expect(leftText(r).some((t) => /crack running through/.test(t))).toBe(false);
    expect(addedText(r).some((t) => /fracture in the pillar/.test(t))).toBe(false);
    expect(sharedText(r).some((t) => /crack running through/.test(t))).toBe(true);
  });

  it.fails('a sentence whose second clause states a fact the other lacks is still added', () => {
    // The emergency funds are shared; the inspections of every river bridge are told only by the courier.
    expect(addedText(r).some((t) => /inspections of every river bridge/.test(t))).toBe(true);
  });

  it.fails('a different fact sharing the story\'s names is not shared', () => {
    // The mayor's call to the governor shares "Mayor Dana Ortiz said" with the funds sentence, but is another fact.
    expect(addedText(r).some((t) => /spoken with the governor/.test(t))).toBe(true);
  });
});

describe('the fitted decision, wired into the report', () => {
  it('the cascade alone (coverage: null) is the report the default gives while no model is fitted', () => {
    expect(JSON.stringify(reportAgainst(ledger, [courier], null))).toBe(JSON.stringify(reportAgainst(ledger, [courier])));
  });

  it('a model that calls every unit told: nothing added or left out, every fact unit shared with a counterpart', () => {
    const told: CoverageModel = {
      covered: { features: ['cascadeMissing'], weights: [0], bias: -10, threshold: 0.5 },
      missing: { features: ['cascadeMissing'], weights: [0], bias: -10, threshold: 0.5 },
    };
    const r = reportAgainst(ledger, [courier], told);
    expect(r.added).toEqual([]);
    expect(r.leftOut).toEqual([]);
    // Every fact unit here has a counterpart there (aligned, or linked as told differently).
    const here = r.article.units.filter((u) => u.fact).map((u) => u.i);
    expect(r.shared.map((s) => s.i).sort()).toEqual(here.sort());
    for (const s of r.shared) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('a model that calls every unit missing: everything added and left out, and no unit told differently', () => {
    const missing: CoverageModel = {
      covered: { features: ['cascadeMissing'], weights: [0], bias: 10, threshold: 0.5 },
      missing: { features: ['cascadeMissing'], weights: [0], bias: 10, threshold: 0.5 },
    };
    const r = reportAgainst(ledger, [courier], missing);
    const facts = r.article.units.filter((u) => u.fact).length;
    expect(r.leftOut.length).toBe(facts);
    expect(r.related[0]!.units.some((u) => u.reworded)).toBe(false);
    expect(r.shared.flatMap((s) => s.sources).some((s) => s.told === 'differently')).toBe(false);
  });

  it('rows of both directions are collected, one per fact unit, in COVERAGE_FEATURES order', () => {
    const rows: CoverageRow[] = [];
    reportAgainst(ledger, [courier], null, (x) => rows.push(x));
    expect(rows.filter((x) => x.dir === 'left' && x.of === 'ledger').length).toBe(ledger.units.length);
    expect(rows.filter((x) => x.dir === 'added' && x.of === 'courier').length).toBe(courier.units.length);
    for (const x of rows) expect(x.x).toHaveLength(COVERAGE_FEATURES.length);
    // The cascade's decision is the first feature: a stratum left null keeps it.
    const keep: CoverageModel = { covered: null, missing: null };
    for (const x of rows) expect(isMissing(x.x, keep)).toBe(x.x[0] === 1);
  });
});

describe('coverage features', () => {
  it('a unit whose neighbours are aligned around its counterpart agrees with them; one told elsewhere does not', () => {
    const a = sentenceArticle('a', [
      'The museum reopened its east wing on Friday after two years of repairs.',
      'The repairs cost the city 14 million dollars, officials said.',
      'The wing holds the museum collection of maritime paintings.',
      'Visitors lined up before dawn to see the restored galleries.',
    ]);
    const b = sentenceArticle('b', [
      'The museum east wing opened again on Friday after two years of repairs.',
      'Officials said the repairs cost the city 14 million dollars.',
      'Its collection of maritime paintings hangs in the wing.',
      'Long lines of visitors formed before dawn to see the restored galleries.',
    ]);
    // The coverage features of `a`'s units against `other`, with only the alignment's matches known.
    const featuresAgainst = (other: Article) => {
      const fa = reportFeatures(a, featuresOf(a));
      const fo = reportFeatures(other, featuresOf(other));
      const idf = unitIdf([fa, fo]);
      const A = weighAll(fa, idf);
      const O = weighAll(fo, idf);
      const matched = new Map<number, number[]>();
      for (const e of align(A, O, DEFAULT_ALIGN).matches) matched.set(e.a, [...(matched.get(e.a) ?? []), e.b]);
      return coverageFeatures(A, O, { matched, reworded: new Map(), missing: new Set(), secondFact: new Set(), freeOther: new Set(), strong: new Set() }, foldedText(other));
    };
    const x = featuresAgainst(b);
    const neighbours = COVERAGE_FEATURES.indexOf('neighbours');
    const figures = COVERAGE_FEATURES.indexOf('figuresKnown');
    expect(x.get(1)![neighbours]).toBe(1);
    expect(x.get(1)![figures]).toBe(1);
    // Reversed order there: the second unit's neighbours now sit far from its counterpart.
    const c = sentenceArticle('c', [b.units[3]!.text, b.units[2]!.text, b.units[0]!.text, 'A gift shop and a cafe opened on the ground floor.', b.units[1]!.text]);
    const x2 = featuresAgainst(c);
    expect(x2.get(1)![neighbours]).toBeLessThan(1);
  });
});
