/**
 * speak10: the causes found on PolNeAR's speaker samples (docs/notes/speak10.md), each on an article written for the
 * test: transcript and roundup labels, dash signatures, a claim held by a possessive, the people around a person,
 * a title noun before a name ("talk radio host"), namesakes, verbs of saying the lexicon lacked, a sentence that ends
 * on its verb of saying, a noun of saying after an adjective, a role phrase read back through "of", a parenthesis
 * after the name, and the reverse guards the unjudged PolNeAR-train diff asked for.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';


describe('a transcript: the speaker label opens the paragraph, and carries to the paragraphs of speech after it', () => {
  const a = storyArticle(`Governor Dana Whitcombe sat down with the host of a Sunday programme, Paul Warrick, to talk about the budget.

"WARRICK: Governor, will you raise the fuel tax next year?

"WHITCOMBE: No. We have balanced the budget without it for three years, and I intend to keep it that way.

"The people of this state have paid enough, and every town I visit tells me the same thing.

"WARRICK: And the bridges?`);
  it('a labelled paragraph is its label’s speaker', () => {
    expect(speakerOf(a, 'WHITCOMBE: No.')).toBe('Dana Whitcombe');
    expect(speakerOf(a, 'WARRICK: And the bridges')).toBe('Paul Warrick');
  });
  it('an unlabelled paragraph of speech continues the last label', () => {
    expect(speakerOf(a, 'The people of this state')).toBe('Dana Whitcombe');
  });
  it('a capitalised heading before a colon is no label when no quote follows it', () => {
    const b = storyArticle(`UPDATE: The council met again on Monday.\n\nThe mayor said the vote would be "close."`);
    expect(speakerOf(b, 'close.')).toBe(null);
  });
});

describe('a roundup: "Name, Where: “…”" opening the paragraph', () => {
  const a = storyArticle(`Reactions to the debate came fast on Tuesday night.

Nora Castell, Twitter: "The moderator was the real winner tonight. The voters were not."

Lukas Brenner, Politico: "It was the first debate in which a single question on trade was asked."`);
  it('the label names the speaker, a person by that label alone', () => {
    expect(speakerOf(a, 'The moderator was')).toBe('Nora Castell');
    expect(speakerOf(a, 'It was the first debate')).toBe('Lukas Brenner');
  });
});

describe('a dash signature after the quote: “…” ― Name, alone to the end of the paragraph', () => {
  const a = storyArticle(`We asked readers what they thought of the campaign so far.

“He draws so much attention away from the hard conversations we should be having about wages and rent.” ― Marta Lindqvist

“No plan, no preparation, no respect for the people who will pay for it.” ― Oscar P. Quintana`);
  it('the signing name is the speaker, initials and all', () => {
    expect(speakerOf(a, 'He draws so much')).toBe('Marta Lindqvist');
    expect(speakerOf(a, 'No plan, no preparation')).toBe('Oscar P. Quintana');
  });
});

describe("a claim held by a possessive: “Varga's claim that …”", () => {
  const a = storyArticle(`Senator Ilona Varga spoke in Dayton on Monday about crime in the city.

A fact-checking site seized on Varga's claim that there have been "thousands of break-ins" this year alone.`);
  it('the claim’s holder says the quoted words', () => {
    expect(speakerOf(a, 'thousands of break-ins')).toBe('Ilona Varga');
  });
  it('not when someone is said to have said something about the claim', () => {
    const b = storyArticle(`Senator Ilona Varga spoke in Dayton on Monday about her rival Tom Ashe.

Spokeswoman Rita Feld said Tuesday that Varga's claim that Ashe favours amnesty is "simply not true."`);
    expect(speakerOf(b, 'simply not true')).toBe('Rita Feld');
  });
  it("and never for a noun of saying right before a quote after a verb of saying (“Ryan told CNN that Ginsburg's comments “…”)", () => {
    const c = storyArticle(`Justice Mary Holloway criticised the candidate in an interview last week.

House Speaker Paul Rennick told reporters on Tuesday that Holloway's comments "show bias to me."`);
    expect(speakerOf(c, 'show bias')).toBe('Paul Rennick');
  });
});

describe("the people around a person speak for themselves: “Scott's family has called on …”", () => {
  const a = storyArticle(`Police released the name of the man shot on Tuesday, Keith Lamar Scott, 43, a father of seven.

Scott's family has called on police to release the videos "as a matter of the greater good" and called on people to protest peacefully.`);
  it('nobody the text names (family is no adverb, Scott is not the speaker)', () => {
    expect(speakerOf(a, 'as a matter of')).toBe(null);
  });
});

describe('a title noun before a name makes it a person ("talk radio host Rush Limbaugh"), not a pronoun’s antecedent', () => {
  it('said MSNBC host …, according to … host …', () => {
    const a = storyArticle(`Governor Mike Pennell won the debate, according to most of the analysis that followed.

"I thought Pennell did everything right," said MSNBC host Carl Matthiesen. "He looked like a grown-up."

According to conservative talk radio host Russ Lindgren, the move reeks of "fear" and desperation.`);
    expect(speakerOf(a, 'I thought Pennell')).toBe('Carl Matthiesen');
    expect(speakerOf(a, 'fear')).toBe('Russ Lindgren');
  });
  it('a host named only as such is never the antecedent of the next "he"', () => {
    const b = storyArticle(`Foreign Secretary Boris Jansen spoke to radio host Nick Farrow on Monday morning about the summit.

He said: "We will not sign anything that hurts our farmers."`);
    expect(speakerOf(b, 'We will not sign')).toBe('Boris Jansen');
  });
});

describe('a bare surname two people share: the one just named in full as the subject', () => {
  const a = storyArticle(`Libertarian candidate Gary Jonsson spent the day in Ohio, where he told supporters he could still win the state.

In Washington, officials worried about the election itself. Homeland Security Secretary Jeh Jonsson says hackers are taking aim at state election offices.

Jonsson tells a morning programme on Friday that "exactly who did it" remains under investigation.`);
  it('Jonsson after "Homeland Security Secretary Jeh Jonsson says" is Jeh Jonsson', () => {
    expect(speakerOf(a, 'exactly who did it')).toBe('Jeh Jonsson');
  });
  it('a titled bare name keeps the person the text calls so ("Mrs. Corbin" after "Chelsea Corbin")', () => {
    const b = storyArticle(`Helen Corbin, the former senator, has written to donors all year. Mrs. Corbin said the letters were "long overdue."

Earlier that year, an ambassador wrote to Mrs. Corbin about a visit by Chelsea Corbin and her husband. Mrs. Corbin replied, "Hearing nice things about your children is as good as it gets."`);
    expect(speakerOf(b, 'Hearing nice things')).toBe('Helen Corbin');
  });
});

describe('verbs of saying the lexicon lacked, and a sentence that ends on its verb', () => {
  const a = storyArticle(`Senator Ilona Varga praised the president in an email after the midterm losses.

"Your press conference was right on target," Varga gushed.

"Go register," Varga implored. "Make sure you go out and vote."

"We're still talking about that guy?" Mr. Burton fumed.

"It shouldn't be funny, but it kind of is," said Fallyn Ives, a nursing student. Her friend Brittany Lockhart, a political science major, chimed in. "I never thought I would vote for a Democrat. Now I am."`);
  it('gushed, implored, fumed', () => {
    expect(speakerOf(a, 'Your press conference')).toBe('Ilona Varga');
    expect(speakerOf(a, 'Go register')).toBe('Ilona Varga');
    expect(speakerOf(a, "We're still talking")).toBe('Burton');
  });
  it('"X chimed in." and the quote opening the next sentence: X, not the speaker of the quote before', () => {
    expect(speakerOf(a, 'I never thought')).toBe('Brittany Lockhart');
  });
});

describe('a noun of saying after an adjective is no verb: "Duterte’s latest comments showed “…”"', () => {
  const a = storyArticle(`The president of the islands has been openly hostile to the West this year.

Senator Ilona Varga said Duterro's latest comments showed "a lack of respect for our country."`);
  it('the subject of "said"', () => {
    expect(speakerOf(a, 'a lack of respect')).toBe('Ilona Varga');
  });
});

describe('role phrases read back: "the former secretary of state calling …", a long description before "said"', () => {
  it('"with the former secretary of state calling the move “…”" is the person the text was about, not the FBI director', () => {
    const a = storyArticle(`The surprise announcement last week came from FBI Director James Corrigan, who said the bureau was reviewing more evidence in its probe of Helen Marsh's server.

Marsh's campaign has sharply criticized Corrigan's decision, with the former secretary of state calling the move "deeply troubling."`);
    expect(speakerOf(a, 'deeply troubling')).toBe('Helen Marsh');
  });
  it('"the former secretary of state and current Democratic presidential nominee said she wanted …" → the subject before, not the place named last', () => {
    const a = storyArticle(`"We will win this state," Helen Marsh said on Monday.

Helen Marsh spoke out Tuesday about the death of a man in Tulsa, Oklahoma, arguing that such killings should be recognized as "intolerable."

On a morning radio show, the former secretary of state and current Democratic presidential nominee said she wanted to speak "directly to white voters" about it.`);
    expect(speakerOf(a, 'directly to white voters')).toBe('Helen Marsh');
  });
});

describe('a short parenthesis between the name and its verb before the quote', () => {
  const a = storyArticle(`The tweet drew criticism from both parties on Tuesday.

Speaker of the House Rep. Paul Rennick (R-WI) said "images like that have no place in a campaign."`);
  it('Rep. Paul Rennick (R-WI) said “…”', () => {
    expect(speakerOf(a, 'images like that')).toBe('Paul Rennick');
  });
});

describe('Republicans and Democrats before a name are a title, and a people in the plural speaks for nobody', () => {
  const a = storyArticle(`Two members of Congress are running for the Senate seat this year.

Republicans Jolley of Indian Shores and DeSoto of Ponte Vedra Beach are against abolishing the department. Representative David Jolley was elected in 2014.

"Some communities require some level of federal involvement," Jolley said.

In a recent poll, 75 percent of Democrats said "most people in politics" can't be trusted.`);
  it('the person keeps the name the text gives him', () => {
    expect(speakerOf(a, 'Some communities')).toBe('David Jolley');
  });
  it('a share of a party is nobody', () => {
    expect(speakerOf(a, 'most people in politics')).toBe(null);
  });
});
