/**
 * Who said it, third round on US-politics coverage (speak5; the shapes of the NewsWCL50 dev samples'
 * remaining errors): a name followed by "of <country>", a Korean name written family name first
 * ("Kim Jong-un" … "Mr. Kim"), "he" after a sentence with a named speaker, an attribution with its
 * verb missing, a quote after a colon whose clause has a person as subject, a sentence-initial
 * pronoun in the quote's own sentence, "disclosed that". The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyQuotes } from '../data/quotes/story';

describe('a name, then where the person is from', () => {
  const qs = storyQuotes(`OTTAWA — Talks on the trade pact resumed on Monday in the capital.

On Monday, Prime Minister Justin Trudeau of Canada said he was "optimistic" that his country would win an exemption.

"We are confident about the result," President Emmanuel Macron of France said later.`);
  it('"Justin Trudeau of Canada said" is Trudeau, not Canada', () => {
    expect(speakerOf(qs, 'optimistic')).toBe('Justin Trudeau');
    expect(speakerOf(qs, 'We are confident about the result')).toBe('Emmanuel Macron');
  });
});

describe('a name written family name first', () => {
  const qs = storyQuotes(`SEOUL — North Korea's leader, Kim Jong-un, said on Friday that his country would halt missile tests.

The announcement surprised officials in the South. Analysts said the move was mostly symbolic.

"Now, if talks are deadlocked, President Moon can just call me directly," Mr. Kim was quoted as telling visiting envoys last month.`);
  it('"Mr. Kim" is Kim Jong-un when the article names him in full', () => {
    expect(speakerOf(qs, 'Now, if talks are deadlocked')).toBe('Kim Jong-un');
  });
});

describe('"he" after a sentence with a named speaker', () => {
  const qs = storyQuotes(`WASHINGTON — The deal has long divided Republicans.

Sen. Mark Delaney, former Gov. Paul Ostrander, even Rep. Thomas Ruhl ― they and others would have kept the agreement, said Rick Tolliver, a Republican consultant who worked for Ruhl.

"They would have looked at what is best for the country," he said. "Nobody I know would have torn it up."`);
  it('is the speaker of that sentence, not the first name in it', () => {
    expect(speakerOf(qs, 'They would have looked at what is best')).toBe('Rick Tolliver');
  });
});

describe('"he" after a possessive of a known man', () => {
  const qs = storyQuotes(`LONDON — President Trump announced his visit on Friday. Mr. Trump said he looked forward to it.

Britain's foreign secretary, Boris Johnson, used Mr. Trump's capitalized tweet style to welcome the news:

"Looking forward to seeing our closest ally on the GREATest visit ever," he wrote on Twitter.`);
  it('is the subject of the sentence before, not the man named in a possessive', () => {
    expect(speakerOf(qs, 'Looking forward to seeing our closest ally')).toBe('Boris Johnson');
  });
});

describe('an attribution whose verb is missing', () => {
  const qs = storyQuotes(`WASHINGTON — Treasury Secretary Steven Mnuchin will lead the delegation to Beijing next week.

"We're going to have very frank discussions," Mnuchin in an interview broadcast Monday on Fox Business.

"Nothing is settled," a trade official said.`);
  it('"“…,” Mnuchin in an interview …." is Mnuchin', () => {
    expect(speakerOf(qs, "We're going to have very frank discussions")).toBe('Steven Mnuchin');
  });
  it('an anonymous official stays nobody', () => {
    expect(speakerOf(qs, 'Nothing is settled')).toBeNull();
  });
});

describe('a quote after a colon, the clause subject a person', () => {
  const qs = storyQuotes(`PALM BEACH, Fla. — President Trump met the Japanese prime minister on Tuesday.

Trump also took credit for the thaw, including the North's part in the Winter Olympics: "Without us, they wouldn't be discussing anything at all."`);
  it('is the subject of the clause before the colon', () => {
    expect(speakerOf(qs, "Without us, they wouldn't be discussing")).toBe('Trump');
  });
  it('a clause whose subject is not a person gives nobody', () => {
    const other = storyQuotes(`SEOUL — President Moon Jae-in met envoys from the North on Monday.

The report listed one demand: "immediate and complete disarmament of the North."`);
    expect(speakerOf(other, 'immediate and complete disarmament')).toBeNull();
  });
});

describe('a pronoun opening the quote’s own sentence', () => {
  const qs = storyQuotes(`WASHINGTON — Mr. Trump met Mr. Abe at his Florida resort on Tuesday.

He described North Korea in language far from the speech he gave in Seoul, when he called it cruel and barbaric, "the results of a tragic experiment in a laboratory of history."`);
  it('"he" later in the sentence is the sentence-initial "He", not the country named between', () => {
    expect(speakerOf(qs, 'the results of a tragic experiment')).toBe('Trump');
  });
});

describe('"disclosed that"', () => {
  const qs = storyQuotes(`PALM BEACH, Fla. — President Trump began meetings with the leader of Japan on Tuesday.

The president also disclosed that, amid planning for a meeting with the North's leader, "we have had direct talks at very high levels."`);
  it('gives the quote to the one who disclosed', () => {
    expect(speakerOf(qs, 'we have had direct talks')).toBe('Trump');
  });
});

describe('a pronoun after a sentence opening with a fronted phrase', () => {
  const qs = storyQuotes(`PALM BEACH, Fla. — Mr. Trump hosted Mr. Abe at his estate on Tuesday. Mr. Colton, who is under investigation, has denied any wrongdoing.

After days of reports about his personal lawyer, Michael D. Colton, and a new book by a former aide, Mr. Trump appeared to enjoy the talks with Mr. Abe, whom he described on Twitter as a "truly fine gentleman."`);
  it('is the main clause subject, not the man named in the fronted phrase', () => {
    expect(speakerOf(qs, 'truly fine gentleman')).toBe('Trump');
  });
});

describe('quotations after a word that can cue a title (the quote finder)', () => {
  const qs = storyQuotes(`LONDON — Prime Minister Theresa May welcomed the visit on Friday.

May was similarly glowing in her praise of what she called a "really special relationship between our two countries."

Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust" within the prison system.

The film is based on a documentary called "Surviving the Storm" that aired last year.`);
  it('words in lower case after "called" are a quotation, with its speaker', () => {
    expect(speakerOf(qs, 'really special relationship between our two countries')).toBe('Theresa May');
    expect(speakerOf(qs, 'a crisis of public trust')).toBe('Ben Sasse');
  });
  it('a title-cased name after "documentary called" is still a title, not a quote', () => {
    expect(qs.some((q) => q.text.startsWith('Surviving the Storm'))).toBe(false);
  });
});

describe('"… called Omar a “terrorist” and said, “…”"', () => {
  const qs = storyQuotes(`BUFFALO, N.Y. — A man from Addison pleaded guilty on Monday, prosecutors said.

Daniel R. Whitcombe, 55, was arrested in April for the call to the offices of Rep. Ilhan Omar. Whitcombe faces up to 10 years in prison.

During the call, he asked about the group, called Omar a "terrorist" and said, "somebody ought to stop her for good," the prosecutor's office said.`);
  it('the second quote is the subject\'s, though the first quote cut the sentence', () => {
    expect(speakerOf(qs, 'somebody ought to stop her')).toBe('Daniel R. Whitcombe');
  });
});

describe('words a person is known by, and accusations', () => {
  const qs = storyQuotes(`LONDON — Protests are planned for the president's visit in July.

Foremost among those opposing the visit is London Mayor Sadiq Khan, a self-confessed "big fan" of Hillary Clinton, who has talked up the protests.

The lawyers whom Secretary Kirstjen Nielsen accuses of "coaching" the migrants say they only explain the law.`);
  it('"X, a self-confessed “…”" is X\'s word', () => {
    expect(speakerOf(qs, 'big fan')).toBe('Sadiq Khan');
  });
  it('"whom X accuses of “…”" is X\'s word', () => {
    expect(speakerOf(qs, 'coaching')).toBe('Kirstjen Nielsen');
  });
});

describe('a place after a role is not a person', () => {
  const qs = storyQuotes(`LONDON — Protesters gathered again on Tuesday.

China's ambassador to Britain accused the two countries of "meddling in our internal affairs."`);
  it('"ambassador to Britain accused" does not make Britain the speaker', () => {
    expect(speakerOf(qs, 'meddling in our internal affairs')).not.toBe('Britain');
  });
});

describe('a later quote in a sentence opened by a participle', () => {
  const qs = storyQuotes(`WASHINGTON — The French president arrived on Monday for a state visit.

Hosting President Emmanuel Macron of France at the White House, Mr. Trump again assailed the agreement as "insane" and "ridiculous," but said he could agree to "a new deal" if it was strong enough.`);
  it('continues the speaker of the quote before it, not the first name of the sentence', () => {
    expect(speakerOf(qs, 'ridiculous')).toBe('Trump');
    expect(speakerOf(qs, 'a new deal')).toBe('Trump');
  });
});
