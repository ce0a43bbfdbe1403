/**
 * Search results, section fronts, video pages and threads are not articles: refused with a reason the
 * panel shows; a real article (even a short one) is not. Hand-made pages in tests/data/pages.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { pageFeatures, pageKind, type PageFeatures } from '../../lib/page-kind';

const doc = (name: string) => parseHTML(readFileSync(new URL(`../data/pages/${name}`, import.meta.url), 'utf8')).document as unknown as Document;
const base: PageFeatures = { url: 'https://news.example/2025/03/ferry-fares-rise', ogType: null, ldTypes: [], proseChars: 4000, proseParagraphs: 8, headlineLinks: 3 };

describe('pageKind', () => {
  it('refuses a search-results page and says so, from its URL or its JSON-LD type', () => {
    expect(pageKind({ ...base, url: 'https://news.example/search?q=ferry' })).toMatchObject({ article: false, kind: 'search' });
    expect(pageKind({ ...base, url: 'https://news.example/results', ldTypes: ['SearchResultsPage'] })).toMatchObject({ article: false, kind: 'search' });
    const f = pageFeatures(doc('search-results.html'), 'https://news.example/find');
    expect(pageKind(f).reason).toMatch(/search-results page/);
    // Other languages' search tools.
    expect(pageKind({ ...base, url: 'https://zeitung.example/suche?q=f%C3%A4hre' }).kind).toBe('search');
    expect(pageKind({ ...base, url: 'https://journal.example/recherche/?query=ferry' }).kind).toBe('search');
    expect(pageKind({ ...base, url: 'https://diario.example/?s=ferry' }).kind).toBe('search');
  });

  it('reads an article whose slug starts with "search" or whose address carries a share parameter', () => {
    expect(pageKind({ ...base, url: 'https://www.bbc.example/news/search-for-missing-hiker-ends-in-relief-6812345' })).toMatchObject({ article: true });
    expect(pageKind({ ...base, url: 'https://news.example/2025/03/ferry-fares-rise?s=09' })).toMatchObject({ article: true });
    expect(pageKind({ ...base, url: 'https://news.example/story?id=42&s=share', ogType: 'article' })).toMatchObject({ article: true });
  });

  it('refuses topic and tag pages in other languages, even with an introduction of running text', () => {
    const list = { ...base, headlineLinks: 25 };
    expect(pageKind({ ...list, url: 'https://zeitung.example/thema/ukraine/' }).kind).toBe('section');
    expect(pageKind({ ...list, url: 'https://journal.example/rubrique/politique' }).kind).toBe('section');
    expect(pageKind({ ...list, url: 'https://diario.example/etiqueta/elecciones-generales-2025' }).kind).toBe('section');
    // A post filed in a dated archive is a post; the month's archive page is a list.
    expect(pageKind({ ...base, url: 'https://blog.example/archives/2025/12/16/ferry_notes.html', headlineLinks: 1 }).article).toBe(true);
    expect(pageKind({ ...list, url: 'https://blog.example/archives/2025/12/' }).kind).toBe('section');
    expect(pageKind({ ...list, url: 'https://blog.example/archive/2025/12/page/2' }).kind).toBe('section');
  });

  it('refuses a section front: many headline links, little running text', () => {
    const f = pageFeatures(doc('section-front.html'), 'https://courier.example/politics');
    expect(f.headlineLinks).toBe(20);
    expect(pageKind(f)).toMatchObject({ article: false, kind: 'section' });
    // A front page can carry og:type article: its address and its text still give it away.
    expect(pageKind({ ...f, ogType: 'article' }).article).toBe(false);
  });

  it('refuses a video page, a gallery and a discussion thread', () => {
    expect(pageKind(pageFeatures(doc('video-page.html'), 'https://news.example/2025/03/ferry-storm'))).toMatchObject({ article: false, kind: 'video' });
    expect(pageKind({ ...base, url: 'https://www.bbc.com/news/av/world-12345678/ferry-in-storm', proseChars: 300, proseParagraphs: 1 }).kind).toBe('video');
    expect(pageKind({ ...base, url: 'https://news.example/pictures/2025-ferry-photos', proseChars: 200 }).kind).toBe('gallery');
    expect(pageKind({ ...base, url: 'https://www.reddit.com/r/news/comments/abc123/ferry_fares_rise/' }).kind).toBe('discussion');
  });

  it('refuses a shop or provider page that declares a product, an offer or a service, however much text it has', () => {
    const shop = { ...base, url: 'https://shop.example/products/wool-runner-shoes-blue', proseChars: 6000, proseParagraphs: 12 };
    expect(pageKind({ ...shop, ldTypes: ['Product'] })).toMatchObject({ article: false, reason: expect.stringMatching(/product or service page/) });
    expect(pageKind({ ...shop, ldTypes: ['Organization', 'AggregateOffer'] }).article).toBe(false);
    expect(pageKind({ ...shop, url: 'https://plumbing.example/services/drain-cleaning-phoenix', ldTypes: ['Service'] }).article).toBe(false);
    expect(pageKind({ ...shop, ogType: 'product' }).article).toBe(false);
    // A report that reviews or sells through a product it names still declares itself an article: kept.
    expect(pageKind({ ...base, ldTypes: ['NewsArticle', 'Product'] }).article).toBe(true);
    expect(pageKind({ ...base, ogType: 'article', ldTypes: ['Product'] }).article).toBe(true);
    expect(pageKind({ ...base, ldTypes: ['Review', 'Product'] }).article).toBe(true);
  });

  it('refuses a thread or a shop page that declares its items in microdata, not a report that marks up a product', () => {
    const prose = '<p>' + 'The ferry ran late again this morning because the tide was low and the crew waited for it to turn. '.repeat(6) + '</p>';
    const page = (body: string) => parseHTML(`<html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
    const thread = page(`<div itemscope itemtype="https://schema.org/DiscussionForumPosting">${prose}</div><div itemscope itemtype="https://schema.org/DiscussionForumPosting">${prose}</div>`);
    expect(pageKind(pageFeatures(thread, 'https://talk.example/t/ferry-delays-again-this-week/4521'))).toMatchObject({ article: false, kind: 'discussion' });
    const question = page(`<main itemscope itemtype="http://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="http://schema.org/Question">${prose}</div></main>`);
    expect(pageFeatures(question, 'https://qa.example/questions/8812/why-is-the-ferry-late').microTypes).toEqual(['QAPage']);
    expect(pageKind(pageFeatures(question, 'https://qa.example/questions/8812/why-is-the-ferry-late')).kind).toBe('discussion');
    const shop = page(`<div itemscope itemtype="https://schema.org/Product">${prose}<span itemprop="offers" itemscope itemtype="https://schema.org/Offer">12 EUR</span></div>`);
    expect(pageKind(pageFeatures(shop, 'https://boots.example/item/ferry-deck-shoes-navy-42')).reason).toMatch(/product or service page/);
    // A report marked up as an article that carries a product box is kept; so is one that declares nothing.
    const review = page(`<article itemscope itemtype="https://schema.org/NewsArticle">${prose}${prose}${prose}</article><div itemscope itemtype="https://schema.org/Product">Deck shoes</div>`);
    expect(pageKind(pageFeatures(review, 'https://news.example/2025/03/ferry-crews-test-new-deck-shoes')).article).toBe(true);
    expect(pageKind(pageFeatures(page(prose + prose + prose), 'https://news.example/2025/03/ferry-crews-test-new-deck-shoes')).article).toBe(true);
    // Teasers marked NewsArticle one by one do not make a front page an article.
    const teasers = Array.from({ length: 12 }, (_, i) => `<div itemscope itemtype="https://schema.org/NewsArticle"><h3><a href="/2025/03/story-number-${i}-of-the-day">Story ${i}</a></h3></div>`).join('');
    expect(pageKind(pageFeatures(page(teasers), 'https://news.example/ferries')).article).toBe(false);
  });

  it('refuses forum software addresses, shop and provider addresses and a site\'s home page, not a story whose slug holds the word', () => {
    expect(pageKind({ ...base, url: 'https://boards.example/viewtopic.php?f=3&t=48211' }).kind).toBe('discussion');
    expect(pageKind({ ...base, url: 'https://games.example/boards/2291-ferry-sim/80700123' }).kind).toBe('discussion');
    // A forum host: its threads may say og:type article, they are still threads.
    expect(pageKind({ ...base, url: 'https://forums.example/threads/ferry-fares-2025.2881/', ogType: 'article' }).kind).toBe('discussion');
    expect(pageKind({ ...base, url: 'https://shoes.example/products/deck-shoe-navy' }).reason).toMatch(/product or service page/);
    expect(pageKind({ ...base, url: 'https://shoes.example/collections/deck-shoes' }).article).toBe(false);
    expect(pageKind({ ...base, url: 'https://firm.example/services/ferry-consulting/' }).article).toBe(false);
    expect(pageKind({ ...base, url: 'https://saas.example/' })).toMatchObject({ article: false, kind: 'section', reason: expect.stringMatching(/home page/) });
    expect(pageKind({ ...base, url: 'https://news.example/index.html', ogType: 'article' }).article).toBe(false);
    // Stories whose slug or section names the word, a report declared under a shop path, a post addressed by id at the root.
    expect(pageKind({ ...base, url: 'https://news.example/business/services-sector-grows-in-march' }).article).toBe(true);
    expect(pageKind({ ...base, url: 'https://news.example/2025/03/products-recalled-after-ferry-fire' }).article).toBe(true);
    expect(pageKind({ ...base, url: 'https://outlet.example/products/ferry-maker-recalls-boats', ldTypes: ['NewsArticle'] }).article).toBe(true);
    expect(pageKind({ ...base, url: 'https://blog.example/?p=48213' }).article).toBe(true);
    expect(pageKind({ ...base, url: 'https://blog.example/?p=213' }).article).toBe(true);
    expect(pageKind({ ...base, url: 'https://reader.example/#/story/ferry-fares-rise' }).article).toBe(true);
    expect(pageKind({ ...base, url: 'https://news.example/forum-on-ferry-fares-draws-crowd-2025' }).article).toBe(true);
  });

  it("refuses a provider's offer page that asks the reader to act and says neither when nor by whom it was written", () => {
    const pitch = '<p>' + 'Your team closes the books faster when payroll, expenses and invoices live in one place you can trust. '.repeat(5) + '</p>';
    const page = (head: string, body: string) => parseHTML(`<html><head><title>Payroll</title>${head}</head><body>${body}</body></html>`).document as unknown as Document;
    const asks = '<a href="/signup">Get started</a><a href="/demo">Book a demo</a><button>Contact sales</button>';
    const offer = page('', `<main><h1>Payroll for growing teams</h1>${pitch}<h2>Pay everyone on time</h2>${pitch}${asks}</main>`);
    const f = pageFeatures(offer, 'https://ledger.example/payroll', null, { publishedTime: null, byline: null });
    expect(f).toMatchObject({ callsToAction: 3, signed: false });
    expect(pageKind(f)).toMatchObject({ article: false, kind: 'other', reason: expect.stringMatching(/service or sign-up page \(3 calls to action/) });
    // The same words on a page that says when it was published or who wrote it: an article (a dated post, a press release).
    expect(pageKind({ ...f, signed: true }).article).toBe(true);
    // One call to action (a newsletter sign-up beside a report) is not a pitch.
    expect(pageKind({ ...f, callsToAction: 1 }).article).toBe(true);
    // A page that declares an article, or whose address names a story, is judged as before.
    expect(pageKind({ ...f, ogType: 'article' }).article).toBe(true);
    expect(pageKind({ ...f, url: 'https://ledger.example/blog/how-we-cut-payroll-errors-in-half' }).article).toBe(true);
    // Date and author not read (a caller that passes no metadata): the rule does not fire.
    expect(pageKind(pageFeatures(offer, 'https://ledger.example/payroll')).article).toBe(true);
    // Only a link's whole text counts: a sentence that mentions signing up is not a button.
    const mention = page('', `<main>${pitch}${pitch}<a href="/x">Get started with our guide to ferry timetables and fares this winter season</a><a href="/y">Sign up</a></main>`);
    expect(pageFeatures(mention, 'https://ledger.example/payroll', null, {}).callsToAction).toBe(1);
    // extractPage reads the date the page states: the offer page is refused, the same page dated is kept.
    const refused = extractPage(offer, 'https://ledger.example/payroll');
    expect(isNotArticle(refused) && refused.reason).toMatch(/service or sign-up page/);
    const dated = page('<meta property="article:published_time" content="2025-03-04T09:00:00Z">', `<main><h1>Payroll for growing teams</h1>${pitch}<h2>Pay everyone on time</h2>${pitch}${asks}</main>`);
    expect(isNotArticle(extractPage(dated, 'https://ledger.example/payroll'))).toBe(false);
  });

  it('refuses an offer page written as headed blurbs with no author, not a signed post or a guide with the same headings', () => {
    const page = (head: string, body: string) => parseHTML(`<html><head><title>Consulting</title>${head}</head><body><main>${body}</main></body></html>`).document as unknown as Document;
    const topics = ['Strategy', 'Operations', 'Technology', 'People', 'Finance', 'Risk'];
    const blurb = (t: string) => `<p>Our ${t.toLowerCase()} advisers work beside your managers to find what slows the business down, and they stay until the change holds in daily work. Every engagement starts with a short review of costs, habits and tools.</p>`;
    const more = '<p>The first weeks went to interviews with the staff on every shift, and the notes from those talks shaped the plan that the board approved in the spring.</p>';
    const blurbs = `<h1>Consulting</h1>${topics.map((t) => `<h2>${t}</h2>${blurb(t)}`).join('')}`;
    const offer = page('', blurbs);
    const url = 'https://advisers.example/consulting';
    const f = pageFeatures(offer, url, offer.querySelector('main'), { publishedTime: null, byline: null });
    expect(f).toMatchObject({ sections: 6, blurbs: 6, authored: false });
    expect(pageKind(f)).toMatchObject({ article: false, kind: 'other', reason: 'this looks like a service or product page (6 of 6 sections are one paragraph; no author)' });
    // A CMS's date and og:type "article" on every page do not make it a report.
    expect(pageKind({ ...f, ogType: 'article', signed: true }).article).toBe(false);
    // The same page with an author, declared an article in its structured data, or at an address that names a story: kept.
    expect(pageKind({ ...f, authored: true }).article).toBe(true);
    expect(pageKind({ ...f, ldTypes: ['BlogPosting'] }).article).toBe(true);
    expect(pageKind({ ...f, url: 'https://advisers.example/blog/how-we-helped-a-ferry-operator' }).article).toBe(true);
    // Two blurbs are not a pattern; a guide that develops each heading over several paragraphs is not an offer.
    expect(pageKind({ ...f, sections: 2, blurbs: 2 }).article).toBe(true);
    const guide = page('', `<h1>Consulting</h1>${topics.map((t) => `<h2>${t}</h2>${blurb(t)}${more}${more}`).join('')}`);
    const g = pageFeatures(guide, url, guide.querySelector('main'), { publishedTime: null, byline: null });
    expect(g).toMatchObject({ sections: 6, blurbs: 0 });
    expect(pageKind(g).article).toBe(true);
    // Metadata not read (a caller that passes none): the rule does not fire.
    expect(pageKind(pageFeatures(offer, url, offer.querySelector('main'))).article).toBe(true);
    // Through extractPage: the unsigned page is refused with the reason; with a byline, or a JSON-LD Person as author, it is kept.
    const refused = extractPage(offer, url);
    expect(isNotArticle(refused) && refused.reason).toMatch(/service or product page \(6 of 6 sections are one paragraph/);
    expect(isNotArticle(extractPage(page('<meta name="author" content="Ana Ruiz">', blurbs), url))).toBe(false);
    const person = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Consulting"},{"@type":"Person","name":"Ana Ruiz"}]}</script>';
    expect(isNotArticle(extractPage(page(person, blurbs), url))).toBe(false);
  });

  it('refuses a list whose teasers are cards or linked headings with excerpts, not a report with a "Related stories" block', () => {
    const page = (body: string) => parseHTML(`<html><head><title>t</title></head><body><main>${body}</main></body></html>`).document as unknown as Document;
    const root = (d: Document) => d.querySelector('main');
    const excerpt = (i: number) => `<p>Crews on route ${i} said the morning crossing was late again because the tide was low and the harbour pilots waited for it to turn before leaving, so passengers missed their trains.</p>`;
    // Twelve cards: a linked heading (the link wraps the heading) and an excerpt of prose under it, each to another story.
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><a href="/2025/03/ferry-route-${i}-delays-continue"><h3>Ferry route ${i} delays continue into spring</h3></a>${excerpt(i)}</div>`).join('');
    const front = page(`<h1>Ferries</h1>${cards}`);
    const f = pageFeatures(front, 'https://courier.example/ferries', root(front));
    expect(f).toMatchObject({ teasers: 12, proseParagraphs: 12 });
    expect(f.proseChars).toBeGreaterThan(2000);
    expect(pageKind(f)).toMatchObject({ article: false, kind: 'section', reason: expect.stringMatching(/list of stories .*12 teasers/) });
    // The same cards at an address that names a story: judged as before (an article's own address names it).
    expect(pageKind(pageFeatures(front, 'https://courier.example/2025/03/ferry-delays-roundup-for-march', root(front))).article).toBe(true);
    // "Read more" links, links to the page itself or to a section word are not teasers.
    const more = page(`<h1>Ferries</h1>${Array.from({ length: 12 }, (_, i) => `${excerpt(i)}<p><a href="/2025/03/ferry-route-${i}-delays-continue">Read more</a></p><p><a href="#top">Back to the top of this page</a></p><p><a href="/ferries/">All the ferry news today</a></p>`).join('')}`);
    expect(pageFeatures(more, 'https://courier.example/ferries', root(more)).teasers).toBe(0);

    // A report of ten paragraphs with a "Related stories" block of twelve linked headings: its running text is one stretch.
    const report = Array.from({ length: 10 }, (_, i) => `<p>The operator said on Tuesday that fares on route ${i} will rise by four percent in April, the second rise in a year, and that it will add two late sailings on weekdays from May to cope with the new demand.</p>`).join('');
    const related = `<h2>Related stories</h2>${Array.from({ length: 12 }, (_, i) => `<h3><a href="/2025/02/ferry-story-number-${i}-from-last-month">Ferry story number ${i} from last month</a></h3>`).join('')}`;
    const article = page(`<h1>Ferry fares to rise</h1>${report}${related}`);
    const a = pageFeatures(article, 'https://courier.example/ferries', root(article));
    expect(a).toMatchObject({ teasers: 12, proseParagraphs: 10 });
    expect(a.runningChars).toBeGreaterThanOrEqual(2000);
    expect(pageKind(a)).toMatchObject({ article: true });
    // A link to another story in the middle of the report cuts its text, but one teaser is not a list.
    const cut = page(`<h1>Ferry fares to rise</h1>${report.replace('</p><p>The operator said on Tuesday that fares on route 5', '</p><p><a href="/2025/02/ferry-fares-rose-last-year-too">Read: ferry fares rose last year too</a></p><p>The operator said on Tuesday that fares on route 5')}`);
    const c = pageFeatures(cut, 'https://courier.example/ferries', root(cut));
    expect(c.teasers).toBe(1);
    expect(c.runningChars).toBeLessThan(2000);
    expect(pageKind(c).article).toBe(true);
    // Without Readability's article element the teasers are not read, and the rule does not fire.
    expect(pageFeatures(front, 'https://courier.example/ferries').teasers).toBeUndefined();
    // Through extractPage (Readability picks the article element): the list is refused, the report read.
    const listed = extractPage(front, 'https://courier.example/ferries');
    expect(isNotArticle(listed) && listed.reason).toMatch(/list of stories/);
    expect(isNotArticle(extractPage(article, 'https://courier.example/ferries'))).toBe(false);
  });

  it('accepts articles: long ones, and short ones that declare themselves or list few headlines', () => {
    expect(pageKind(base).article).toBe(true);
    expect(pageKind({ ...base, proseChars: 900, proseParagraphs: 3, headlineLinks: 10, ogType: 'article' }).article).toBe(true);
    expect(pageKind({ ...base, proseChars: 900, proseParagraphs: 3, headlineLinks: 1 }).article).toBe(true);
    expect(pageKind({ ...base, proseChars: 900, proseParagraphs: 3, headlineLinks: 10 }).article).toBe(false);
  });
});

describe('extractPage sends the verdict', () => {
  it('refuses the search page with its kind and reason, and reads the short article', () => {
    const s = extractPage(doc('search-results.html'), 'https://news.example/search?q=ferry');
    expect(isNotArticle(s) && s.kind).toBe('search');
    const a = extractPage(doc('article-short.html'), 'https://news.example/2025/03/ferry-fares-rise');
    if (isNotArticle(a)) throw new Error(a.reason);
    expect(a.title).toBe('Ferry fares to rise in April');
  });

  it('does not apply the check to files read leniently (their owner says they are articles)', () => {
    const r = extractPage(doc('section-front.html'), 'https://courier.example/politics', { lenient: true, minChars: 80 });
    expect(isNotArticle(r) ? r.kind : undefined).toBeUndefined();
  });
});
