/**
 * Who said it, the quotes no attribution was read for (docs/notes/miss77.md): articles written for the test, one row each, the
 * expected "Said by" (null: nobody). The rows marked "fails on main" read nobody on main 7bb11720; the guards hold on both.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

const hearing = 'Senator Ann Warren questioned the bank’s chief, Tom Stumpf, on Tuesday.\n\n';
const transcript = 'Vernon Jordan testified before the grand jury on Friday.\n\nQ: “And that was at a meeting for breakfast at the hotel?”\n\nJordan: “Yes.”\n\nQ: “Did you discuss other things?”\n\nJordan: “That is correct.”';

describe('who said it: the quotes no attribution was read for', () => {
  it.each([
    // A transcript's or a post's label: a paragraph that is one word and a colon before the quote — a surname of a person the
    // article names, in any case, or a handle ending in it.
    ['`WARREN: “…”` (a surname in capitals) → Ann Warren (fails on main)', `${hearing}STUMPF: “The board has been clear.”\n\nWARREN: “Have you resigned?”`, 'Have you resigned', 'Ann Warren'],
    ['`Stumpf: “…”` (a surname) → Tom Stumpf (fails on main)', `${hearing}Stumpf: “The board has been clear.”\n\nWarren: “Have you resigned?”`, 'The board', 'Tom Stumpf'],
    ['`.@KamalaHarris: “…”` (a handle) → Kamala Harris (fails on main)', 'Senator Kamala Harris said on Sunday that schools matter.\n\n.@KamalaHarris: “I support busing, and I always have.”', 'I support busing', 'Kamala Harris'],
    // Guards: a label that names nobody the article names; and a transcript's questions, which continue no answer's speaker.
    ['`Update: “…”` → nobody', 'Senator Kamala Harris said on Sunday that schools matter.\n\nUpdate: “I support busing, and I always have.”', 'I support busing', null],
    ['`ON ATTITUDE: “…”` (two words, no name) → nobody', 'Senator Kamala Harris said on Sunday that schools matter.\n\nON ATTITUDE: “I support busing, and I always have.”', 'I support busing', null],
    ['a transcript: `Q: “…”` after `Jordan: “…”` → nobody', transcript, 'Did you discuss', null],
    ['a transcript: `Jordan: “Yes.”` → Vernon Jordan (fails on main)', transcript, 'Yes.', 'Vernon Jordan'],
    ['`A: “…,” said X, …` (the label does not end the paragraph) → the name after the quote', 'Q: What causes it?\n\nA: “It is very important that children be kept close,” said Gail McGee, director of the center.', 'It is very important', 'Gail McGee'],
    // A document's author after the quote: a name's document, or "it read" / "the memo states" after the text named the person's
    // document.
    ['`“…,” Trump’s memo states.` → Donald Trump (fails on main)', 'Donald Trump signed it on Friday.\n\n"The security of the United States is imperiled by a surge," Trump\'s memo states.', 'The security', 'Donald Trump'],
    ['`Schultz’s note acknowledged … ¶ “…,” it read.` → Howard Schultz (fails on main)', 'Howard Schultz wrote to staff on Friday. Schultz\'s note acknowledged the skeptics.\n\n"While there has been criticism of the initiative, we go on," it read.', 'While there', 'Howard Schultz'],
    ['`Brown spoke after Trump’s memorandum … ¶ “…,” the memo states.` → Donald Trump (fails on main)', 'Donald Trump signed a memorandum on Friday. Brown spoke after Trump\'s memorandum last week ordering a strategy.\n\n"The security of the United States is imperiled by a surge," the memo states.', 'The security', 'Donald Trump'],
    // Guards: a company's document names nobody; "it said" after an organisation is the organisation's.
    ['`Acme’s note … ¶ “…,” it read.` → nobody', 'Acme Corp wrote to staff on Friday. Acme Corp\'s note acknowledged the skeptics.\n\n"While there has been criticism of the initiative, we go on," it read.', 'While there', null],
    ['`“…,” her statement read.` → nobody (a pronoun’s document is left to the resolver)', 'Mary Closs spoke to the court on Friday.\n\n"I feel like I have some power over him now," her statement read.', 'I feel like', null],
    ['`The company … ¶ “…,” it said.` → nobody', 'Howard Schultz left the company on Friday. The company sent a note to staff.\n\n"While there has been criticism of the initiative, we go on," it said.', 'While there', null],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
