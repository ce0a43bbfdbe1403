/**
 * audit79: a sentence's main actor (lib/nlp/actors.ts) is a person or a body acting, never a count or a work. Main read
 * the first word after a dateline ("RIVERTON, Ore. (KRVT) — Seven people were shot") as a name written inside a sentence,
 * so a later "Seven victims were taken …" had "Seven" for its actor, and the same fact told by an outlet naming the deputy
 * was refused as "about different actors" (align.ts `differentActors`); and a work's title opening a sentence ("Detroit
 * opens with …", docs/notes/audit78.md §4) was its actor against the director the other review names.
 */
import { describe, expect, it } from 'vitest';
import { mainActors, workTitles } from '../../lib/nlp/actors';
import { twoTellings } from '../data/engine/sentence-article';

/**
 * Two stories whose page sentence opens with no actor (a count after a dateline; a film's title): told by another outlet
 * with who acted, it is the same fact, shared; another fact about them stays left out (the test would pass for the wrong
 * reason if nothing were ever left out).
 */
const COUNT = {
  kind: 'a count after a dateline',
  lead: 'RIVERTON, Ore. (KRVT) — Seven people were shot outside a tavern on Dock Street early Sunday, police said.',
  last: 'Police have not named a suspect and asked witnesses to call the Riverton tip line.',
  titles: ['Seven shot outside Riverton tavern', 'Shooting on Dock Street wounds seven'] as const,
  here: 'Seven victims were taken to Riverton General Hospital, where two remain in critical condition.',
  same: 'Deputy Carla Nunes took the victims to Riverton General Hospital, where two remain in critical condition.',
  other: 'Deputy Carla Nunes said the tavern had been cited twice this year for serving after hours.',
};
const TITLE = {
  kind: "a work's title",
  lead: 'Director Ana Ruiz spent six years on her new film "Saltwater," which opens in theaters on Friday.',
  last: 'Critics at the festival praised Saltwater for its cast of first-time actors from the town.',
  titles: ['Review: Saltwater', 'Ana Ruiz returns with Saltwater'] as const,
  here: 'Saltwater opens with a hand-drawn history of the fishing town and its long cannery strike.',
  same: 'Ruiz opens the film with a hand-drawn history of the fishing town and its long cannery strike.',
  other: 'Ruiz said she found her cast after a year of open auditions in the church hall.',
};

describe.each([COUNT, TITLE])('$kind is no actor', ({ lead, last, titles, here, same, other }) => {
  const report = twoTellings(lead, last, titles);
  it('the same fact told with who acted is shared, not left out', async () => {
    expect((await report(here, same)).leftOut.map((f) => f.text)).not.toContain(here);
  });
  it('while a sentence about another fact stays left out', async () => {
    expect((await report(here, other)).leftOut.map((f) => f.text)).toContain(here);
  });
});

describe('what is no actor is read from the text', () => {
  it('counts and the dateline, while real names are kept', () => {
    const [lead, count, name] = mainActors([COUNT.lead, COUNT.here, 'Nunes drove two of the victims herself.', 'The sheriff thanked Carla Nunes.']);
    expect(lead).toBeNull();
    expect(count).toBeNull();
    expect([...(name ?? [])]).toEqual(['nunes']);
  });
  it('only a title the article names as a work: a quoted name alone is not one', () => {
    expect([...workTitles([TITLE.lead])]).toEqual(['saltwater']);
    expect([...workTitles(['"Ana Ruiz!" the crowd chanted as she arrived.', 'The book Ruiz wrote sold well.'])]).toEqual([]);
    expect(mainActors([TITLE.lead, TITLE.here, TITLE.last])[1]).toBeNull();
    expect([...(mainActors(['The film took Ana Ruiz six years.', 'Ruiz opens the film with a drawing.'])[1] ?? [])]).toEqual(['ruiz']);
  });
});
