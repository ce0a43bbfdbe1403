/**
 * Who said it, on the shapes US-politics coverage uses (the NewsWCL50 dev sample of
 * bench/speakers-sample.ts): relatives who share a surname, pronouns in a fronted clause, "they" for
 * people named together, a second quote later in the same sentence, "according to X" after a quote,
 * a role and a name in apposition after a quote, "said a statement from X", "planned to ask",
 * participles, a noun that looks like a verb. The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyQuotes } from '../data/quotes/story';

const quotes = storyQuotes;

const VISIT = `WASHINGTON — President Trump welcomed the Canadian prime minister to the White House on Thursday for talks on steel tariffs.

Melania Trump, the first lady, showed the guests the Rose Garden before lunch.

"We are going to make a very fair deal for both countries," Mr. Trump said after the meeting.

French President Emmanuel Macron and his wife, Brigitte Macron, are expected next month. "It is a friendship that will last," Macron said in a statement.

As he left the Oval Office with Mr. Macron's envoy, Mr. Trump told reporters the talks had gone well. "Nobody has ever seen anything like it," he said.`;

describe('people who share a surname, and pronouns', () => {
  const qs = quotes(VISIT);
  it('a surname first written bare ("President Trump") is not the relative introduced later by full name', () => {
    expect(speakerOf(qs, 'We are going to make a very fair deal')).toBe('Trump');
  });
  it('a bare surname shared by two named people is the one the article introduced first', () => {
    expect(speakerOf(qs, 'It is a friendship that will last')).toBe('Emmanuel Macron');
  });
  it('"he" is the main clause subject, not a name in a fronted clause or after a preposition', () => {
    expect(speakerOf(qs, 'Nobody has ever seen anything like it')).toBe('Trump');
  });
});

const HEARING = `Sen. Jane Roewood, D-Vt., and Sen. Michael Castellano, R-Ind., introduced the bill on Monday. "This is the most important reform in a generation," they said in a joint statement.

The committee chairmen met the president on Tuesday. "The memos show nothing new," the chairmen said.

Gov. Ann Lee said the plan was "reckless" and would cost "a waste of money nobody can afford."

"We will not sign it in its current form," said a statement from Chairman Robert Lane, R-Ohio, and Rep. Tina Mills, D-Mich.

"The agreement is not going anywhere," the State Department spokeswoman, Maria Lopez, said on Friday.

The Daily Planet added that the country will "halt all launches from next month," according to Kim Jong Un.

"What did you know about the meeting?" Special Counsel Robert Mueller planned to ask, according to the list. "When did you first hear about it?" he planned to ask.`;

describe('groups, statements and appositions', () => {
  const qs = quotes(HEARING);
  it('"they" after people named together is the first of them; "the chairmen" names nobody', () => {
    expect(speakerOf(qs, 'This is the most important reform')).toBe('Jane Roewood');
    expect(speakerOf(qs, 'The memos show nothing new')).toBeNull();
  });
  it('a second quote later in the same sentence has the same speaker', () => {
    expect(speakerOf(qs, 'reckless')).toBe('Ann Lee');
    expect(speakerOf(qs, 'a waste of money')).toBe('Ann Lee');
  });
  it('"said a statement from X" gives X', () => {
    expect(speakerOf(qs, 'We will not sign it')).toBe('Robert Lane');
  });
  it('a role and the name in apposition after the quote give the name', () => {
    expect(speakerOf(qs, 'The agreement is not going anywhere')).toBe('Maria Lopez');
  });
  it('"according to <person>" after the quote wins over the outlet that added the detail', () => {
    expect(speakerOf(qs, 'halt all launches')).toBe('Kim Jong Un');
    for (const q of qs) expect(q.speaker ?? '').not.toMatch(/Planet/);
  });
  it('"planned to ask"', () => {
    expect(speakerOf(qs, 'What did you know about the meeting')).toBe('Robert Mueller');
    expect(speakerOf(qs, 'When did you first hear about it')).toBe('Robert Mueller');
  });
});

const CARAVAN = `Mayor Sam Ortiz has welcomed the marchers. Praising the city's "long history" of protest, Ortiz has said the march would be peaceful.

"Yes, I'm nervous," said 18-year-old Karina Ruiz from Honduras, who traveled with her mother.

The newswire service Yonhap reports that the agency published the statement, which read, "we will stop the tests."

Mr. Kim was quoted as telling the visiting envoys, "The problem will be promptly solved."

Senator Paul Hendricks has repeatedly denied any "collusion" with the company.

He denied that he and two other envoys formed an "irregular" channel. A career officer who described Hendricks's call with the minister as "improper" testified on Tuesday.`;

describe('participles, ages, publications, nouns', () => {
  const qs = quotes(CARAVAN);
  it('a sentence opening with a participle of praising: the main clause subject', () => {
    expect(speakerOf(qs, 'long history')).toBe('Sam Ortiz');
  });
  it('an age before the name', () => {
    expect(speakerOf(qs, "Yes, I'm nervous")).toBe('Karina Ruiz');
  });
  it('a publication named by its kind ("newswire service Yonhap") is never the speaker', () => {
    expect(speakerOf(qs, 'we will stop the tests')).toBeNull();
  });
  it('"was quoted as telling"', () => {
    expect(speakerOf(qs, 'The problem will be promptly solved')).toBe('Kim');
  });
  it('"denied any “…”" right after the verb, but not a word a clause away', () => {
    expect(speakerOf(qs, 'collusion')).toBe('Paul Hendricks');
    expect(speakerOf(qs, 'irregular')).toBeNull();
  });
  it('a noun after a possessive is not a verb ("Hendricks\'s call with the minister as “improper”")', () => {
    expect(speakerOf(qs, 'improper')).toBeNull();
  });
});

const ROUND3 = `President Trump late Thursday tweeted that the memos written by former FBI Director James Comey "show clearly" there was no collusion.

Any tariff on Canadian steel would be a "very bad idea" guaranteed to hurt both economies, Canadian Prime Minister Justin Trudeau said on Monday.

North Korean dictator Kim Jong Un promised to halt the tests. Last year, Trump mocked Kim in a speech, while the dictator described Trump as a "mentally deranged dotard."

Another demonstrator, Roberto Salgado from Los Angeles, said: "This border is just a divide that should not be here."

Ana Reyes said she was happy to see a kite in the sky that read, "refugees welcome here."

A spokesman for Special Counsel Robert Mueller told reporters the talks had been "very professional."

Officials in Washington were not surprised. Washington said it would "respond in kind."

Aides said the president was "furious" about the leak.

A South Korean newspaper, Munhwa Ilbo, reported that the two sides were "close to a deal."`;

describe('time words, passives, written words, proxies, places, groups and outlets', () => {
  const qs = quotes(ROUND3);
  it('time words between subject and verb; a passive ("written by") is not the attribution', () => {
    expect(speakerOf(qs, 'show clearly')).toBe('Trump');
  });
  it('an attribution that closes the sentence after more words', () => {
    expect(speakerOf(qs, 'very bad idea')).toBe('Justin Trudeau');
  });
  it('a role word before a verb is not the role of the verb\'s object ("the dictator described Trump")', () => {
    expect(speakerOf(qs, 'mentally deranged dotard')).toBe('Kim Jong Un');
  });
  it('a name and where it is from, in apposition', () => {
    expect(speakerOf(qs, 'This border is just a divide')).toBe('Roberto Salgado');
  });
  it('words on a sign or a kite are nobody\'s speech', () => {
    expect(speakerOf(qs, 'refugees welcome here')).toBeNull();
  });
  it('"a spokesman for X" is not X', () => {
    expect(speakerOf(qs, 'very professional')).toBeNull();
  });
  it('a place ("in Washington") is not a person; nor a plural noun opening the sentence ("Aides said")', () => {
    expect(speakerOf(qs, 'respond in kind')).toBeNull();
    expect(speakerOf(qs, 'furious')).toBeNull();
  });
  it('a publication named in apposition ("a South Korean newspaper, Munhwa Ilbo,") is never the speaker', () => {
    expect(speakerOf(qs, 'close to a deal')).toBeNull();
  });
});

const PROFILE2 = `I came to think of them as Iceberg Passages, after the novelist Jo Walton explained them to me. "You only see the tenth of the iceberg," she said.

I eventually reached Valerie Smith by phone. Smith still found it hard to talk about it. She had represented him since 1978. Her grief over Mike Ford's death still leaves her angry. "When I started, I felt this was where I was meant to be," she said.

The authors of the research published in the journal JAMA Psychiatry argued that the rise was "a potential public health concern."`;

describe('regressions found over all zyte quotes (bench/speakers-diff.ts)', () => {
  const qs = quotes(PROFILE2);
  it('a clause after a comma (", after the novelist …") does not make the name before it a person', () => {
    expect(speakerOf(qs, 'You only see the tenth')).toBe('Jo Walton');
  });
  it('"she" does not take a possessive name of unknown gender ("Her grief over Mike Ford\'s death")', () => {
    expect(speakerOf(qs, 'When I started')).toBe('Valerie Smith');
  });
  it('a journal is never the speaker', () => {
    expect(speakerOf(qs, 'a potential public health concern')).toBeNull();
  });
});

const ROUND4 = `Mr. Comey defended Mr. McCabe as a "true pro" and said the matter was closed.

"The memos prove nothing," Rep. Elijah E. Cummings said in a statement, noting that James Comey had kept notes. The congressman added that the notes were "corroborated by other officials."

"Former Director Comey never wrote that he felt threatened," read a joint statement from House Judiciary Chairman Bob Goodlatte and House Oversight Chairman Trey Gowdy.

Asked about the tax returns, Mr. Perez demurred: "I haven't given that any thought."

"This deal is the worst deal," Sen. Lindsey Graham said at a town hall. Texas Sen. Ted Cruz promised to end the agreement. "Day one, I will rip to shreds the Iran deal," he repeated at a rally.

Jo Swinson, Liberal Democrat deputy leader and Foreign Affairs spokesperson said the "scaled-down trip must not be met with scaled-down protests".

But the president has also justified the tariffs by pointing out "shuttered plants and mills" across the Midwest.

'During the campaign, Russia launched an all-out assault on our democracy.'`;

describe('naming verbs, role nouns for titles, statements, colons, appositions without a closing comma, pull quotes', () => {
  const qs = quotes(ROUND4);
  it('"defended X as a “…”"', () => {
    expect(speakerOf(qs, 'true pro')).toBe('James Comey');
  });
  it('"the congressman" is the person titled "Rep." in the sentence before, not another man named there', () => {
    expect(speakerOf(qs, 'corroborated by other officials')).toBe('Elijah E. Cummings');
  });
  it('"read a joint statement from X"', () => {
    expect(speakerOf(qs, 'Former Director Comey never wrote')).toBe('Bob Goodlatte');
  });
  it('"X demurred: “…”" and "he repeated"', () => {
    expect(speakerOf(qs, "I haven't given that any thought")).toBe('Perez');
    expect(speakerOf(qs, 'Day one, I will rip')).toBe('Ted Cruz');
  });
  it('a name, then an apposition with no closing comma before the verb', () => {
    expect(speakerOf(qs, 'scaled-down trip')).toBe('Jo Swinson');
  });
  it('"by pointing out “…”" is the clause subject\'s', () => {
    expect(speakerOf(qs, 'shuttered plants')).not.toBeNull();
  });
  it('a paragraph that is only a quote in single marks does not continue the speaker before it', () => {
    expect(speakerOf(qs, 'During the campaign, Russia launched')).toBeNull();
  });
});

// speak4 round (wcl-dev4): an infinitive of saying whose subject is the object before it; a statement
// named by its author's possessive after the quote.
const MEMO = `Inspector General Dan Halvorsen kept notes of every meeting with Gov. Peter Lindqvist.

Throughout the notes, the former inspector describes the governor asking him to drop the audit, prompting Halvorsen to reply that "the review must go through the normal channel to protect everyone involved."

Homeland Security Secretary Linh Nguyen issued a statement on Wednesday.

Senator Okafor urged the board to explain "why the money was never spent."

"Let me be absolutely clear," Nguyen's statement read. "We will enforce the rules as written."

"Nobody saw the report," the Pentagon's statement said on Friday.`;

describe('infinitives of saying and possessive statements (speak4)', () => {
  const qs = quotes(MEMO);
  it('"prompting X to reply that “…”": the words are X\'s, not those of the person asking', () => {
    expect(speakerOf(qs, 'the review must go through')).toBe('Dan Halvorsen');
  });
  it('"urged the board to explain “…”": a group asked to speak is nobody named, not the one urging', () => {
    expect(speakerOf(qs, 'why the money was never spent')).toBeNull();
  });
  it('"“…,” Nguyen\'s statement read": the statement\'s author', () => {
    expect(speakerOf(qs, 'Let me be absolutely clear')).toBe('Linh Nguyen');
  });
  it('an organisation\'s statement after the quote names no person', () => {
    expect(speakerOf(qs, 'Nobody saw the report')).toBeNull();
  });
});

const DOWNING = `Prime Minister Helen May hosted the president in London on May 12. "We are joined at the hip," he said after the talks.

May was similarly glowing in her praise of what she called a "really special relationship between the U.K. and the United States."`;

const SPRING = `Officials met in Brussels. In May, the ministers were told the plan was "dead on arrival."`;

describe('a month that is a surname (speak4)', () => {
  it('"May" is the person the article names "Helen May", not a month, and "she" is her', () => {
    expect(speakerOf(quotes(DOWNING), 'really special relationship')).toBe('Helen May');
  });
  it('a month with no person of that name is nobody', () => {
    expect(speakerOf(quotes(SPRING), 'dead on arrival')).toBeNull();
  });
});

const CHAIRS = `"The records speak for themselves," said a statement from Finance Chairman Carl Benning, R-Ohio, and Budget Chairman Rita Osei, R-Ga.

Related: A guide to the hearing.

"The department made clear it wanted the review completed," the chairmen said.

The committee chairmen met the secretary on Tuesday. "Nothing has changed," the senators said.`;

describe('a plural role after people named together with it (speak4)', () => {
  const qs = quotes(CHAIRS);
  it('"the chairmen said" is the first of the chairmen just named together', () => {
    expect(speakerOf(qs, 'The department made clear')).toBe('Carl Benning');
  });
  it('a plural role nobody named carries is still nobody', () => {
    expect(speakerOf(qs, 'Nothing has changed')).toBeNull();
  });
});
