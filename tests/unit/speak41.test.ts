/**
 * speak41 (docs/notes/speak41.md): who said it when the text names nobody, from the errors pooled over every dev speaker
 * sample. A he/she after an unnamed person who speaks ("One retailer told ICv2 …", "A lawyer for Mr Khelaifi denied …") is
 * that unnamed person, nobody named — also when a name stands in the unnamed subject's complement, and for any agent noun
 * ("retailer", "shopper"), not only the role words the module lists. A role whose modifiers hold a name ("the former
 * Manchester United striker") is not the holder of that name. A web address ("Billboard.com reported") is a publication,
 * no person. Guard: a document that reports ("A report said …") leaves the pronoun to the person named. Articles written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('a he/she after an unnamed person who speaks is nobody named', () => {
  it('"One retailer told ICv2 … “…,” he said" → nobody, not the vice president named before', () => {
    const a = storyArticle(`Sales rose, said David Gabriel, the vice president.\n\nOne retailer told ICv2 that increased diversity had brought a new clientele to his store. "One thing about the new books, they do not sell the numbers that I would like," he said.`);
    expect(speakerOf(a, 'One thing about the new books')).toBeNull();
  });
  it('"A lawyer for Mr Khelaifi denied … ¶ “…,” he said" → nobody, not Khelaifi', () => {
    const a = storyArticle(`Nasser Al-Khelaifi is the president of the club.\n\nA lawyer for Mr Khelaifi denied any wrongdoing on the part of his client, saying the Oryx payments were fully transparent.\n\n"Nasser Al-Khelaifi was neither a shareholder, nor a director of Oryx in 2011," he said.`);
    expect(speakerOf(a, 'Nasser Al-Khelaifi was neither')).toBeNull();
  });
  it('guard: "A report said sales fell. “…,” he said" → the person named before', () => {
    const a = storyArticle(`David Gabriel runs sales.\n\nA report said sales fell. "One thing about the new books, they do not sell the numbers that I would like," he said.`);
    expect(speakerOf(a, 'One thing about the new books')).toBe('David Gabriel');
  });
});

describe('a role is not the name among its modifiers', () => {
  it('"the former Manchester United and FC Barcelona striker said" → the manager named before, not Manchester United', () => {
    const a = storyArticle(`Joe Jordan will stay on as assistant coach at the club.\n\n"We had a laugh about all the speculation this morning," the former Manchester United and Leeds striker said.\n\nNewcastle is preparing for a game against defending champion Manchester United, whose manager, Alex Ferguson, says he is amazed at the talk.\n\nMark Hughes is another leading candidate, but the Blackburn manager said he had received no contact from Newcastle.\n\n"There is always speculation when any big job comes up," the former Manchester United and FC Barcelona striker said.`);
    expect(speakerOf(a, 'We had a laugh')).toBe('Joe Jordan');
    expect(speakerOf(a, 'There is always speculation')).toBe('Mark Hughes');
  });
});

describe('a web address is a publication, no person', () => {
  it('"Josh Groban\'s “Noel” is …, Billboard.com reported" → nobody', () => {
    const a = storyArticle(`LOS ANGELES, Dec. 27 (UPI) -- Josh Groban's "Noel" is the first Christmas album to stay at No. 1 on the U.S. album chart for five consecutive weeks, Billboard.com reported Thursday.`);
    expect(speakerOf(a, 'Noel')).toBeNull();
  });
});
