/**
 * speak44 (docs/notes/speak44.md): two constructions of attribution from the errors pooled over every dev speaker sample.
 * A police or military rank written as a title before a surname ("said Major Lapatin", "Lieutenant Baker said") is a title,
 * not a given name, so the bare form finds the person the article names in full; a possessive in an inverted attribution
 * holds a role whose name follows in apposition ("said Hamon's aunt, Regina McDaniel" → the aunt, not the possessor nor an
 * earlier source); a caption that is a person's name, a colon and the quote ("0:52 Richard Corcoran: “Hell, no” to …") is
 * that person's (not a fronted verb of saying and a name: "Added Toman: “…”" is left as it was). Guards: a rank word that is this article's surname stays a name; a possessed role with no name after its
 * comma is nobody named; a caption labelled by an organisation is nobody's. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('a rank before a surname is a title', () => {
  it('"Harbor City Police Major Dana Whitfield …. “…,” said Major Whitfield" → Dana Whitfield', () => {
    const a = storyArticle(`Harbor City Police Major Dana Whitfield said four people were hurt in the shooting.\n\nNeighbors said they heard a dozen shots.\n\n“We are still looking for a second car,” said Major Whitfield.`);
    expect(speakerOf(a, 'We are still')).toBe('Dana Whitfield');
  });
  it('"Sgt. Owen Price …. “…,” Lieutenant Price said" → Owen Price (one person, not a second "Lieutenant Price")', () => {
    const a = storyArticle(`Sgt. Owen Price said the boy was taken to a hospital.\n\nThe family lives nearby.\n\n“The gun was in a kitchen drawer,” Lieutenant Price said.`);
    expect(speakerOf(a, 'The gun was')).toBe('Owen Price');
  });
  it('guard: a rank word that is the article\'s surname stays a name ("Ellen Major … Major said")', () => {
    const a = storyArticle(`Ellen Major runs the bakery on Elm Street.\n\n“We open at six every morning,” Major said.`);
    expect(speakerOf(a, 'We open at')).toBe('Ellen Major');
  });
});

describe('a possessed role with its name in apposition speaks', () => {
  it('"said Reyes\'s aunt, Marta Delgado" after another source spoke → Marta Delgado, not Reyes nor that source', () => {
    const a = storyArticle(`MSP says a teenager died after a gun went off at a friend's house.\n\nDetectives say that 16-year-old Luis Reyes was holding a handgun when it fired.\n\nMSP says that no foul play is suspected.\n\n"He was the kindest boy on the street," said Reyes's aunt, Marta Delgado.\n\nThe school will hold a vigil on Friday.`);
    expect(speakerOf(a, 'He was the kindest')).toBe('Marta Delgado');
  });
  it('guard: "said Reyes\'s aunt, who asked not to be named" → nobody named', () => {
    const a = storyArticle(`Detectives say that 16-year-old Luis Reyes was holding a handgun when it fired.\n\n"He was the kindest boy on the street," said Reyes's aunt, who asked not to be named.`);
    expect(speakerOf(a, 'He was the kindest')).toBeNull();
  });
});

describe('a caption labelled with a person\'s name', () => {
  it('"0:52 Dana Whitfield: “Not this year” to a new stadium" (a video list) → Dana Whitfield', () => {
    const a = storyArticle(`2:14 Storm knocks out power across the county\n\n0:52 Dana Whitfield: “Not this year” to a new stadium\n\n1:30 High school band heads to state`);
    expect(speakerOf(a, 'Not this year')).toBe('Dana Whitfield');
  });
  it('"Owen Price: “No new taxes” for the stadium" opening a paragraph → Owen Price', () => {
    const a = storyArticle(`The council met on Tuesday night.\n\nOwen Price: “No new taxes” for the stadium\n\nThe vote is next week.`);
    expect(speakerOf(a, 'No new taxes')).toBe('Owen Price');
  });
  it('guard: "1:05 Harbor City Council: “…”" → nobody named (an organisation\'s label)', () => {
    const a = storyArticle(`Votes are counted.\n\n1:05 Harbor City Council: “We will not raise taxes” this year`);
    expect(speakerOf(a, 'We will not')).toBeNull();
  });
});
