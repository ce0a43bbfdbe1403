/**
 * speak7: countries and organisations the text has act, the one spoken to, a family name written
 * alone, and quoted titles — each on an article written for the test (lib/quotes/speakers.ts,
 * lib/quotes/ranker.ts).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';
import { extractQuotes } from '../../lib/quotes/extract';
import { People, regionNames } from '../../lib/quotes/speakers';
import type { Article, Quote } from '../../lib/types';

const article = storyArticle;
/** The names the ranker weighs for one quote. */
function candidatesOf(a: Article, start: string): string[] {
  let names: string[] | null = null;
  extractQuotes(a, { onCandidates: (q, cands) => { if (q.text.startsWith(start)) names = cands.map((c) => c.name); } });
  if (!names) throw new Error(`no quote starting "${start}"`);
  return names;
}

describe('a country the text has act is not a speaker', () => {
  const a = article(`WASHINGTON — The Democratic Party filed a lawsuit on Friday against Russia and several campaign aides. Party chairman Tom Perez said the suit was "about protecting our democracy."

Russia has denied any role in the hacking. Suing a foreign country is hard. However, the suit argues that Russia shouldn't be entitled to sovereign immunity because the "claims arise out of trespass on private servers in order to steal trade secrets."`);
  it('the runtime knows the names of countries (Intl.DisplayNames, nothing shipped)', () => {
    const names = regionNames();
    expect(names.has('russia')).toBe(true);
    expect(names.has('north korea')).toBe(true);
    expect(names.has('canada')).toBe(true);
    expect(names.has('perez')).toBe(false);
  });
  it('"the suit argues that Russia …": nobody named speaks, and Russia is no candidate', () => {
    expect(candidatesOf(a, 'claims arise out of')).not.toContain('Russia');
    expect(speakerOf(a, 'claims arise out of')).toBeNull();
    expect(speakerOf(a, 'about protecting our democracy')).toBe('Tom Perez');
  });
});

describe('an organisation is never the speaker when a person is named', () => {
  const text = `Keystone Media laid off 60 reporters this year. Keystone Media called the cuts "immaterial" in a filing, and its chief executive, Ellen Marsh, said the company would "keep every newsroom open for as long as readers want it."`;
  it('"… Media" heads an organisation, not a person\'s name', () => {
    expect(new People(text).allPersons().map((p) => p.name)).not.toContain('Keystone Media');
  });
  it('the chief executive speaks her words; the company is never a candidate', () => {
    const a = article(text);
    expect(speakerOf(a, 'keep every newsroom open')).toBe('Ellen Marsh');
    expect(candidatesOf(a, 'immaterial')).not.toContain('Keystone Media');
  });
});

describe('the one spoken to is not the speaker', () => {
  const a = article(`Jane Okoro, an aunt of the singer, spoke to reporters on Monday. "He was brilliant from the start and reading at an adult level in kindergarten," Okoro said.

Relations in the family soured. At some point his late father told Okoro that "the only way I know he is alive is because he cashes the checks I send."`);
  it('"his father told Okoro that “…”": not Okoro\'s words (the father is not named)', () => {
    expect(speakerOf(a, 'He was brilliant')).toBe('Jane Okoro');
    expect(candidatesOf(a, 'the only way I know')).not.toContain('Jane Okoro');
    expect(speakerOf(a, 'the only way I know')).toBeNull();
  });
  it('"urged the board to explain “…”": the one asked to speak is nobody named', () => {
    const b = article(`Senator Adaeze Okafor urged the board to explain "why the money was never spent on the schools it was meant for."`);
    expect(speakerOf(b, 'why the money was never spent')).toBeNull();
  });
});

describe('a family name written alone is the full name it opens', () => {
  it('"Kim Jong Un … Kim said": Kim Jong Un', () => {
    const a = article(`PYONGYANG — North Korean leader Kim Jong Un met party officials on Friday. Kim is also preparing for talks with the South.

"It is not necessary for us to conduct any more tests," Kim said at the meeting.`);
    expect(speakerOf(a, 'It is not necessary')).toBe('Kim Jong Un');
  });
});

describe('a title word that is the article\'s surname is a name', () => {
  it('"Billy King … King said that …, “…”": Billy King, not a king', () => {
    const a = article(`Team president Billy King met the players on Monday.

King said that in his meetings with players, "not one of them said they would not play for the coach."`);
    expect(speakerOf(a, 'not one of them')).toBe('Billy King');
  });
  it('"King Charles … the King said": still a title, no surname in the article', () => {
    const a = article(`King Charles spoke at the opening on Monday.

"We are all in this together," the King said.`);
    expect(speakerOf(a, 'We are all')).not.toBe('King');
  });
});

describe('a quoted title is nobody\'s words', () => {
  it('"In his book “…”": the title is not the author\'s speech', () => {
    const a = article(`Early retiree Grant Sabine suggests saving 25 times your yearly costs. In his book "Financial Freedom: A Path to All the Money You Will Ever Need," Sabine shares the formula he used to reach his number.`);
    expect(speakerOf(a, 'Financial Freedom')).toBeNull();
  });
  it('"a project codenamed “…”": a name, not a quote', () => {
    const a = article(`Prime Minister Avi Dror spoke for an hour on Monday. Dror referred to a secret weapons project, codenamed "Amad", which he said had been shelved in 2003.`);
    expect(speakerOf(a, 'Amad')).toBeNull();
  });
});

describe('words a publication or a document reports', () => {
  it('"a newspaper, Munhwa Ilbo, reported that … “…”": not the leaders named after', () => {
    const a = article(`SEOUL — The two leaders will meet next week.

On Tuesday, a South Korean newspaper, Munhwa Ilbo, reported that the two countries were negotiating an announcement "to ease military tensions and end a military confrontation," as part of the summit meeting planned between Mr. Kim and President Moon Jae-in of South Korea.`);
    expect(speakerOf(a, 'to ease military tensions')).toBeNull();
  });
});
