/**
 * facts61: a sentence that denies what another asserts is another fact, however many words they share ("Trump Jr.
 * didn't respond to either message" / "Trump Jr. did occasionally respond to the messages"): the predicate veto asks
 * `opposedPolarity` of every pair the report's alignment would take. Sentences written for this test (a harbour story).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { opposedPolarity, POLARITY } from '../../lib/engine/align';
import type { Report } from '../../lib/types';
import { reportAgainst } from '../data/engine/report-against';
import { sentenceArticle } from '../data/engine/sentence-article';

describe('opposedPolarity: one sentence denies what the other asserts', () => {
  it.each([
    ['a verb denied / asserted', 'The harbor commission did not publish the dredging audit.', 'The harbor commission published the dredging audit on Friday.', true],
    ['"never"', 'Councillor Okafor never voted for the pier levy.', 'Councillor Okafor voted for the pier levy in March.', true],
    ['"no" before a noun phrase', 'The ferry operator has no insurance for the old pier.', 'The ferry operator also has insurance for the old pier.', true],
    ['a negated subject', 'Nobody defended the harbor master at the hearing.', 'The mayor defended the harbor master at the hearing.', true],
    ['a quotation mark inside the reach', 'The port authority could not “confirm” the spill.', 'The port authority confirmed the spill on Tuesday.', true],
    ['both deny it', 'The mayor did not sign the dredging order.', "The governor didn't sign the dredging order either.", false],
    ['the negation reaches only a word the other lacks', 'Officials said the leak was not dangerous.', 'Officials said the leak came from the pier.', false],
    ['a comma ends the reach', 'The pier reopened on Monday, though no ferries ran.', 'The pier reopened on Monday morning.', false],
    ['"without" is a preposition, not a denial', 'The board approved the dredging plan without a vote.', 'The board held a vote and approved the dredging plan.', false],
    ['names are who, not what is denied', 'The audit was not sent to Delgado.', 'Delgado resigned from the harbor board.', false],
  ])('%s', (_, a, b, opposed) => {
    expect(opposedPolarity(a, b)).toBe(opposed);
    expect(opposedPolarity(b, a)).toBe(opposed);
  });
});

describe('the report: a denied fact is not shared with the fact it denies', () => {
  const tribune = sentenceArticle('tribune', [
    'A cargo ship ran aground outside Port Lorne on Saturday, and the harbor was closed to traffic.',
    'The harbor commission did not publish the dredging audit.',
    'Divers found a long gash in the hull and said salvage would take at least three weeks.',
    'Mayor Ruth Okafor said the town would ask the province for emergency funds.',
    'Ferries to the islands were moved to the north quay until further notice.',
  ]);
  const coastline = sentenceArticle('coastline', [
    'The harbor at Port Lorne was shut on Saturday after a cargo ship went aground at its entrance.',
    'Critics had demanded the dredging audit for months, and the harbor commission published it on Friday with a map of the silted channel.',
    'Salvage crews said a gash in the hull would keep the ship in place for three weeks or more.',
    'Mayor Ruth Okafor said the town would ask the province for emergency funds.',
    'Island ferries now leave from the north quay.',
  ]);
  const has = (texts: string[], re: RegExp) => texts.some((t) => re.test(t));
  const sections = (r: Report) => ({ added: r.added.map((a) => a.text), left: r.leftOut.map((l) => l.text), shared: r.shared.map((s) => s.text) });
  afterEach(() => {
    POLARITY.on = true;
  });

  it('the audit published is added and the audit not published is left out, not shown as one shared fact', () => {
    const r = sections(reportAgainst(tribune, [coastline]));
    expect(has(r.added, /harbor commission published it/)).toBe(true);
    expect(has(r.left, /did not publish the dredging audit/)).toBe(true);
    expect(has(r.shared, /dredging audit/)).toBe(false);
    // The same funds sentence on both sides stays shared.
    expect(has(r.shared, /emergency funds/)).toBe(true);
  });

  it('without the check the two sentences are paired as one fact (what the check changes)', () => {
    POLARITY.on = false;
    const r = sections(reportAgainst(tribune, [coastline]));
    expect(has(r.shared, /dredging audit/)).toBe(true);
    expect(has(r.added, /dredging audit/)).toBe(false);
  });

  // KNOWN LIMIT: when the two sentences are worded alike, the report's invariant guard (report.ts `sameFactPairs`, whose
  // `oneFact` asks the actor test and the pair model, not the polarity check) pairs them again as "told differently".
  it.fails('a near word-for-word denial is not shown as shared either', () => {
    const there = sentenceArticle('coastline2', coastline.units.map((u, i) => (i === 1 ? 'The harbor commission published the dredging audit.' : u.text)));
    const r = sections(reportAgainst(tribune, [there]));
    expect(has(r.shared, /dredging audit/)).toBe(false);
  });
});
