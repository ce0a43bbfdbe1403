/**
 * speak9: the causes found on PolNeAR's speaker sample (docs/notes/speak9.md), each on an article written
 * for the test: the doubled apostrophe as a quotation mark, an auxiliary in a post-quote attribution, an
 * unnamed speaker ("said a New Hampshire Republican"), a fronted phrase before the clause's subject, names
 * with initials, verbs of praising and promising.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';
import { extractQuotes } from '../../lib/quotes/extract';
import { markedSpans } from '../../lib/quotes/marks';


describe("two straight apostrophes are one double quotation mark (archive and wire text: ''…,'' she said)", () => {
  const a = storyArticle(`Governor Dana Whitcombe has run a cautious campaign this spring, visiting farm towns across the state.

Many farmers agree with her. ''The price of feed went up every single year,'' said Tomas Rell, a dairy farmer in Ashby, who voted for her opponent last time.`);
  it('the quote is the words between the pairs, without an apostrophe', () => {
    const t = a.text;
    const from = t.indexOf("''The price");
    const spans = markedSpans(t, from, t.indexOf('\n', from) < 0 ? t.length : t.indexOf('\n', from));
    expect(spans).toHaveLength(1);
    expect(t.slice(spans[0]!.innerStart, spans[0]!.innerEnd)).toBe('The price of feed went up every single year,');
  });
  it('and the attribution after it is read: Tomas Rell', () => {
    expect(speakerOf(a, 'The price of feed')).toBe('Tomas Rell');
  });
  it("an apostrophe inside a word is still no mark: ''We don't,'' is one quote", () => {
    const b = storyArticle(`Whitcombe spoke in Ashby on Friday.\n\n''We don't need any more promises,'' Whitcombe said.`);
    const qs = extractQuotes(b).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => q.text)).toEqual(["We don't need any more promises"]);
    expect(qs[0]!.speaker).toBe('Whitcombe');
  });
});

describe('an auxiliary between the subject and the verb of saying after a quote', () => {
  const a = storyArticle(`Governor Dana Whitcombe has run a cautious campaign this spring, visiting farm towns across the state.

The most telling promise she has made is that she will not overpromise. "We don't need any more of that," she has said.`);
  it('"…,” she has said → the governor', () => {
    expect(speakerOf(a, "We don't need")).toBe('Dana Whitcombe');
  });
});

describe('a speaker the text does not name is nobody, not the person the sentence is about', () => {
  const a = storyArticle(`Senator Mara Quill spent the week touring the coast before the primary, and her rival Paul Denning stayed in the capital.

"There are more candidates competing on the coast than ever," added another New Hampshire Republican.

Those Republican insiders who think Quill can overtake Denning stressed the late nature of the coast primary and the unreliability of polling in the week before it.

"The coast has always voted late, and polls never catch it," said a New Hampshire Republican. "Quill will do fine."

In August, Quill flew to the capital to share her decision with the board. "The market will hate this deal," she recounted telling them in her memoir.

Shortly before the announcement, she summoned her staff. Quill was not one for "long committee meetings," said one former aide who asked not to be named.

"Nobody expected the turnout," a Vermont Democrat said.

"She listens," said a former campaign adviser, Joanna Parker, who has known her since college.`);
  it('"said a New Hampshire Republican": no speaker (the words are no name)', () => {
    expect(speakerOf(a, 'The coast has always')).toBeNull();
  });
  it('"Quill was not one for “…,” said one former aide": not Quill', () => {
    expect(speakerOf(a, 'long committee meetings')).toBeNull();
  });
  it('"“…,” a Vermont Democrat said": no speaker', () => {
    expect(speakerOf(a, 'Nobody expected')).toBeNull();
  });
  it('an unnamed description with the name in apposition: the name', () => {
    expect(speakerOf(a, 'She listens')).toBe('Joanna Parker');
  });
});

describe('a fronted phrase is not the subject of the clause a participle of saying hangs on', () => {
  const a = storyArticle(`Britain's vote on leaving the European Union drew comment from across the Atlantic this week.

In line with most of his fellow Texans, Senator Ted Cruz was also critical of the president, telling a London radio station: "The president's comments today are typical of his administration.

"Rather than scolding our closest allies, the president should look for ways to strengthen the relationship."`);
  it('"In line with … Texans, Senator Ted Cruz was critical …, telling …: “…”" → Ted Cruz, and the next paragraph continues him', () => {
    expect(speakerOf(a, "The president's comments")).toBe('Ted Cruz');
    expect(speakerOf(a, 'Rather than scolding')).toBe('Ted Cruz');
  });
});

describe('names written with initials', () => {
  const a = storyArticle(`Welders in the county have long voted for the incumbent party, and many still do.

"The plant closed and nobody came back for us," said T. J. Harlan, a welder in Dayton, who voted for the senator in 2010.

"We just want the work," said J.J. Moreno, another welder.`);
  it('"said T. J. Harlan, a welder" → T. J. Harlan', () => {
    expect(speakerOf(a, 'The plant closed')).toBe('T. J. Harlan');
  });
  it('"said J.J. Moreno" → J.J. Moreno (not "J.J")', () => {
    expect(speakerOf(a, 'We just want')).toBe('J.J. Moreno');
  });
});

describe('verbs of praising and promising name their subject as the speaker', () => {
  const a = storyArticle(`Former executive Lena Marsh endorsed Senator Ted Cruz on Wednesday at a rally in Miami.

Marsh, who left the race in February, made a surprise appearance at the rally. She applauded him for defying the establishment and fighting for Americans' liberties "over and over again."

Cruz and his rivals have used aggressive language about the war, with Cruz recently promising to "carpet bomb them into oblivion."`);
  it('"She applauded him for … “over and over again.”" → Lena Marsh', () => {
    expect(speakerOf(a, 'over and over again')).toBe('Lena Marsh');
  });
  it('"with Cruz recently promising to “…”" → Ted Cruz', () => {
    expect(speakerOf(a, 'carpet bomb')).toBe('Ted Cruz');
  });
});

describe('a publication is never the speaker (issue 8 item 6)', () => {
  const a = storyArticle(`Mayor Lena Voss released her financial disclosure on Friday, the largest the city has seen.

But as The Ledger pointed out, "Voss has so far declined to release any tax returns, something every mayor has done in the modern era."

In Seattle, marchers carried white roses, KOMO-TV reported. Marco Delgado of Tacoma carried a photo. "I pretty much cried the whole parade," he said.`);
  it('"as The Ledger pointed out, “…”": not "Ledger"', () => {
    expect(speakerOf(a, 'Voss has so far')).toBeNull();
  });
  it('"he said" after "KOMO-TV reported": never the station', () => {
    expect(speakerOf(a, 'I pretty much cried')).not.toBe('KOMO-TV');
  });
});

describe('guards found reading the unjudged changes', () => {
  it('a new sentence after a quote ending in a period is no attribution with an auxiliary: "…another “Holocaust.” Netanyahu has said that …"', () => {
    const a = storyArticle(`Senator Ray Colton spoke about the treaty on Tuesday.

Colton has said that the treaty could lead to another "catastrophe." Minister Eli Varga has said that the treaty protects his country.`);
    expect(speakerOf(a, 'catastrophe')).toBe('Ray Colton');
  });
  it('"…,” a nod to the front-runner acknowledging …": no unnamed speaker, the sentence\'s own one stands', () => {
    const a = storyArticle(`Senator Ray Colton and Governor Lena Marsh met in the debate on Thursday.

That prompted Colton to make a joke about yoga and call Marsh "very flexible," a nod to the governor acknowledging that she had changed her position.`);
    expect(speakerOf(a, 'very flexible')).toBe('Ray Colton');
  });
  it('"When Robby Mook, Clinton\'s campaign manager was asked …, he laughed and said, “…”": the subordinate clause is no fronted phrase', () => {
    const a = storyArticle(`Questions are surfacing about when Governor Lena Marsh will hold her next press conference.

When Tom Keller, Marsh's campaign manager was asked at a luncheon whether Marsh would schedule one before Election Day, he laughed and said, "We'll see."`);
    expect(speakerOf(a, "We'll see")).toBe('Tom Keller');
  });
});

describe('read after the sealed PolNeAR reading', () => {
  const a = storyArticle(`Republicans said the credibility of Congress was on the line in the dispute over the subpoena.

"We cannot have people come here and refuse to answer," Rep. Dale Hurst (R-Ohio) said. "If you continue that, you destroy the whole basis of our government."

"Turnout will decide it," said pollster Nadia Brock. "Education is the primary driver this year."

At a rally, Senator Tom Reyes (R-Fla.) said the governor is "unelectable now." Senator Ana Cole (D-Texas), also a candidate, called the ad "abhorrent" on Sunday.`);
  it('"“…,” Rep. Dale Hurst (R-Ohio) said. “…”": both parts are the congressman\'s, not "Republicans"', () => {
    expect(speakerOf(a, 'We cannot have people')).toBe('Dale Hurst');
    expect(speakerOf(a, 'If you continue')).toBe('Dale Hurst');
  });
  it('"said pollster Nadia Brock" → Nadia Brock', () => {
    expect(speakerOf(a, 'Turnout will decide')).toBe('Nadia Brock');
  });
  it('a parenthesis after a name in the next sentence does not make it the attribution of a quote ending in a period', () => {
    expect(speakerOf(a, 'unelectable now')).not.toBe('Ana Cole');
  });
});
