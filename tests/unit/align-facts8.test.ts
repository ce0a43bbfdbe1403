/**
 * facts8: the predicate veto (lib/engine/align.ts `PredicateVeto`, lib/engine/fitted/align.ts
 * PREDICATE_VETO). Two units that share only the story's frequent words and its names — no predicate
 * word, a content word that is neither — are not one fact below the veto's similarity cap. Text
 * written for the test: a flood story in which every sentence shares "the council said the valley
 * road …" (tests/data/engine/flood-story.ts), long enough for the report's size gate.
 */
import { describe, expect, it } from 'vitest';
import { predicateVetoed, REPORT_ALIGN, sharePredicate, weigh, type AlignParams, type PredicateVeto } from '../../lib/engine/align';
import { featuresOf, Idf } from '../../lib/engine/features';
import { synonymTable } from '../../lib/nlp/synonyms';
import type { Article, Report } from '../../lib/types';
import { longArticle } from '../data/engine/flood-story';
import { sentenceArticle } from '../data/engine/sentence-article';
import { reportAgainst } from '../data/engine/report-against';

const reportWith = (read: Article, others: Article[], params: AlignParams): Report => reportAgainst(read, others, null, undefined, params);

const withoutVeto: AlignParams = { ...REPORT_ALIGN };
delete withoutVeto.predicates;

const MEETING = 'The council said Mayor Dana Ortiz would meet the engineers who designed the flood barrier before the valley road reopens.';
const FIRED = 'The council said Mayor Dana Ortiz had fired the contractor whose pumps failed during the storm on the valley road.';
const SHARED = 'Flooding closed the main road into Lorton on Monday.';
const SHARED2 = 'Flooding shut the main road into Lorton on Monday.';

describe('the predicate veto (PredicateVeto)', () => {
  it('is shipped for the report only: the story decision keeps its alignment', () => {
    expect(REPORT_ALIGN.predicates).toBeDefined();
  });

  it('in a long story, two different decisions of one mayor sharing only the story words are added and left out, not shared', () => {
    const read = longArticle('gazette', [SHARED, MEETING], 1);
    const other = longArticle('tribune', [SHARED2, FIRED], 2);
    const r = reportWith(read, [other], REPORT_ALIGN);
    expect(r.added.map((a) => a.text)).toContain(FIRED);
    expect(r.leftOut.map((l) => l.text)).toContain(MEETING);
    // The fact both tell stays shared.
    expect(r.shared.some((s) => s.text === SHARED)).toBe(true);
    // Without the veto the two decisions were paired as one fact (similarity 0.25, above this 22 × 22
    // matrix's strong floor 0.18, on "council said Mayor Dana Ortiz … the valley road").
    const before = reportWith(read, [other], withoutVeto);
    expect(before.added.map((a) => a.text)).not.toContain(FIRED);
  });

  it('a shared predicate word, or its synonym, keeps a pair; names and the story\'s frequent words do not', () => {
    const units = ['Ortiz said the council would close the valley road.', 'Ortiz said the council will shut the valley road.', 'Ortiz said the council fired the valley road contractor.', 'The council said the valley road was closed.'];
    const fs = units.map((t, i) => featuresOf(sentenceArticle(`u${i}`, [t]))[0]!);
    // "council", "valley", "road" (and "said") are in every unit: story words, not predicates; with four units a word in two is
    // used by (2+1)/(4+1) = 60% of them (the unit IDF's smoothing), so the share is 0.7 here.
    const idf = { words: new Idf().addAll(fs.map((f) => f.words)), grams: new Idf().addAll(fs.map((f) => f.grams)) };
    const w = fs.map((f) => weigh(f, idf.words, idf.grams));
    const veto: PredicateVeto = { cap: 1, share: 0.7 };
    expect(sharePredicate(w[0]!, w[3]!, veto)).toBe(true); // close / closed
    expect(sharePredicate(w[0]!, w[2]!, veto)).toBe(false); // close / fired: only story words and a name
    expect(sharePredicate(w[0]!, w[1]!, veto)).toBe(false); // close / shut: no synonym table given
    expect(sharePredicate(w[0]!, w[1]!, { ...veto, table: synonymTable('clos shut') })).toBe(true); // stems, as build-synonyms writes them
    // Above the cap, or in a matrix no larger than minCells, the veto does not apply.
    expect(predicateVetoed(w[0]!, w[2]!, 0.2, 1000, { cap: 0.3, share: 0.7 })).toBe(true);
    expect(predicateVetoed(w[0]!, w[2]!, 0.35, 1000, { cap: 0.3, share: 0.7 })).toBe(false);
    expect(predicateVetoed(w[0]!, w[2]!, 0.2, 100, { cap: 0.3, share: 0.7, minCells: 300 })).toBe(false);
  });
});
