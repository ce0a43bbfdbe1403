/**
 * Causes of errors found on real US-politics coverage (NewsWCL50 dev stories, docs/notes/facts3.md),
 * each with cases beyond the seeds: what counts as a fact, years that are not counts, who a sentence
 * is about, a quotation that does not make two speakers one.
 */
import { describe, expect, it } from 'vitest';
import { differentActors, sameQuotation, weighPairs } from '../../lib/engine/align';
import { isCaption, isQuestion, reportFeatures, articleFeatures } from '../../lib/engine/features';
import { entityRuns, explainedAcronyms, novelDetails, foldedText } from '../../lib/engine/report';
import { quantities } from '../../lib/nlp';
import { mainActors } from '../../lib/nlp/actors';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

const article = (id: string, title: string, sentences: string[]): Article => sentenceArticle(id, sentences, { title });

describe('the report\'s fact units', () => {
  const a = article('nyt', 'President Trump Is Coming to Britain', [
    'President Trump Is Coming to Britain.',
    'What will be missing?',
    'Mr. Trump most likely will not get the honors of a traditional state visit when he arrives on July 13.',
    'After the visit was confirmed, Labour MP David Lammy asked: "Anybody any good at making placards?"',
    'Which leaders got a state visit?',
  ]);
  const f = reportFeatures(a, articleFeatures(a));
  it('the headline repeated as the first line of the body is not a fact (its title already names the article)', () => {
    expect(f[0]!.fact).toBe(false);
    expect(f[2]!.fact).toBe(true);
  });
  it('a question asked of the reader states nothing; a question someone asked, quoted, is a fact', () => {
    expect(f[1]!.fact).toBe(false);
    expect(f[4]!.fact).toBe(false);
    expect(f[3]!.fact).toBe(true);
    expect(isQuestion('How is the plague spread?')).toBe(true);
    expect(isQuestion('The man told doctors he ate the rabbit meat.')).toBe(false);
  });
  it('only the report reads them: the story stage keeps its own fact units', () => {
    expect(articleFeatures(a)[4]!.fact).toBe(true);
    expect(articleFeatures(a)[0]!.fact).toBe(true);
  });
});

describe('years written before a noun are dates, not counts', () => {
  const kinds = (s: string) => quantities(s).map((q) => `${q.kind}:${q.value}`);
  it('"the 2016 election", "Trump\'s 2020 re-election bid", "its 2019 budget"', () => {
    expect(kinds('Democrats want to remind voters of the 2016 election.')).toEqual(['year:2016']);
    expect(kinds("Brad Parscale, the campaign manager for Mr. Trump's 2020 re-election bid, called it a sham.")).toEqual(['year:2020']);
    expect(kinds('The council cut its 2019 budget.')).toEqual(['year:2019']);
  });
  it('a count stays a count: "2,000 people", "more than 1500 people", "$750,000"', () => {
    expect(kinds('About 2,000 people marched.')).toEqual(['count:2000']);
    expect(kinds('more than 1500 people')).toEqual(['count:1500']);
    expect(kinds('a $750,000 settlement')).toEqual(['money:750000']);
  });
  it('so a year the other outlet does not repeat is no second fact of an aligned sentence', () => {
    const other = article('fox', 'x', ['Brad Parscale, campaign manager of the Trump campaign, slammed the suit as "frivolous."']);
    expect(novelDetails('The campaign operation Trump has set up ahead of the 2020 president election called the lawsuit frivolous.', foldedText(other))).toEqual([]);
  });
});

describe('who a sentence is about', () => {
  it('a unit opening with "his"/"her" is not about the previous sentence\'s actor', () => {
    const texts = [
      'The D.N.C. complaint is broad in its claims, naming a long list of defendants that includes Mr. Trump;',
      'his son, Donald Jr., and son-in-law, Jared Kushner;',
      'Senator Warren filed the bill on Monday.',
      'She said it would pass.',
    ];
    const a = mainActors(texts);
    expect(a[1] ? [...a[1]].join(' ') : null).not.toBe('dnc');
    expect(a[3] ? [...a[3]].join(' ') : null).toBe('warren');
  });

  it('two people quoted with different words are two statements; the same quotation under two attributions is one', () => {
    const pairs = weighPairs([
      [
        'Brad Parscale, campaign manager of the Trump campaign, slammed the suit as "frivolous" and "a sham with no future in any court."',
        'Roger J. Stone Jr., a former adviser, dismissed it in an email as "a left-wing conspiracy theory dressed up as a lawsuit."',
      ],
      [
        'Mary Cheney wrote: "For the record, I love my sister, but she is dead wrong on the issue of marriage."',
        'Liz Cheney\'s sister Mary answered: "For the record, I love my sister, but she is dead wrong on the issue of marriage."',
      ],
    ]);
    const [parscale, stone] = pairs[0]!;
    const [clinton, she] = pairs[1]!;
    expect(sameQuotation(parscale!, stone!)).toBe(false);
    expect(differentActors(parscale!, new Set(['brad', 'parscale']), stone!, new Set(['roger', 'stone']))).toBe(true);
    expect(sameQuotation(clinton!, she!)).toBe(true);
    expect(differentActors(clinton!, new Set(['mary', 'cheney']), she!, new Set(['liz', 'cheney', 'sister']))).toBe(false);
    // Asked again, in either order, mixed with other pairs (perf34 keeps each unit's runs): the same answers.
    for (let k = 0; k < 2; k++) {
      expect(sameQuotation(stone!, parscale!)).toBe(false);
      expect(sameQuotation(she!, clinton!)).toBe(true);
      expect(sameQuotation(parscale!, she!)).toBe(false);
      expect(sameQuotation(clinton!, she!)).toBe(true);
    }
    // A unit whose features now carry another text is read afresh: Stone quoted with Parscale's words is the same quotation.
    const stoneNow = { ...stone!, f: { ...stone!.f, unit: { ...stone!.f.unit, text: parscale!.f.unit.text } } };
    expect(sameQuotation(parscale!, stone!)).toBe(false);
    expect(sameQuotation(stoneNow, parscale!)).toBe(true);
  });
});

describe('names told differently are one name', () => {
  const other = article('fox', 'x', [
    'The Democratic National Committee filed the civil suit in federal district court in Manhattan.',
    'In January this year, Trump nixed a February visit to the U.K. to open the U.S. Embassy.',
  ]);
  it('an acronym and the name it stands for ("D.N.C." / "Democratic National Committee"), a country and its demonym ("American" / "U.S.")', () => {
    // Two names the other article "lacks" made a second fact; both are there under another form.
    expect(novelDetails('The D.N.C. said Trump cancelled a visit to Britain to open the new American embassy.', foldedText(other))).toEqual([]);
  });
  it('a name really missing still counts: two people the other article never names', () => {
    expect(novelDetails('The suit names Julian Assange and Roger Stone as defendants.', foldedText(other))).toEqual(['julian assange', 'roger stone']);
  });
});

describe('a quotation continued over several sentences keeps its speaker', () => {
  it('the sentence that is only a quotation is the previous speaker\'s', () => {
    const texts = [
      '“I don\'t know when Mueller will finish,” Mr. Perez said.',
      '“I\'m very concerned about the run-up to the midterm elections.”',
      'Democrats are keen to remind voters of the issue ahead of the midterm elections.',
    ];
    const a = mainActors(texts);
    expect(a[1] ? [...a[1]].join(' ') : null).toBe('perez');
  });
});

describe('names written with a title or an initial', () => {
  it('"Mr. Stone", "Roger J. Stone Jr.", "Donald J. Trump" are whole names, the title left out', () => {
    expect(entityRuns('He left. Mr. Stone arrived.')).toEqual([['stone']]);
    expect(entityRuns('Roger J. Stone Jr., a former adviser, spoke.')).toEqual([['roger', 'j', 'stone']]);
    expect(entityRuns('Brad Parscale, campaign manager of Donald J. Trump for President, slammed it.')[1]).toEqual(['donald', 'j', 'trump']);
  });
  it('so a list of defendants the other outlet never names is a second fact ("Mr. Stone … George Papadopoulos")', () => {
    const fox = article('fox', 'x', ['The suit names several Trump campaign aides, including son-in-law Jared Kushner, campaign chair Paul Manafort and campaign deputy Rick Gates.']);
    expect(novelDetails('and a group of former campaign aides including Mr. Stone, Paul Manafort, Rick Gates and George Papadopoulos.', foldedText(fox))).toEqual([
      'stone',
      'george papadopoulos',
    ]);
  });
});

describe('photo captions are not facts', () => {
  it('a line that names who and where with no verb is a caption', () => {
    expect(isCaption('President Trump and Prime Minister Theresa May of Britain at the White House in 2017.')).toBe(true);
    expect(isCaption("Tom Perez, the chairman of the Democratic Party, during the party's winter meeting in Atlanta last February.")).toBe(true);
    expect(isCaption('Photo by David Dyer-Bennet.')).toBe(true);
  });
  it('a sentence keeps its verb however it is written: a past, a third person, a modal, a plural subject\'s verb, a contraction', () => {
    for (const t of [
      'Russia beat Croatia on Monday.',
      'The DNC blames Russia for breaches of its computer systems in 2015.',
      'Early polls show Republicans run some risk of losing control of Congress.',
      'Tickets for the anniversary tour go on sale at 10 a.m. Friday.',
      "It's very difficult to build wealth if you spend more than you earn.",
      'The Democratic Party used a similar tactic during the Watergate scandal in 1972.',
      'May was similarly glowing in her praise of the relationship.',
    ])
      expect(isCaption(t), t).toBe(false);
  });
  it('a quotation, a figure, a schedule line, or the rest of a sentence cut at a semicolon is kept', () => {
    expect(isCaption('"Looking forward to seeing our closest ally and friend."')).toBe(false);
    expect(isCaption('Mekhi Robinson 1 goal, 1 assist.')).toBe(false);
    expect(isCaption('June 24 -- Jiffy Lube Live, Bristow, VA')).toBe(false);
    expect(isCaption('his son, Donald Jr., and son-in-law, Jared Kushner;')).toBe(false);
  });
  it('only in English articles, and only in the report', () => {
    const en = article('nyt', 'Trump visit', ['Mr. Trump will arrive on July 13.', 'President Trump and Prime Minister Theresa May of Britain at the White House in 2017.']);
    expect(reportFeatures(en, articleFeatures(en)).map((f) => f.fact)).toEqual([true, false]);
    const es = { ...article('elpais', 'Visita', ['Trump llegará el 13 de julio a Londres.', 'El presidente Trump y la primera ministra Theresa May en la Casa Blanca en 2017.']), language: 'es' };
    expect(reportFeatures(es, articleFeatures(es)).map((f) => f.fact)).toEqual([true, true]);
  });
});

describe('"May" the prime minister is not May the month', () => {
  it('a name beside other names or as a subject; a month beside a number or after a word of time', () => {
    expect(entityRuns('Trump will meet Theresa May in May, and Mrs. May said so on May 17.')).toEqual([['theresa', 'may'], ['may']]);
    const a = mainActors(['Theresa May hosted Trump.', 'May was similarly glowing in her praise.', 'May 17 -- The Forum, Los Angeles']);
    expect(a.map((x) => (x ? [...x].join(' ') : null))).toEqual(['theresa may', 'may', null]);
  });
});

describe('an acronym the sentence spells out is the same name', () => {
  it('"the Centre for Disease Control (CDC)" names one body, not two the other outlet lacks', () => {
    expect([...explainedAcronyms('According to the Centre for Disease Control (CDC) in the US, the plague is treatable.')]).toEqual(['cdc']);
    expect([...explainedAcronyms('The Associated Press (AP) reported it.')]).toEqual(['ap']);
    expect([...explainedAcronyms('He spoke to the press (AP).')]).toEqual([]);
    const sun = article('sun', 'x', ['Nowadays, plague is easily treated with antibiotics, disease control officials in the US said.']);
    expect(novelDetails('According to the Centre for Disease Control (CDC) in the US, the plague is treatable with antibiotics.', foldedText(sun))).toEqual([]);
  });
});
