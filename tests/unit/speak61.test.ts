/**
 * speak61 (docs/notes/speak61.md): constructions cards60b's sheet, the brief and r60's dev errors named, each a reader would see as
 * a wrong or missing "Said by": an organisation's name cut to its last word ("The House Committee on Oversight and Reform told …"
 * gave "Reform"); a name's possessive, a kin noun and a comma before the name ("said Hamon’s cousin, Regina McDaniel" gave nobody);
 * "Prof" before a surname read as part of the name ("Prof Oswald added" gave "Prof Oswald", not Andrew Oswald). The rows after each
 * fix keep what must not move: a given name after the organisation stays a person, a bare kin noun names nobody. Articles written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

const committee = (who: string) =>
  `The justices heard the case on Tuesday.\n\n${who} told the Supreme Court that its inquiry easily met the test.\n\n“The election of a President raises questions about the adequacy of existing law,” the committee argued.`;
const storm = (attribution: string) => `A storm hit the coast on Friday.\n\nMost homes lost power for a day.\n\n“We were ready for it,” ${attribution}`;
describe('who said it: a committee’s whole name, a possessive kin phrase, "Prof"', () => {
  it.each([
    ['the House Committee on Oversight and Reform … the committee argued → nobody', committee('The House Committee on Oversight and Reform'), 'The election', null],
    ['the Department of Health and Human Services … → nobody', committee('The Department of Health and Human Services'), 'The election', null],
    ['a given name after "the Department of Justice and" stays a person', 'Lawyers for the Department of Justice and Bill Barr filed the appeal on Monday.\n\n“We will win this case,” Barr said.', 'We will win', 'Bill Barr'],
    ['said Hamon’s cousin, Regina McDaniel', storm('said Hamon’s cousin, Regina McDaniel.'), 'We were ready', 'Regina McDaniel'],
    ['said Hamon’s cousin, who lives nearby (no name)', storm('said Hamon’s cousin, who lives nearby.'), 'We were ready', null],
    ['“…,” Prof Oswald added. (Andrew Oswald named before)', 'Andrew Oswald, of Warwick University, led the study.\n\nWomen asked for rises as often as men, the study found.\n\n“It could be that Australia is odd,” Prof Oswald added.', 'It could be', 'Andrew Oswald'],
    ['“…,” said Prof. Graham Kerley, an elephant expert.', 'Elephant herds are growing fast in the park.\n\n“We can conserve elephants but we have to start to worry,” said Prof. Graham Kerley, an elephant expert.', 'We can conserve', 'Graham Kerley'],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
