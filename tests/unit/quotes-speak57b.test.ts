/**
 * speak57b (docs/notes/speak57b.md): a noun for one of a nation's people as the speaker after a quote ("“…,” the Greek said",
 * "said the American") takes up the person the text was just about — the named subject of the sentences before — not a
 * one-word name that is no person, and not someone the article ties to another nation. Articles written for the test. The
 * first three tests fail on main debde4a8 (null, null, the coach); the last holds on main too and guards the nobody answers.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a nationality noun after the quote', () => {
  it.each([
    [
      '"Kaia Varga beat Lotte Brandt of Germany … “…,” the Hungarian said" → Kaia Varga',
      'MELBOURNE — Kaia Varga beat top-seeded Lotte Brandt of Germany 6-2, 6-4 on Tuesday.\n\nIt was Varga’s second win over Brandt.\n\n“I played very calmly today,” the Hungarian said. “My serve was good.”',
      'I played very calmly today',
      'Kaia Varga',
    ],
    [
      '"… but Peter Moller is making sure … past Peru’s Rui Soto … “…,” the Dane said" → Peter Moller',
      'A long winter tired him, but Peter Moller is making sure he is ready for the open.\n\nThe fifth seed sailed past Peru’s Rui Soto 6-1 6-2 on Thursday.\n\n“I feel fresh,” the Dane said.',
      'I feel fresh',
      'Peter Moller',
    ],
    [
      '"US coach Sam Reed wants … Jon Tate was left frustrated … “…,” said the American" → Jon Tate, not the coach',
      'US coach Sam Reed wants his players to train more on clay. “It will help them,” said Reed.\n\nJon Tate was left frustrated after losing both his matches.\n\n“It is just tough because I was in it the whole time,” said the American.',
      'It is just tough',
      'Jon Tate',
    ],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });

  it('nobody when the one person named before is tied to another nation, or when the subject is a group', () => {
    const a = storyArticle('The fourth seed beat Spain’s Tomas Ruiz in straight sets.\n\n“I feel fresh,” the Croat said.\n\nMarko Pavic will meet Ruiz again in May.');
    expect(speakerOf(a, 'I feel fresh')).toBeNull();
    const b = storyArticle('The German government said on Monday that the talks had failed.\n\n“We are disappointed,” the German said.');
    expect(speakerOf(b, 'We are disappointed')).toBeNull();
    // Not the person the phrase's own sentence names.
    const c = storyArticle('Jon Tate won the first two sets easily.\n\nThe Chilean had stirred the row before the match by saying Tate’s loud celebrations were “bad for the game”.');
    expect(speakerOf(c, 'bad for the game')).not.toBe('Jon Tate');
  });
});
