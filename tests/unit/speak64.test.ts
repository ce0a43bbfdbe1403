/**
 * speak64 (docs/notes/speak64.md): a person whose surname is a word that heads organisations' names ("Michael Bloomberg":
 * "Bloomberg" as in Bloomberg News) is a person when the text writes the full name with a title or a role in apposition; the
 * bare surname then names them. The rows after keep what must not move: the outlet itself, "the Post", a surname with no
 * person named in full. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a surname that is an organisation’s word', () => {
  it.each([
    ['a title: New York City Mayor Michael Bloomberg … said Bloomberg', 'Former New York City Mayor Michael Bloomberg endorsed Hillary Clinton on Wednesday.\n\n“This is just too important to sit out,” said Bloomberg, a former Democrat.', 'This is just', 'Michael Bloomberg'],
    ['a role in apposition, then a fragment: … in which Bloomberg argued that Trump was a “…”', 'Voters should back Hillary Clinton, Michael Bloomberg, the former New York mayor, said at the convention on Wednesday.\n\nIn his speech Bloomberg criticized Democrats, but argued that Trump was a “dangerous demagogue” and a bad businessman.', 'dangerous demagogue', 'Michael Bloomberg'],
    ['a title after “the”: the Rev. Mary Court … Court said', 'The Rev. Mary Court spoke at her church on Sunday.\n\n“I have nothing against anyone,” Court said.', 'I have nothing', 'Mary Court'],
    ['no person named in full: "Bloomberg reported" stays an outlet', 'The mayor spoke on Friday.\n\n“We will win this,” Bloomberg reported, citing a source.', 'We will win', null],
    ['"the Post" is the paper, not Sen. John Post', 'Sen. John Post spoke on Friday.\n\n“We will win this,” the Post reported, citing an aide.', 'We will win', null],
    ['a full name with no title or role: stays as before', 'Michael Bloomberg endorsed Hillary Clinton on Wednesday.\n\n“This is just too important to sit out,” Bloomberg said.', 'This is just', null],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
