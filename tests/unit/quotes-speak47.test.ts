/**
 * speak47 (docs/notes/speak47.md): a definite "the officer" that the article names nobody as is an unnamed officer, not the
 * one the text was just about (the suspect): "“…,” the officer wrote in the affidavit" after "Mow told police …" is nobody
 * named. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('an officer nobody was named as is nobody named', () => {
  it('"Mow told police … ¶ “…,” the officer wrote in the affidavit" → nobody, not the suspect', () => {
    const a = storyArticle(`A man shot himself in the hand while cleaning a pistol, police said.\n\nAccording to an arrest affidavit, Dustin Mow told police he was showing his fiancée how to clean the pistol when it fired. Mow said he forgot to clear the chamber.\n\n"This injury appeared to be consistent with one who used two hands to remove the slide from the grip of the pistol," the officer wrote in the affidavit. "The injury also appeared to show the palm covering the muzzle."`);
    expect(speakerOf(a, 'This injury appeared to be consistent')).toBeNull();
  });
  it('"Whitmire said … ¶ “…,” the officer wrote in the complaint" → nobody, not Whitmire', () => {
    const a = storyArticle(`Triston Whitmire said he locked several people outside, but they kicked the door and broke a window.\n\nHe stayed in the house but began firing at them, according to the complaint.\n\n"As soon as the glass was shattered, Triston removed his firearm and fired through the broken glass," the officer wrote in the complaint. "Triston fired at least four rounds outside."`);
    expect(speakerOf(a, 'As soon as the glass was shattered')).toBeNull();
  });
});
