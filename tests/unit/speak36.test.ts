/**
 * speak36 (docs/notes/speak36.md): errors of Multi-News stories no speaker rule had read. A pronoun after a sentence whose
 * speaker the text leaves unnamed ("…, a hospital official said. He spoke on condition of anonymity") is that person's, not
 * the last person named before. Guards: a named speaker in that sentence, or a name in apposition, still takes the
 * pronoun. Articles written for the test.
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
