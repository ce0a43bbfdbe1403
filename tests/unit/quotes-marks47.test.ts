/**
 * (marks47) A quote that ends its sentence is the speaker named before it, not the next person an article introduces after it:
 * `Ames said: "…" Cole added: "…"` and `Ames said: "…" Cole described it as "…"`. Invented text in the style of wire
 * coverage (multi-sentence quotes opened sentence by sentence, the print convention).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyQuotes } from '../data/quotes/story';

const COLON = `The council approved the budget on Tuesday after a long debate.

However, Finance Director Laura Ames said: "None of these figures add up, which means the only certain result is cuts to services." Opposition leader Daniel Cole added: "People will not be fooled by these claims. "This cannot be done without deep cuts in local services."`;

const DESCRIBED = `The club fined its striker two weeks' wages after the row became public.

Manager Graeme Hollis said: "He cannot play for me again. He has been a disruptive influence from the minute I walked into this club. "He cannot go on television and call me a liar." Chairman Peter Varley described Bellamy's behaviour as "totally unacceptable and totally unprofessional".`;

describe('an attribution after a finished quote belongs to what follows it', () => {
  it('"X said: "….” Y added: "…"" keeps X\'s words with X and Y\'s with Y', () => {
    const qs = storyQuotes(COLON);
    expect(speakerOf(qs, 'None of these figures')).toBe('Laura Ames');
    expect(speakerOf(qs, 'People will not be fooled')).toBe('Daniel Cole');
  });
  it('"X said: "…." Y described it as "…"" keeps X\'s words with X', () => {
    const qs = storyQuotes(DESCRIBED);
    expect(speakerOf(qs, 'He cannot play for me')).toBe('Graeme Hollis');
  });
});
