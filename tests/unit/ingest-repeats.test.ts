import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/node-env';
import { ingestFile } from '../../lib/ingest';
import { dropRepeatedBlocks } from '../../lib/text/repeats';

// Written for this test: a news page quoting a post, then showing the post itself as an embed card
// (the shape of the NewsWCL50 Fox News article on Pompeo's visit, whose tweet became units twice).
const POST = 'The new bridge opened this morning. Traffic moved smoothly and the crowd was large. Details of the second phase are being worked out now. A great day for the whole valley!';
const page = `<!doctype html><html lang="en"><head><title>Valley bridge opens to traffic</title></head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<article>
<h1>Valley bridge opens to traffic</h1>
<p>The long-delayed bridge over the Green River opened to traffic on Monday, two years after work began and
four months later than the county had promised when the contract was signed.</p>
<p>The county executive, who had pushed for the project through two budget fights, celebrated the opening in a
morning post on social media, saying the day had gone well.</p>
<p>"${POST}" she wrote.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${POST}</p>&mdash; County Executive (@countyexec) <a href="https://twitter.com/countyexec/status/1">May 4, 2026</a></blockquote>
<p>Engineers said the second phase, a cycle path under the main deck, would start in the autumn if the state
releases the money it set aside for the work in last year's transport plan.</p>
<p>Residents on the east bank, who had driven twenty minutes around the old crossing, said the new route would
cut their commute in half and bring shoppers back to the market street.</p>
</article>
<footer>© 2026 Valley News</footer>
</body></html>`;

describe('a paragraph printed twice (embedded post, pull quote) is ingested once', () => {
  it('keeps the quoting paragraph and drops the embed that repeats it', () => {
    const a = ingestFile({ name: 'bridge.html', content: page }, nodeEnv).articles[0]!;
    const texts = a.units.map((u) => u.text);
    const holding = (s: string) => texts.filter((t) => t.includes(s)).length;
    // Each sentence of the post is in the article once, inside the paragraph that says who wrote it.
    expect(holding('Traffic moved smoothly and the crowd was large.')).toBe(1);
    expect(holding('A great day for the whole valley!')).toBe(1);
    expect(texts.some((t) => t.includes('she wrote'))).toBe(true);
    // The rest of the article is all there.
    expect(holding('cycle path under the main deck')).toBe(1);
    expect(holding('cut their commute in half')).toBe(1);
    expect(a.warnings.some((w) => /repeated block/.test(w))).toBe(true);
  });

  it('also in a plain-text article (the NewsWCL50 texts are plain text)', () => {
    const text = `Valley bridge opens\n\nThe executive celebrated in a post.\n\n"${POST}" she wrote.\n\n${POST}\n\nEngineers said the second phase would start in the autumn.`;
    const a = ingestFile({ name: 'bridge.txt', content: text }).articles[0]!;
    expect(a.units.filter((u) => u.text.includes('Traffic moved smoothly')).length).toBe(1);
  });

  it('leaves alone short lines said twice and paragraphs that only share some words', () => {
    const blocks = [
      { text: 'Advertisement' },
      { text: 'The council met on Tuesday to discuss the budget for next year.' },
      { text: 'Advertisement' },
      { text: 'The council met on Tuesday to discuss the roads, not the budget.' },
    ];
    expect(dropRepeatedBlocks(blocks).removed).toBe(0);
  });

  it('drops a pull quote printed before the paragraph quoting it, keeps text repeated outside quotation marks', () => {
    const para = '“Three of the four pumps had failed during the storm last week,” the report found, and the council agreed.';
    const pull = 'Three of the four pumps had failed during the storm';
    const other = 'Another paragraph of the story follows here with words.';
    const plain = 'The council met on Tuesday to discuss the budget for next year and the roads.';
    const r = dropRepeatedBlocks([{ text: pull }, { text: para }, { text: other }, { text: 'met on Tuesday to discuss the budget' }, { text: plain }, { text: para }]);
    expect(r.blocks.map((b) => b.text)).toEqual([para, other, 'met on Tuesday to discuss the budget', plain, para]);
    expect(r.removed).toBe(1);
  });
});

describe('code is not a repeat', () => {
  it('keeps a line of code shown alone and again inside a longer listing', () => {
    const call = { text: 'const total = items.reduce((sum, item) => sum + item.price, 0);', tag: 'pre' };
    const listing = { text: 'function cost(items) {\nconst total = items.reduce((sum, item) => sum + item.price, 0);\nreturn total;\n}', tag: 'pre' };
    expect(dropRepeatedBlocks([call, { text: 'Then wrap it in a function:', tag: 'p' }, listing]).removed).toBe(0);
  });
});
