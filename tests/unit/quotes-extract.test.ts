/**
 * Quotes found in an article at ingestion: what a reader would call "the quote" and who said it.
 * Articles go through the real ingestion (lib/ingest) first, so units and embeds are the real ones.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index';
import { extractQuotes } from '../../lib/quotes/extract';
import type { Article, Quote } from '../../lib/types';

function article(body: string, name = 'story.md'): Article {
  const content = `---\ntitle: "A test story"\ndate: 2026-05-04\n---\n${body}\n`;
  const r = ingestFile({ name, content });
  expect(r.errors).toEqual([]);
  return r.articles[0]!;
}

const quotesOf = (body: string) => extractQuotes(article(body));
const direct = (qs: Quote[]) => qs.filter((q) => q.kind === 'direct');

describe('quoted spans', () => {
  it.each([
    ['curly marks', 'Ann Lee spoke on Monday. “We will rebuild the bridge,” Lee said.', 'We will rebuild the bridge'],
    ['straight marks', 'Ann Lee spoke on Monday. "We will rebuild the bridge," Lee said.', 'We will rebuild the bridge'],
    [
      'straight marks nested in straight marks',
      'Ann Lee spoke on Monday. "We will free everyone (even those called "heroes") who asks for it," Lee wrote.',
      'We will free everyone (even those called "heroes") who asks for it',
    ],
    [
      'single marks nested in curly marks',
      'Omar Farid came back. “They told me ‘go home,’ and I did,” said Omar Farid.',
      'They told me ‘go home,’ and I did',
    ],
    [
      'a quote running across sentences',
      '“The vote is over. The work starts now,” said Sen. Maria Diaz.',
      'The vote is over. The work starts now',
    ],
    [
      'a stray opening mark inside a quote (copied text)',
      'Maria Diaz wrote again. “Listen to them “tell their own story about the river,” the senator posted.',
      'Listen to them “tell their own story about the river',
    ],
  ])('%s', (_name, body, text) => {
    const qs = direct(quotesOf(body));
    expect(qs.map((q) => q.text)).toEqual([text]);
  });

  it('offsets point at the quoted words in the article text', () => {
    const a = article('Ann Lee spoke on Monday. “We will rebuild the bridge,” Lee said.');
    const [q] = direct(extractQuotes(a));
    expect(a.text.slice(q!.start, q!.end)).toBe('We will rebuild the bridge');
    expect(q!.units.length).toBe(1);
    expect(a.units[q!.units[0]!]!.text).toContain('We will rebuild the bridge');
  });

  it('a quote split by its attribution is one quote in two parts, same speaker', () => {
    const a = article('Mayor Ann Lee spoke on Monday.\n\n“We will rebuild the bridge,” she said. “It will take two years.”');
    const qs = direct(extractQuotes(a));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.text).toBe('We will rebuild the bridge, It will take two years.');
    expect(qs[0]!.speaker).toBe('Ann Lee');
    expect(qs[0]!.parts!.map((p) => a.text.slice(p.start, p.end))).toEqual(['We will rebuild the bridge', 'It will take two years.']);
  });

  it.each([
    ['a film title in single marks', "The film 'Silent River' opened on Friday in two cinemas."],
    ['a title in curly marks after "titled"', 'She shared a documentary titled “Surviving the Flood.”'],
    ['a programme name', 'The network pulled the segment from its program “Sixty Minutes” on Sunday.'],
    ['apostrophes', "The country’s leaders' plans and the mayors’ budget were all late, wasn't it so."],
    ['a stray closing mark with no attribution', `Maley spoke on CNBC's " Trading Nation" on Monday about the stock.`],
  ])('no quote in %s', (_name, body) => {
    expect(direct(quotesOf(body))).toEqual([]);
  });

  it('a single-quoted quote (British style) is a quote, titles beside it are not', () => {
    const qs = quotesOf("The painting 'Night Harbor' was removed.\n\n‘We take every complaint seriously,’ said museum director Anne Keller.");
    expect(direct(qs).map((q) => [q.text, q.speaker])).toEqual([['We take every complaint seriously', 'Anne Keller']]);
  });

  it('a closing mark with no opening one, followed by an attribution, quotes its sentence', () => {
    const qs = direct(quotesOf('President Omar Farid spoke last.\n\nFor now, he added, the city will wait for the money," Farid said.'));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['For now, he added, the city will wait for the money', 'Omar Farid']]);
  });
});

describe('odd input', () => {
  it.each([
    ['empty text', { text: '', units: [], title: '' }],
    ['marks only', { text: `"""" “ ” ‘’ ' '`, units: [], title: '' }],
    ['no units', { text: 'Omar Farid arrived. “We are ready,” Farid said.', units: [], title: '' }],
  ])('%s: no crash, nothing invented', (_name, a) => {
    const qs = extractQuotes(a);
    for (const q of qs) {
      expect(q.end).toBeGreaterThan(q.start);
      expect(a.text.slice(q.start, q.end)).toBe(q.text);
    }
    if (!/\p{L}/u.test(a.text)) expect(qs).toEqual([]);
  });
});

describe('speakers', () => {
  it.each([
    ['name after the quote', 'Omar Farid arrived. “We are ready,” Farid said.', 'Omar Farid'],
    ['verb before the name', 'Omar Farid arrived. “We are ready,” added Farid.', 'Omar Farid'],
    ['name before the quote', 'Omar Farid arrived. Farid wrote that “we are ready for the work ahead.”', 'Omar Farid'],
    ['title and full name', '“We are ready,” said President Omar Farid.', 'Omar Farid'],
    ['role described ("the president")', 'President Omar Farid visited the site.\n\n“We are ready,” the president said.', 'Omar Farid'],
    [
      'role narrowed by its words ("the Salvadoran president" among two presidents)',
      'Salvadoran President Omar Farid met President Jane Kerr of Chile.\n\n“We are ready,” the Salvadoran president said.',
      'Omar Farid',
    ],
    ['apposition', 'The visitor, Tom Reyes, said he was "not trying to get anything banned."', 'Tom Reyes'],
    [
      'pronoun: the nearest person of the right gender, not the nearest name',
      'Ann Lee met Omar Farid on Monday. In her statement, Lee praised the plan. Farid said his team was ready.\n\nLee thanked Farid for his work.\n\n“We start tomorrow,” he said.',
      'Omar Farid',
    ],
    [
      'pronoun: the subject of the previous sentence',
      'Council member Luis Ortega voted no. Ortega said the decision would hurt families.\n\n"Kids will lose the one quiet place they have," he said.',
      'Luis Ortega',
    ],
    ['nobody named', '“We are ready,” a spokesperson said.', null],
  ])('%s', (_name, body, speaker) => {
    const qs = direct(quotesOf(body));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toBe(speaker);
  });
});

describe('reported speech', () => {
  it.each([
    ['"said that"', 'Ann Lee said that the city would pay for the repairs itself.', 'the city would pay for the repairs itself', 'Ann Lee'],
    ['"said" without "that"', 'In response, Ann Lee said her city was ready to cooperate with the inquiry.', 'her city was ready to cooperate with the inquiry', 'Ann Lee'],
    ['a pronoun', 'Ann Lee spoke first. In her speech, Lee praised the crews. She added that the bridge would reopen in May.', 'the bridge would reopen in May', 'Ann Lee'],
    ['"according to X"', 'Ann Lee spoke first. According to Lee, the bridge will reopen in the spring.', 'the bridge will reopen in the spring', 'Ann Lee'],
  ])('%s is kept as a paraphrase', (_name, body, text, speaker) => {
    const qs = quotesOf(body).filter((q) => q.kind === 'reported');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([[text, speaker]]);
  });

  it('an attribution of a direct quote is not reported speech', () => {
    const qs = quotesOf('Omar Farid arrived. “We are ready,” Farid wrote in the post on his account.');
    expect(qs.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('embedded posts', () => {
  it('a post embedded in the article is a quote with its author and date from the signature line', () => {
    const body = [
      // (Long enough that ingestion does not count it as part of the post: posts are at most ~280 characters.)
      'The minister answered critics on Tuesday in a long exchange that ran over several days and drew replies from lawmakers of every party in the chamber and from abroad as well, before he posted a short message of his own late in the evening, after the vote had closed.',
      'We are ready to help every family that lost a home. Nobody will be left behind.',
      '— Omar Farid (@ofarid) May 2, 2026',
      '“We are ready to help,” Farid said later.',
    ].join('\n\n');
    const a = article(body);
    const embedded = extractQuotes(a).filter((q) => q.kind === 'embedded');
    expect(embedded).toHaveLength(1);
    expect(embedded[0]).toMatchObject({
      text: 'We are ready to help every family that lost a home. Nobody will be left behind.',
      speaker: 'Omar Farid',
      date: '2026-05-02',
      handle: 'ofarid',
    });
    expect(extractQuotes(a).filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Omar Farid']);
  });

  it('seed 002 embeds Bukele’s post of December 23, 2025', () => {
    const r = ingestFile({ name: '002_ad7da8ead634a3f9.txt', content: readFileSync('seeds/002_ad7da8ead634a3f9.txt', 'utf8') });
    const embedded = extractQuotes(r.articles[0]!).filter((q) => q.kind === 'embedded');
    expect(embedded).toHaveLength(1);
    expect(embedded[0]!.speaker).toBe('Nayib Bukele');
    expect(embedded[0]!.date).toBe('2025-12-23');
    expect(embedded[0]!.text).toContain('We stand ready to release our entire prison population');
    expect(embedded[0]!.text).not.toContain('https://');
  });
});

describe('the seeds', () => {
  const seed = (id: string) => {
    const r = ingestFile({ name: `${id}.txt`, content: readFileSync(`seeds/${id}.txt`, 'utf8') });
    return extractQuotes(r.articles[0]!);
  };

  it('003: the quote with nested straight quotes stays whole and is Bukele’s', () => {
    const q = seed('003_38879e5049cf1087').find((x) => x.text.startsWith('We are willing to release'));
    expect(q).toBeDefined();
    expect(q!.text).toContain('"political prisoners") to any country willing to receive them');
    expect(q!.speaker).toBe('Nayib Bukele');
    expect(q!.parts).toHaveLength(2);
    expect(q!.text).toContain('The only condition is straightforward: it must be everyone.');
  });

  it('003: "she wrote" after Clinton’s question is Hillary Clinton', () => {
    const q = seed('003_38879e5049cf1087').find((x) => x.text.startsWith('Curious to learn more'));
    expect(q!.speaker).toBe('Hillary Clinton');
  });

  it('004: "the Central American president" is Nayib Bukele', () => {
    const q = seed('004_91c9a7de652690cd').find((x) => x.text.startsWith('The only condition is clear'));
    expect(q!.speaker).toBe('Nayib Bukele');
  });

  it('001: "Bukele stated that …" is reported speech', () => {
    const q = seed('001_c9b1ae6c24b4ec71').find((x) => x.kind === 'reported' && x.text.startsWith('El Salvador will continue'));
    expect(q!.speaker).toBe('Nayib Bukele');
  });
});
