/**
 * Who said it, on news-style articles with several people, outlets that "report", shared surnames,
 * pronouns and continuation quotes (issue 8, item 6). The articles are written for these tests in the
 * style of real coverage; the cases come from mistakes seen on real stories and on the zyte pages.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../lib/types';
import { speakerOf as speakerOfKind, storyQuotes } from '../data/quotes/story';

const quotes = storyQuotes;
const speakerOf = (qs: Quote[], start: string) => speakerOfKind(qs, start, true);

const CHENEY = `Liz Cheney, who is running for the Senate in Wyoming, said on Sunday that she opposes same-sex marriage, a position that set off a public feud with her sister.

Mary Cheney, who is gay and married her longtime partner, Heather Poe, last year, responded on Facebook within hours, the New York Times reports.

"Liz — this isn't just an issue on which we disagree — you're just wrong — and on the wrong side of history," she wrote.

Poe also weighed in. "I can't help but wonder how Liz would feel if, as she moved from state to state, she discovered that her family was protected in one but not the other," Poe wrote in a post on Facebook.

The Times reports that Mary Cheney then doubled down in a second post. "For the record, I love my sister, but she is dead wrong on the issue of marriage," she wrote.

"I love Mary very much," Liz Cheney told Fox News. "This is just an issue on which we disagree."

According to the Associated Press, the sisters had not spoken in months. "It is a family matter," former Vice President Dick Cheney said in a statement, according to Politico.`;

describe('a publication that reports is never the speaker', () => {
  const qs = quotes(CHENEY);
  it('"she wrote" after "…, the New York Times reports" is Mary Cheney (the issue\'s case)', () => {
    expect(speakerOf(qs, 'For the record, I love my sister')).toBe('Mary Cheney');
    expect(speakerOf(qs, 'Liz — this isn')).toBe('Mary Cheney');
  });
  it('no quote is given to the Times, Fox News, the Associated Press or Politico', () => {
    for (const q of qs) expect(q.speaker ?? '').not.toMatch(/Times|Fox|Associated|Politico/);
  });
  it('people who share a surname stay different people', () => {
    expect(speakerOf(qs, 'I love Mary very much')).toBe('Liz Cheney');
    expect(speakerOf(qs, 'It is a family matter')).toBe('Dick Cheney');
    expect(speakerOf(qs, "I can't help but wonder")).toBe('Heather Poe');
  });
});

const SENATE = `WASHINGTON — Senate Minority Leader Chuck Schumer (D-N.Y.) and Sen. Lindsey Graham, R-S.C., clashed on Tuesday over the border bill.

"This bill is dead on arrival," Schumer said on the Senate floor, as Republicans across the aisle looked on in silence. "Nobody on our side will vote for it."

Graham, speaking to reporters later, disagreed. "We have the votes, and we will prove it," he said.

Rep. Nancy Mace, R-S.C., a Graham ally, said she expected a vote by Friday. "The speaker told me it is coming," she said, according to a report by Reuters.

The White House said in a statement that the president would sign the bill. Press secretary Karine Jean-Pierre, speaking at the daily briefing, called it "a reasonable compromise."`;

describe('politicians with party tags, pronouns and continuation quotes', () => {
  const qs = quotes(SENATE);
  it('gives each quote to the politician the text names', () => {
    expect(speakerOf(qs, 'This bill is dead on arrival')).toBe('Chuck Schumer');
    expect(speakerOf(qs, 'We have the votes')).toBe('Lindsey Graham');
    expect(speakerOf(qs, 'The speaker told me')).toBe('Nancy Mace');
  });
  it('a quote that opens the next sentence after an attributed quote keeps its speaker', () => {
    expect(speakerOf(qs, 'Nobody on our side')).toBe('Chuck Schumer');
  });
  it('Reuters, cited for the report, is not the speaker', () => {
    for (const q of qs) expect(q.speaker ?? '').not.toMatch(/Reuters|White House/);
  });
});

const APPOSITIONS = `Dealers expect a strong December. "The end of the calendar year is a popular time for expensive vehicle purchases," Jessica Caldwell, Edmunds' executive director of industry analysis, said in a statement.

"Politicians have vilified educators," said Joel Schlabach, a teacher at Richmond High School, who drove to the rally at dawn.

Rob Goldman, President Ascom North America, says: "By collaborating with Dräger, we can help hospitals."

"We are going to the General Assembly," Palestinian chief negotiator Saeb Erekat said. "We will ask the court to open an investigation," he added.

"We messed up; I messed up," Thomas allegedly told a supervisor. "We didn't do any rounds."

"It is a fundamental human right," NASA Administrator Jim Bridenstine said in a statement.

He urged Mr. Trump to make a deal as soon as possible, saying "time is running out for many in agriculture."`;

describe('appositions, titles and organisations around the name', () => {
  const qs = quotes(APPOSITIONS);
  it('reads the name through an apposition after it', () => {
    expect(speakerOf(qs, 'The end of the calendar year')).toBe('Jessica Caldwell');
    expect(speakerOf(qs, 'Politicians have vilified')).toBe('Joel Schlabach');
    expect(speakerOf(qs, 'By collaborating with')).toBe('Rob Goldman');
  });
  it('a nationality or an agency before a role is not the speaker', () => {
    expect(speakerOf(qs, 'We are going to the General Assembly')).toBe('Saeb Erekat');
    expect(speakerOf(qs, 'It is a fundamental human right')).toBe('Jim Bridenstine');
  });
  it('"allegedly told" attributes, and the next sentence\'s quote continues it', () => {
    expect(speakerOf(qs, 'We messed up')).toBe('Thomas');
  });
  it('the subject of a participle clause is the speaker, not the person it addresses', () => {
    expect(speakerOf(qs, 'time is running out')).not.toBe('Trump');
  });
});

const MORE = `Farm groups have grown impatient. In a letter to the president in May, Zippy Duvall, the president of the American Farm Bureau, said farmers faced "near-unprecedented economic uncertainty and hardship" from the tariffs.

"Can I give it to James?" Brooke tearfully asked before apologizing to the actor.

A March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that "the full incidence of the tariff falls on domestic consumers."

"We were working to get it fixed," Volker said.

He begged lawmakers "not to lose sight of" the war.

Egypt and Jordan also criticised the shift, with Jordanian Foreign Minister Ayman Safadi warning of "dangerous consequences for the region."

6. "The Gordon problem"

Morrison testified that he did not always follow through on suggestions from Sondland.`;

describe('more shapes from real pages', () => {
  const qs = quotes(MORE);
  it('reads a long apposition before the verb', () => {
    expect(speakerOf(qs, 'near-unprecedented economic uncertainty')).toBe('Zippy Duvall');
  });
  it('an adverb may stand between the speaker and the verb', () => {
    expect(speakerOf(qs, 'Can I give it to James?')).toBe('Brooke');
  });
  it('a research centre is not a person', () => {
    expect(speakerOf(qs, 'the full incidence of the tariff')).toBeNull();
  });
  it('a name right before a participle is its subject; "begged" attributes', () => {
    expect(speakerOf(qs, 'dangerous consequences')).toBe('Ayman Safadi');
    expect(speakerOf(qs, 'not to lose sight of')).toBe('Volker');
  });
  it('a quoted heading does not inherit the previous quote\'s speaker', () => {
    expect(speakerOf(qs, 'The Gordon problem')).toBeNull();
    expect(speakerOf(qs, 'We were working to get it fixed')).toBe('Volker');
  });
});
