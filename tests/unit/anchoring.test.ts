import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { buildTextIndex, matchQuote, normalizeQuote, rangeFor, unwrapMarks, wrapMatches } from '../../lib/extension/anchoring';

function page(html: string): Document {
  const window = new Window({ url: 'https://news.example/story' });
  window.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

/** The page text a match covers, read back from the DOM through a Range. */
function textAt(doc: Document, quote: string, opts = {}): string | null {
  const index = buildTextIndex(doc.body);
  const m = matchQuote(index, quote, opts);
  if (!m) return null;
  return rangeFor(index, m)!.toString().replace(/\s+/g, ' ');
}

const ARTICLE = `
  <header><nav><a href="/">World</a> <a href="/">Politics</a></nav></header>
  <div class="teaser">The only condition is straightforward: it must be everyone.</div>
  <article>
    <h1>Prisoners freed</h1>
    <p>Bukele said on Tuesday that   the deal was   final.</p>
    <p>“The only condition is straightforward: it <em>must</em> be everyone,” he wrote.</p>
    <p>Officials confirmed 252 people were flown home (Getty Images) on Friday evening.</p>
    <ul><li>First item</li><li>Second item</li></ul>
  </article>
  <section class="comments"><p>Great article!</p></section>`;

describe('text-quote anchoring', () => {
  it('finds text across inline elements and folded whitespace', () => {
    const doc = page(ARTICLE);
    expect(textAt(doc, 'Bukele said on Tuesday that the deal was final.')).toBe('Bukele said on Tuesday that the deal was final.');
    expect(textAt(doc, 'it must be everyone')).toBe('it must be everyone');
  });

  it('treats block boundaries as spaces, not as glued words', () => {
    const doc = page(ARTICLE);
    const index = buildTextIndex(doc.body);
    expect(index.text).toContain('First item Second item');
    expect(index.text).not.toContain('itemSecond');
  });

  it('matches straight quotes and dashes against typographic ones, and ignores case', () => {
    const doc = page('<p>He said: “We won’t stop” — and left.</p>');
    expect(textAt(doc, `"we won't stop" - and left`)).toBe('“We won’t stop” — and left');
  });

  it('prefers the occurrence inside the article region over a teaser elsewhere', () => {
    const doc = page(ARTICLE);
    const index = buildTextIndex(doc.body);
    const articleStart = index.text.indexOf('Prisoners freed');
    const m = matchQuote(index, 'The only condition is straightforward: it must be everyone', {
      region: { start: articleStart, end: index.text.length },
    })!;
    expect(m.start).toBeGreaterThan(articleStart);
    const unbiased = matchQuote(index, 'The only condition is straightforward: it must be everyone')!;
    expect(unbiased.start).toBeLessThan(articleStart);
  });

  it('survives small differences: a removed image credit, a typo, changed punctuation', () => {
    const doc = page(ARTICLE);
    const index = buildTextIndex(doc.body);
    const m = matchQuote(index, 'Officials confirmed 252 people were flown home on Friday evening.');
    expect(m).not.toBeNull();
    expect(m!.score).toBeGreaterThan(0.7);
    expect(m!.score).toBeLessThan(1);
    expect(rangeFor(index, m!)!.toString()).toMatch(/^Officials confirmed 252 .*Friday evening\.$/);

    expect(textAt(doc, 'Bukele sayd on Tuesday that the deal was final!')).toMatch(/^Bukele said on Tuesday that the deal was final/);
  });

  it('finds nothing for text that is not on the page', () => {
    const doc = page(ARTICLE);
    const index = buildTextIndex(doc.body);
    expect(matchQuote(index, 'The minister resigned after a vote of no confidence in parliament.')).toBeNull();
    expect(matchQuote(index, '   ')).toBeNull();
  });

  it('ignores scripts, styles and hidden elements', () => {
    const doc = page('<p>Visible words.</p><script>var hidden = "secret words";</script><style>p{}</style><p hidden>secret words</p>');
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('Visible words.');
    expect(matchQuote(index, 'secret words')).toBeNull();
  });

  it('wraps matches in marks and removes them cleanly, leaving the text as it was', () => {
    const doc = page(ARTICLE);
    const before = doc.body.innerHTML;
    const index = buildTextIndex(doc.body);
    const a = matchQuote(index, 'The only condition is straightforward: it must be everyone', {
      region: { start: index.text.indexOf('Prisoners'), end: index.text.length },
    })!;
    const b = matchQuote(index, 'the deal was final')!;
    const marks = wrapMatches(index, [
      { ...a, className: 'parallax-shared', id: 1 },
      { ...b, className: 'parallax-unique', id: 0 },
    ]);
    // The quote spans <em>: one mark per text-node piece.
    expect(marks[0]!.length).toBe(3);
    expect(marks[0]!.map((m) => m.textContent).join('')).toBe('The only condition is straightforward: it must be everyone');
    expect(marks[1]!.map((m) => m.textContent).join('')).toBe('the deal was   final');
    expect(doc.querySelectorAll('parallax-mark.parallax-hl').length).toBe(4);
    expect(doc.querySelector('article em parallax-mark')?.textContent).toBe('must');
    // The teaser outside the article is untouched.
    expect(doc.querySelector('.teaser parallax-mark')).toBeNull();

    expect(unwrapMarks(doc)).toBe(4);
    expect(doc.querySelectorAll('parallax-mark').length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('keeps anchoring after marks were added (index rebuilt)', () => {
    const doc = page(ARTICLE);
    let index = buildTextIndex(doc.body);
    const m = matchQuote(index, 'he wrote')!;
    wrapMatches(index, [{ ...m, className: 'parallax-unique' }]);
    index = buildTextIndex(doc.body);
    expect(textAt(doc, 'everyone,” he wrote.')).toBe('everyone,” he wrote.');
  });

  it('chooses between repeats of a sentence by the text expected around it', () => {
    const doc = page(`<p>First the mayor spoke. “We will rebuild.” Then the crowd left.</p>
      <p>Later the governor arrived. “We will rebuild.” Nobody applauded.</p>`);
    const index = buildTextIndex(doc.body);
    const second = index.text.lastIndexOf('“We will rebuild.”');
    expect(matchQuote(index, '“We will rebuild.”')!.start).toBeLessThan(second);
    expect(matchQuote(index, '“We will rebuild.”', { prefix: 'Later the governor arrived.' })!.start).toBe(second);
    expect(matchQuote(index, '“We will rebuild.”', { suffix: 'Nobody applauded.' })!.start).toBe(second);
    // Context also steers an approximate match.
    expect(matchQuote(index, '"We will rebuild"', { prefix: 'the governor arrived' })!.start).toBe(second);
  });

  it('normalises quotes for comparison', () => {
    expect(normalizeQuote('  a\u00a0\n b\u200b c  ')).toBe('a b c');
  });
});
