import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../lib/text/html';
import { chooseExtraction, proseBlocks } from '../../lib/text/prose';

// Written for this test: a page whose article is two containers (a lead box above the main one),
// with a menu, a link list and a footer around it.
const sentence = (n: number) =>
  `Paragraph ${n} of the story explains what the council decided on Tuesday evening, who voted for the plan and why the neighbours who came to the meeting were not convinced by it at all, even after the mayor spoke for twenty minutes.`;
const page = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="lead"><p>${sentence(1)}</p></div>
<div class="main"><h2>What happens next</h2><p>${sentence(2)}</p><p>Short line.</p><p>${sentence(3)}</p></div>
<ul class="more"><li><a href="/a">Another story about something else entirely, with a long headline</a></li><li><a href="/b">And one more link to a story elsewhere on the site</a></li></ul>
<footer><p>© 2026 The Paper. All rights reserved</p></footer>`;

describe('the page’s prose paragraphs (the second candidate)', () => {
  it('keeps the story’s paragraphs from both containers, the heading before them and a short line between them; drops menu, links and footer', () => {
    const texts = proseBlocks(htmlToBlocks(page)).map((b) => b.text.trim());
    expect(texts).toEqual([sentence(1), 'What happens next', sentence(2), 'Short line.', sentence(3)]);
  });

  it('is chosen over Readability only when it holds more than `ratio` times the text', () => {
    const r = [{ text: 'x'.repeat(100) }];
    const p = [{ text: 'y'.repeat(250) }];
    expect(chooseExtraction(r, p, 2).fallback).toBe(true);
    expect(chooseExtraction(r, p, 3).fallback).toBe(false);
    expect(chooseExtraction(r, p, 0).blocks).toBe(r);
  });
});
