/**
 * speak8: pronouns and role phrases as the ranker sees them (feature `resolved`, lib/quotes/ranker.ts),
 * a role introduced with its place ("Israel's ambassador to the United States, Ron Dermer"), a quoted
 * title inside an attribution, "was quoted as saying", and a people named in the plural — each on an
 * article written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quoteStarting, speakerOf, storyArticle } from '../data/quotes/story-article';
import { extractQuotes } from '../../lib/quotes/extract';
import { FEATURES } from '../../lib/quotes/ranker';
import type { Article } from '../../lib/types';

/** Each candidate of one quote with its `resolved` feature. */
function resolvedOf(a: Article, start: string): Record<string, number> {
  let out: Record<string, number> | null = null;
  const i = FEATURES.indexOf('resolved');
  extractQuotes(a, { onCandidates: (q, cands) => { if (q.text.startsWith(start)) out = Object.fromEntries(cands.map((c) => [c.name, c.x[i]!])); } });
  if (!out) throw new Error(`no quote starting "${start}"`);
  return out;
}

describe('a pronoun subject of a verb of saying stands for the person named before it', () => {
  const a = storyArticle(`SAN DIEGO — Rodney Scott, the Border Patrol chief in San Diego, said the canyon east of the port of entry is among the most dangerous places on the border.

"As a father myself, I find it unconscionable that anyone would expose a child to these conditions," Scott said. He also urged those thinking of crossing there to "think before you act and call the port of entry first."`);
  it('"He also urged those … to “think …”": the words are the chief\'s (the rules alone give nobody)', () => {
    expect(resolvedOf(a, 'think before you act')).toEqual({ 'Rodney Scott': 1 });
    expect(speakerOf(a, 'think before you act')).toBe('Rodney Scott');
  });
});

describe('a pronoun never stands for the publication that reports', () => {
  const a = storyArticle(`The New York Times reports that Mary Cheney, the daughter of the former vice president, posted a message on Facebook on Sunday.

"For the record, I love my sister, but she is dead wrong on the issue of marriage," she wrote.`);
  it('"she wrote" → Mary Cheney, and the Times is no candidate', () => {
    const r = resolvedOf(a, 'For the record');
    expect(r['Mary Cheney']).toBe(1);
    expect(Object.keys(r).some((n) => /times/i.test(n))).toBe(false);
    expect(speakerOf(a, 'For the record')).toBe('Mary Cheney');
  });
});

describe('"they" is no single person', () => {
  const a = storyArticle(`Senator Jane Roe met the families of the miners on Tuesday in the union hall.

Afterwards they said the meeting had been "a waste of everyone's time and of a great deal of money."`);
  it('the senator named before is not who "they" are', () => {
    expect(resolvedOf(a, 'a waste of')['Jane Roe'] ?? 0).toBe(0);
    expect(speakerOf(a, 'a waste of')).toBeNull();
  });
});

describe('a role phrase resolves to the person the text introduced with that role', () => {
  const a = storyArticle(`Senator Jane Roe met the families of the miners on Tuesday in the union hall.

Israel's ambassador to the United States, Ron Dermer, spoke on Fox News on Monday night. The ambassador said the speech showed "a smoking bomb, not a smoking gun, about the program."`);
  it('"The ambassador said" → Ron Dermer, not the person named last before him', () => {
    expect(resolvedOf(a, 'a smoking bomb')['Ron Dermer']).toBe(1);
    expect(speakerOf(a, 'a smoking bomb')).toBe('Ron Dermer');
  });
});

describe('attribution constructions', () => {
  it('`the "Pose" actor previously said`: a quoted title inside the attribution, the actor named before', () => {
    const a = storyArticle(`James Van Der Beek has been eliminated from the show.

The news came a month after Van Der Beek announced that his wife was expecting.

"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on the show.`);
    const qs = extractQuotes(a);
    expect(quoteStarting(qs, 'Hearing the heartbeat').speaker).toMatch(/Van Der Beek$/);
    expect(qs.some((q) => q.kind === 'direct' && q.text.startsWith('Pose'))).toBe(false);
  });
  it('"“…,” Ali Akbar Salehi was quoted by state television as saying" → Salehi', () => {
    const a = storyArticle(`The head of the nuclear agency said on Monday that the country could enrich uranium further.

"Technically, we are fully prepared to enrich uranium higher than we used to produce," Ali Akbar Salehi was quoted by state television as saying.`);
    expect(speakerOf(a, 'Technically, we are')).toBe('Ali Akbar Salehi');
  });
  it('a people or party named in the plural is no speaker ("accuses Republicans … of “…”")', () => {
    const a = storyArticle(`The lawsuit was filed in federal court in New York on Friday by the party's lawyers.

In the document, the committee accuses Republicans and the Russians of "an act of previously unimaginable treachery."`);
    let names: string[] = [];
    extractQuotes(a, { onCandidates: (q, cands) => { if (q.text.startsWith('an act of')) names = cands.map((c) => c.name); } });
    expect(names).not.toContain('Republicans');
    expect(speakerOf(a, 'an act of')).toBeNull();
  });
});
