/**
 * facts51: the clause check (lib/engine/report.ts `untoldClauses`) and the splitter it reads (lib/nlp/clauses.ts).
 * - A capitalised word inside a sentence is a name, not a past verb: "… and the United States" opens no clause
 *   (CLAUSE_RULES.capsName). The splitter read "United" as a verb in -ed and cut the list before it.
 * - Semicolons before a list's last "and" / "or" item separate items, not clauses (CLAUSE_RULES.semicolonList): a list
 *   written with semicolons reads as the same list written with commas.
 * - A second fact needs a first (SECOND_NEEDS_FIRST): when none of an aligned sentence's clauses is told on its own, the
 *   check singles none out as news.
 * Text written for the test (the long flood story: the check runs only in long stories).
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_RULES, predications } from '../../lib/nlp/clauses';
import { foldedText, SECOND_NEEDS_FIRST, untoldClauses } from '../../lib/engine/report';
import { REPORT_ALIGN } from '../../lib/engine/align';
import { featuresOf, reportFeatures } from '../../lib/engine/features';
import { unitIdf, weighAll } from '../../lib/engine/story';
import { midSentenceNames } from '../../lib/nlp/actors';
import { FLOOD_STORY, longArticle } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { withFlags } from '../data/with-flags';
import type { Article } from '../../lib/types';

const texts = (s: string) => predications(s).map((c) => c.text);

describe('predications: a capitalised word is a name, not a verb', () => {
  it('"the United States" and "Samir Ahmed" after "and" open no clause', () => {
    const a = 'The mayor was grateful to the Red Cross and the United Nations.';
    const b = 'The ferry was repaired by Dorval Marine and Samir Ahmed.';
    expect(texts(a)).toEqual([a]);
    expect(texts(b)).toEqual([b]);
    // On main "United" and "Ahmed" were read as verbs in -ed, and each list was cut before its last item.
    withFlags(CLAUSE_RULES, { capsName: false }, () => {
      expect(texts(a)).toEqual(['The mayor was grateful to the Red Cross', 'and the United Nations.']);
      expect(texts(b)).toEqual(['The ferry was repaired by Dorval Marine', 'and Samir Ahmed.']);
    });
  });

  it('a new subject with a verb of its own after "and" is still cut', () => {
    expect(texts('The mayor thanked the Red Cross and the volunteers worked through the night.')).toEqual([
      'The mayor thanked the Red Cross',
      'and the volunteers worked through the night.',
    ]);
  });
});

describe('predications and the report: a list written with semicolons is one clause, as with commas', () => {
  const SEMI = 'Three routes into Lorton were cut on Monday: the valley road; the rail line to Kesh; and the old river path.';
  const COMMA = 'Three routes into Lorton were cut on Monday: the valley road, the rail line to Kesh and the old river path.';
  const gazette = longArticle('gazette', [...FLOOD_STORY, 'The valley road and the rail line to Kesh were cut on Monday.'], 1);
  const tribune = (s: string) => longArticle('tribune', [...FLOOD_STORY, s], 2);

  it('the splitter: no cut at the semicolons of a list; a semicolon between two clauses still cuts', () => {
    expect(texts(SEMI)).toEqual([SEMI]);
    expect(texts('The bridge was closed on Monday; engineers expect it to reopen in May.')).toEqual(['The bridge was closed on Monday', 'engineers expect it to reopen in May.']);
  });

  it('the list\'s last item is not left out or added when the other outlet tells the list without it, as with commas', () => {
    expect(reportAgainst(tribune(COMMA), [gazette]).leftOut.map((l) => l.text)).not.toContain(COMMA);
    expect(reportAgainst(tribune(SEMI), [gazette]).leftOut.map((l) => l.text)).not.toContain(SEMI);
    expect(reportAgainst(gazette, [tribune(SEMI)]).added.map((a) => a.text)).not.toContain(SEMI);
    // On main the semicolons cut the list, and "and the old river path." was marked as news in both directions.
    withFlags(CLAUSE_RULES, { semicolonList: false }, () => {
      expect(reportAgainst(tribune(SEMI), [gazette]).leftOut.map((l) => l.text)).toContain(SEMI);
      expect(reportAgainst(gazette, [tribune(SEMI)]).added.map((a) => a.text)).toContain(SEMI);
    });
  });
});

describe('untoldClauses: a second fact needs a first', () => {
  const V = 'The council went to court against the quarry on Friday, saying the dam was to blame for the flooding.';
  const gazette = longArticle('gazette', [...FLOOD_STORY, V], 1);
  const untold = (text: string) => {
    const tribune = longArticle('tribune', [...FLOOD_STORY, text], 2);
    const feats = (a: Article) => reportFeatures(a, featuresOf(a));
    const idf = unitIdf([feats(gazette), feats(tribune)]);
    const B = weighAll(feats(gazette), idf);
    const cells = B.length * weighAll(feats(tribune), idf).length;
    const known = midSentenceNames(tribune.units.map((u) => u.text));
    return untoldClauses(text, B, foldedText(gazette), cells, REPORT_ALIGN, REPORT_ALIGN.clauses!, idf, known).map((c) => c.text);
  };

  it('two clauses that each restate part of one sentence there, neither told alone, are no second fact', () => {
    const U = 'The council opened a surprise legal assault on the quarry, filing a claim that its dam caused the flood.';
    expect(untold(U)).toEqual([]);
    // On main both clauses were returned as untold: the whole sentence would be marked as news.
    expect(withFlags(SECOND_NEEDS_FIRST, { on: false }, () => untold(U))).toEqual([
      'The council opened a surprise legal assault on the quarry',
      'filing a claim that its dam caused the flood.',
    ]);
  });

  it('a clause the other outlet does not tell, next to one it tells, is still a second fact', () => {
    const U = 'The council went to court against the quarry on Friday, saying the dam was to blame, and the coast guard has rescued two fishermen near Kesh.';
    expect(untold(U)).toEqual(['and the coast guard has rescued two fishermen near Kesh.']);
  });
});
