/**
 * speak36 (docs/notes/speak36.md): errors of Multi-News stories no speaker rule had read. A pronoun after a sentence whose
 * speaker the text leaves unnamed ("…, a hospital official said. He spoke on condition of anonymity") is that person's, not
 * the last person named before. Guards: a named speaker in that sentence, or a name in apposition, still takes the
 * pronoun. A paragraph that is only a few quoted words with no stop ("‘NOT THE TIME’") is a subheading: nobody's words,
 * though the paragraph before has a speaker. Guard: a one-line quote paragraph ending in a stop still continues it.
 * Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('a pronoun after an unnamed speaker is nobody named', () => {
  it('"…, a hospital official said. He spoke on condition of anonymity. ¶ “…,” he told reporters" → nobody, not the leader named before', () => {
    const a = storyArticle(`Protests against President Omar Dalan spread to the port city on Friday.\n\nSnipers fired on mourners at a funeral on Saturday, killing at least 12 people, a hospital official said. He spoke on condition of anonymity for fear of reprisal.\n\n"Many of the wounded are children," he told reporters by telephone.`);
    expect(speakerOf(a, 'Many of the wounded are children')).toBeNull();
  });
  it('"A spokesman for the national ski federation said Norway trusted … ¶ “…,” he said" → nobody, not the country', () => {
    const a = storyArticle(`Teams arrived in the mountains on Monday.\n\nA spokesman for the national ski federation said Norway also trusted the hosts to keep the athletes safe. "We will have no aircraft of our own, that is all I can say," he said.`);
    expect(speakerOf(a, 'We will have no aircraft')).toBeNull();
  });
  it('"said a senior official." between a named person and "she said" → nobody', () => {
    const a = storyArticle(`Mayor Ellen Ruiz opened the new bridge on Tuesday.\n\nThe project ran two years late, said a senior city official. She declined to give her name.\n\n"The delays were in the steel orders," she said.`);
    expect(speakerOf(a, 'The delays were in the steel')).toBeNull();
  });
  it('guard: a spokesman named in apposition keeps the pronoun ("said a spokesman, Tom Berg.")', () => {
    const a = storyArticle(`The airline cancelled 40 flights on Sunday.\n\nThe storm grounded the fleet, said a spokesman, Tom Berg. "We expect to fly again on Monday," he said.`);
    expect(speakerOf(a, 'We expect to fly again')).toBe('Tom Berg');
  });
  it('guard: a named speaker of the sentence keeps the pronoun ("Dana Price said a nurse had …")', () => {
    const a = storyArticle(`Flooding closed the hospital's lower floors on Friday.\n\nDana Price said a nurse had moved the patients upstairs. "We had an hour to do it," she said.`);
    expect(speakerOf(a, 'We had an hour to do it')).toBe('Dana Price');
  });
});

describe('a subheading in quotation marks is nobody\'s', () => {
  it('"… , Lee said. ¶ ‘NOT THE TIME’ ¶ …" → nobody (not Lee, who spoke just before)', () => {
    const a = storyArticle(`Talks between the two sides resumed in Geneva on Monday.\n\n"We are ready to meet again next month," said Minister Anna Lee. The delegation will return on Friday, Lee said.\n\n‘NOT THE TIME’\n\nSeveral nations meeting in Oslo agreed on Tuesday to consider tougher sanctions.`);
    expect(speakerOf(a, 'NOT THE TIME')).toBeNull();
  });
  it('guard: a one-line quote paragraph that ends in a stop continues the speaker before ("“It is over.”")', () => {
    const a = storyArticle(`Talks between the two sides resumed in Geneva on Monday.\n\nMinister Anna Lee said the delegation would return on Friday.\n\n"We have done what we came to do, and now it is over."`);
    expect(speakerOf(a, 'We have done what we came')).toBe('Anna Lee');
  });
});

describe('a spouse written with a title of the other gender is another person', () => {
  it('"Jane Wilson and her husband Gary …. Mr Wilson said …. ¶ “…,” he said" → Wilson, not the coroner named in the sentence', () => {
    const a = storyArticle(`Jane Wilson and her husband Gary, of Stockport, decided not to go to the summit.\n\nMrs Wilson fell down a cliff on the west face.\n\nIn a statement to John Gittins, the coroner for north Wales, Mr Wilson said his wife went a short distance ahead of him.\n\n"I asked if it was safe and we said we would only go if we both agreed," he said.`);
    expect(speakerOf(a, 'I asked if it was safe')).toBe('Wilson');
  });
  it('guard: "Mrs Wilson" with only Jane Wilson named stays Jane Wilson', () => {
    const a = storyArticle(`Jane Wilson, a librarian, walked the hills every weekend.\n\n"The hills are where I think best," Mrs Wilson told the club newsletter last year.`);
    expect(speakerOf(a, 'The hills are where I think')).toBe('Jane Wilson');
  });
  it('guard: a bare surname with no title beside "Ms. Bentley" is still the person named in full; "Ms. Bentley said" is hers', () => {
    const a = storyArticle(`Governor Robert Bentley resigned on Monday.\n\nMs. Bentley filed for divorce in 2015.\n\n"I will serve the state," Governor Bentley said.\n\n"I am done," Ms. Bentley said.`);
    expect(speakerOf(a, 'I will serve the state')).toBe('Robert Bentley');
    expect(speakerOf(a, 'I am done')).toBe('Bentley');
  });
});
