import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { createPageController, isContentRequest } from '../../lib/extension/messaging';
import type { ExtractedPage } from '../../lib/types';
import type { ContentRequest, NotAnArticle } from '../../lib/extension/protocol';

const QUOTE = 'The only condition is straightforward: it must be everyone.';

function setup(extract: (doc: Document) => ExtractedPage | NotAnArticle) {
  const window = new Window({ url: 'https://news.example/story' });
  const doc = window.document as unknown as Document;
  doc.write(`<!doctype html><html><head></head><body>
    <aside class="teaser"><p>${QUOTE}</p></aside>
    <article><h1>Prisoners freed</h1>
      <p>Bukele said the deal was final.</p>
      <p>“${QUOTE}” he wrote on X.</p>
      <p>Officials confirmed 252 people were flown home on Friday.</p>
    </article></body></html>`);
  const timers: Array<() => void> = [];
  const page = createPageController({
    document: doc,
    url: () => 'https://news.example/story',
    extract: (d) => extract(d),
    setTimeout: (fn) => timers.push(fn),
  });
  const marks = (sel = 'parallax-mark') =>
    Array.from(doc.querySelectorAll(sel)).map((m) => ({ text: m.textContent, cls: m.getAttribute('class'), inArticle: !!m.closest('article') }));
  return { doc, page, timers, marks };
}

const article = (doc: Document): ExtractedPage => ({
  url: 'https://news.example/story',
  title: 'Prisoners freed',
  siteName: null,
  byline: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  blocks: Array.from(doc.querySelectorAll('article p')).map((p) => ({ text: p.textContent!, tag: 'p' })),
});

describe('the content script page controller', () => {
  it('replies with the extracted article, or with the reason the page is not one', async () => {
    const a = setup(article);
    expect(await a.page.handle({ type: 'parallax:extract' })).toMatchObject({ ok: true, value: { title: 'Prisoners freed' } });
    const b = setup(() => ({ notArticle: true, reason: 'No article text found' }));
    expect(await b.page.handle({ type: 'parallax:extract' })).toEqual({
      ok: true,
      value: { notArticle: true, reason: 'No article text found' },
    });
  });

  it('turns a failing extraction into an error reply, not a dead channel', async () => {
    const { page } = setup(() => {
      throw new Error('Readability failed');
    });
    expect(await page.handle({ type: 'parallax:extract' })).toEqual({ ok: false, error: 'Readability failed' });
  });

  it('after extraction, points into the article rather than a teaser with the same sentence', async () => {
    const { page, marks } = setup(article);
    await page.handle({ type: 'parallax:extract' });
    expect(await page.handle({ type: 'parallax:highlight', items: [{ i: 1, text: QUOTE, kind: 'shared' }] })).toEqual({
      ok: true,
      value: 1,
    });
    expect(marks()).toEqual([{ text: QUOTE, cls: 'parallax-hl parallax-shared', inArticle: true }]);
  });

  it('highlights again without stacking marks, and clears them all', async () => {
    const { doc, page, marks } = setup(article);
    await page.handle({ type: 'parallax:extract' });
    const items = [
      { i: 0, text: 'Bukele said the deal was final.', kind: 'unique' as const },
      { i: 2, text: 'Officials confirmed 252 people were flown home on Friday.', kind: 'shared' as const },
      { i: 3, text: 'A sentence that is nowhere on this page at all.', kind: 'unique' as const },
    ];
    expect(await page.handle({ type: 'parallax:highlight', items })).toEqual({ ok: true, value: 2 });
    expect(await page.handle({ type: 'parallax:highlight', items })).toEqual({ ok: true, value: 2 });
    expect(marks().map((m) => m.cls)).toEqual(['parallax-hl parallax-unique', 'parallax-hl parallax-shared']);
    expect(doc.getElementById('parallax-style')).not.toBeNull();
    expect(await page.handle({ type: 'parallax:clear-highlights' })).toEqual({ ok: true, value: null });
    expect(marks()).toEqual([]);
  });

  it('scrolls to a sentence and flashes it for a moment', async () => {
    const { doc, page, timers, marks } = setup(article);
    const scrolled: string[] = [];
    (doc.defaultView as unknown as { HTMLElement: { prototype: { scrollIntoView: unknown } } }).HTMLElement.prototype.scrollIntoView =
      function (this: Element) {
        scrolled.push(this.textContent ?? '');
      };
    await page.handle({ type: 'parallax:extract' });
    const reply = await page.handle({
      type: 'parallax:scroll-to',
      anchor: { i: 2, text: 'Officials confirmed 252 people were flown home on Friday.' },
    });
    expect(reply).toEqual({ ok: true, value: true });
    expect(scrolled).toEqual(['Officials confirmed 252 people were flown home on Friday.']);
    expect(marks('parallax-mark.parallax-flash')).toHaveLength(1);
    timers.forEach((t) => t());
    expect(marks()).toEqual([]);
    expect(await page.handle({ type: 'parallax:scroll-to', anchor: { i: 9, text: 'Nothing like this is on the page.' } })).toEqual({
      ok: true,
      value: false,
    });
  });

  it('uses neighbouring units as context to pick the right repeat of a sentence', async () => {
    const window = new Window({ url: 'https://news.example/story' });
    const doc = window.document as unknown as Document;
    doc.write(`<!doctype html><html><head></head><body><article>
      <p>The mayor spoke first. It was a long night.</p>
      <p>The governor spoke next. It was a long night. Nobody slept.</p></article></body></html>`);
    const page = createPageController({ document: doc, url: () => 'https://news.example/story', extract: () => article(doc) });
    await page.handle({
      type: 'parallax:highlight',
      items: [
        { i: 2, text: 'The governor spoke next.', kind: 'shared' },
        { i: 3, text: 'It was a long night.', kind: 'unique' },
      ],
    });
    const unique = doc.querySelector('parallax-mark.parallax-unique')!;
    expect(unique.closest('p')!.textContent).toContain('The governor');
  });

  it('leaves the page as it found it when the extension goes away', async () => {
    const { doc, page } = setup(article);
    const before = doc.body.innerHTML;
    await page.handle({ type: 'parallax:highlight', items: [{ i: 0, text: 'Bukele said the deal was final.', kind: 'unique' }] });
    page.dispose();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getElementById('parallax-style')).toBeNull();
  });

  it('recognises only its own requests', () => {
    expect(isContentRequest({ type: 'parallax:extract' })).toBe(true);
    expect(isContentRequest({ type: 'parallax:page-changed', url: 'x' })).toBe(false);
    expect(isContentRequest(null)).toBe(false);
    expect(isContentRequest({ type: 'other' } as unknown as ContentRequest)).toBe(false);
  });
});
