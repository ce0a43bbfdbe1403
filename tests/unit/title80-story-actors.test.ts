/**
 * title80: who acts is read across both articles of a compared pair (lib/engine/align.ts `actorsOf` with the other
 * article). (a) A word the other article names as a work is no actor here either: one review calls “Saltwater” a film,
 * the other only opens a sentence with it — main read the title as the actor and refused the same fact told with the
 * director. (b) One person named two ways: "Nora" in one outlet, "Baldwin" in the other, each writing "Nora Baldwin" —
 * main's actor veto (`differentActors`) read two people; a surname its article writes for two people stays two.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { fullNames, personKeys } from '../../lib/nlp/actors';
import { sentenceArticle } from '../data/engine/sentence-article';

const pair = async (here: string[], there: string[]) => {
  const a = sentenceArticle('tribune', here, { outlet: 'Tribune', title: 'Saltwater review' });
  const b = sentenceArticle('coastline', there, { outlet: 'Coastline', title: 'Ana Ruiz returns' });
  return (await compareArticle(a, new MemoryIndex([a, b]))).leftOut.map((f) => f.text);
};

describe('a title the other review names as a work is no actor here', () => {
  const HERE = 'Saltwater opens with a hand-drawn history of the fishing town and its long cannery strike.';
  const TRIBUNE = [
    'Ana Ruiz spent six years making a drama about the fishing town where she grew up.',
    HERE,
    'Critics at the festival praised Saltwater for its cast of first-time actors from the town.',
  ];
  const coastline = (second: string) => [
    'Director Ana Ruiz spent six years on her new film "Saltwater," a drama about the fishing town where she grew up.',
    second,
    'Its cast of first-time actors from the town was praised by critics at the festival.',
  ];
  it('the opening told with the director is shared, not left out', async () => {
    expect(await pair(TRIBUNE, coastline('Ruiz opens the film with a hand-drawn history of the fishing town and its long cannery strike.'))).not.toContain(HERE);
  });
  it('while another fact stays left out', async () => {
    expect(await pair(TRIBUNE, coastline('Ruiz cast her own nephew as the young deckhand at the centre of the story.'))).toContain(HERE);
  });
});

describe('one person named by a given name in one outlet and a surname in the other', () => {
  const HERE = 'Nora was taken to Riverside General Hospital, where she died later that night.';
  const TRIBUNE = ['Police said Nora Baldwin, 31, was struck by a falling branch in Elm Park on Sunday.', HERE, 'The park was closed on Monday.'];
  const coastline = (...middle: string[]) => ['Nora Baldwin, 31, was struck by a falling branch in Elm Park on Sunday.', ...middle, 'The city closed the park on Monday.'];

  it('is one actor: the same fact is shared, not left out', async () => {
    expect(await pair(TRIBUNE, coastline('Baldwin was taken to Riverside General Hospital, where she later died.'))).not.toContain(HERE);
  });
  it('but a surname the other outlet writes for two people is not read as hers', async () => {
    expect(await pair(TRIBUNE, coastline('Her brother, Tom Baldwin, ran for help.', 'Baldwin was taken to Riverside General Hospital, where she later died.'))).toContain(HERE);
  });
  it('reads full names from the text: a title or a common word written in lower case is no given name', () => {
    const names = fullNames(['Nora Baldwin, 31, was struck.', 'Her brother, Tom Baldwin, ran.', 'Chief Ortega spoke.', 'The chief of police was there.']);
    expect(personKeys('baldwin', names)).toBeNull();
    expect(personKeys('nora', names)).toEqual(['nora baldwin']);
    expect(personKeys('ortega', names)).toBeNull();
    expect(personKeys('baldwin', fullNames(['Nora Baldwin, 31, was struck.', 'Nora Jean Baldwin grew up here.']))).toEqual(['nora baldwin', 'jean baldwin']);
  });
});
