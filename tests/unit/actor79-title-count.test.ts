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

describe('a count after a dateline is no actor', () => {
  const LEAD = 'RIVERTON, Ore. (KRVT) — Seven people were shot outside a tavern on Dock Street early Sunday, police said.';
  const LAST = 'Police have not named a suspect and asked witnesses to call the Riverton tip line.';
  const report = twoTellings(LEAD, LAST, ['Seven shot outside Riverton tavern', 'Shooting on Dock Street wounds seven']);
  const HERE = 'Seven victims were taken to Riverton General Hospital, where two remain in critical condition.';

  it('the same fact told with the deputy who drove them is shared, not left out', async () => {
    const r = await report(HERE, 'Deputy Carla Nunes took the victims to Riverton General Hospital, where two remain in critical condition.');
    expect(r.leftOut.map((f) => f.text)).not.toContain(HERE);
  });
  it('while a sentence about another fact stays left out', async () => {
    const r = await report(HERE, 'Deputy Carla Nunes said the tavern had been cited twice this year for serving after hours.');
    expect(r.leftOut.map((f) => f.text)).toContain(HERE);
  });
  it('reads counts and the dateline from the text, and keeps real names', () => {
    const [lead, count, name] = mainActors([LEAD, HERE, 'Nunes drove two of the victims herself.', 'The sheriff thanked Carla Nunes.']);
    expect(lead).toBeNull();
    expect(count).toBeNull();
    expect([...(name ?? [])]).toEqual(['nunes']);
  });
});

describe('a work\'s title is no actor', () => {
  const LEAD = 'Director Ana Ruiz spent six years on her new film "Saltwater," which opens in theaters on Friday.';
  const LAST = 'Critics at the festival praised Saltwater for its cast of first-time actors from the town.';
  const report = twoTellings(LEAD, LAST, ['Review: Saltwater', 'Ana Ruiz returns with Saltwater']);
  const HERE = 'Saltwater opens with a hand-drawn history of the fishing town and its long cannery strike.';

  it('the film\'s opening told with its director is shared, not left out', async () => {
    const r = await report(HERE, 'Ruiz opens the film with a hand-drawn history of the fishing town and its long cannery strike.');
    expect(r.leftOut.map((f) => f.text)).not.toContain(HERE);
  });
  it('only a title the article names as a work: a quoted name alone is not one', () => {
    expect([...workTitles([LEAD])]).toEqual(['saltwater']);
    expect([...workTitles(['"Ana Ruiz!" the crowd chanted as she arrived.', 'The book Ruiz wrote sold well.'])]).toEqual([]);
    expect(mainActors([LEAD, HERE, LAST])[1]).toBeNull();
    expect([...(mainActors(['The film took Ana Ruiz six years.', 'Ruiz opens the film with a drawing.'])[1] ?? [])]).toEqual(['ruiz']);
  });
});
