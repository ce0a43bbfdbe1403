/**
 * Is this page a news article, or a search-results page, a section front, a video or gallery page,
 * a discussion thread? Pure functions: `pageFeatures` reads a few signals from a DOM (live page or
 * linkedom), `pageKind` decides from them alone, so it is tested and measured without a browser.
 *
 * Signals: the URL's shape (/search?q=, /tag/, /video/), the page's declared type (og:type, JSON-LD
 * @type), and the page's running text: how many characters sit in prose paragraphs (paragraphs that
 * end like sentences and are mostly not links) against how many headline links (teasers) it lists.
 * The one length constant is fitted by bench/page-kind.ts (see PROSE_MIN_CHARS).
 */

import { nodeToBlocks } from './text/blocks-core';
import { jsonLdNodes, typesOf } from './jsonld';

export interface PageFeatures {
  url: string;
  /** og:type, lower case ("article", "website", "video.other"), or null. */
  ogType: string | null;
  /** Every JSON-LD @type on the page. */
  ldTypes: string[];
  /** Microdata types of the page's outermost itemscopes (itemtype's last path word), when any. */
  microTypes?: string[];
  /** Characters in prose paragraphs: end like a sentence, at least PROSE_MIN_WORDS words, under half link text. */
  proseChars: number;
  /** Prose paragraphs counted in proseChars. */
  proseParagraphs: number;
  /** Links inside headings (h1–h4): the headline teasers of a front page or a list. */
  headlineLinks: number;
  /**
   * Teasers in the article Readability found: blocks that are mostly link text, of at least
   * TEASER_MIN_WORDS words, linking to another address that names a story (a headline, a card, an item).
   * Unknown when no article element was given.
   */
  teasers?: number;
  /** The most prose characters between two teasers (the longest stretch of running text); with `teasers`. */
  runningChars?: number;
  /** Links and buttons whose whole text asks the reader to act: "Get started", "Book a demo", "Contact sales". */
  callsToAction?: number;
  /** The page states when it was published or who wrote it (meta, JSON-LD, <time>, a byline); unknown when not read. */
  signed?: boolean;
  /** The page names who wrote it (a byline, or a Person in its JSON-LD); unknown when not read. */
  authored?: boolean;
  /** Sections of Readability's article element (text under a heading, h1–h6) holding prose; with `teasers`. */
  sections?: number;
  /** Of those, sections holding exactly one prose paragraph (a heading and its blurb); with `teasers`. */
  blurbs?: number;
}

export type PageKindName = 'article' | 'search' | 'section' | 'video' | 'gallery' | 'discussion' | 'other';

export interface PageKind {
  article: boolean;
  kind: PageKindName;
  reason: string;
}

/**
 * Fewest characters of prose for a page that does not declare itself an article (og:type, JSON-LD)
 * to count as one, and for any page whose URL or type says video/gallery or whose address names no
 * story. Fitted (max F0.5 of refusals, grid 200…4000) by `npx tsx bench/page-kind.ts --fit` on the
 * SeniorResearch labelled pages of five sites (abcnews, bbc, cbsnews, cnn, dw) and the even-numbered
 * zyte pages; reported on the other five sites and the odd-numbered zyte pages.
 */
export const PROSE_MIN_CHARS = 2000;
/** A paragraph shorter than this many words is a caption, teaser or label, not prose. */
const PROSE_MIN_WORDS = 12;
/**
 * Fewest words of a teaser's text: a headline or an item's name is a clause; "Read more",
 * "See all", "Load more stories" are not. Fitted (max F0.5 of refusals on the wceb dev half, among
 * the values that refuse no article the rule off keeps there, on the SeniorResearch and zyte pages or
 * on Readability's news test pages) by `npx tsx bench/page-kind.ts --only senior,zyte,wceb,readability --wceb-split dev --fit-teaser`
 * (4 and 5 tie on wceb dev; 1–3 refuse a Readability news page).
 */
export const TEASER_MIN_WORDS = 5;

/**
 * Schema.org types of goods and services on offer: a page that declares one of them (and no article
 * type) is a shop's or a provider's page, not a report (docs/notes/extract31.md). No constant.
 */
const COMMERCE_TYPES = /^(?:Product|ProductGroup|ProductModel|IndividualProduct|Offer|AggregateOffer|Service)$/;

/**
 * Fewest calls to action (CALL_TO_ACTION) on a page that names no story, declares no article and states
 * neither a date nor an author for it to be a provider's offer page. Fitted (max F0.5 of refusals among
 * the values that refuse no article the rule off keeps, grid 1…8) by `npx tsx bench/page-kind.ts --only
 * wceb --wceb-split dev --fit-cta` on the wceb dev half (1 would refuse one more dev article).
 */
export const CTA_MIN = 2;
/**
 * Least share of an unauthored page's headed sections that hold a single prose paragraph for the page to be
 * an offer's blurbs (a heading and one paragraph, again and again: "Why choose us", "Our services"), not a
 * report or a guide, which develops a section over several paragraphs. Fitted (max F0.5 of refusals on the
 * wceb dev half among the values that refuse no more articles than the rule off there, on the SeniorResearch
 * and zyte pages or on Readability's news test pages; grid 1, 0.9 … 0.3) by `npx tsx bench/page-kind.ts
 * --only senior,zyte,wceb,readability --wceb-split dev --fit-blurb`.
 */
export const BLURB_MIN_SHARE = 0.7;
/** Fewest blurbs for the pattern to repeat: three headed one-paragraph sections. Not fitted. */
const BLURB_MIN = 3;
/**
 * A link's or button's whole text asking the reader to buy, sign up or call: what an offer page is for.
 * A report, column or press release links to other stories and, at most, to a newsletter. English only.
 */
const CALL_TO_ACTION = /^(?:get started|get a (?:free )?(?:quote|demo|estimate)|request (?:a )?(?:free )?(?:quote|demo|consultation|info)|book (?:a |your )?(?:free )?(?:demo|call|consultation|appointment)|schedule (?:a |your )?(?:free )?(?:demo|call|consultation|appointment)|contact (?:us|sales|our team)|talk to (?:sales|an expert|us|our team)|get in touch|(?:start|try) (?:(?:it|your|a) )?(?:for )?free|free trial|sign up(?: for free)?|buy now|add to cart|apply now|enroll now|get (?:your |a )?free)\b/i;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|AdvertiserContentArticle|ClaimReview|Review|LiveBlogPosting)$/i;

/**
 * `article`: the article element Readability found (extractPage passes it). Prose is counted in its
 * text blocks when given (they include text written with <br> and <div>, and leave out the page's
 * chrome); else in the whole page's <p> elements.
 */
export function pageFeatures(doc: Document, url: string, article?: Node | null, meta?: { publishedTime?: string | null; byline?: string | null }, params: { teaserMinWords?: number } = {}): PageFeatures {
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase() || null;
  const ldTypes = jsonLdNodes(doc).flatMap(typesOf);
  const microTypes = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    if (el.parentElement?.closest('[itemscope]')) continue;
    for (const t of (el.getAttribute('itemtype') ?? '').trim().split(/\s+/)) if (t) microTypes.add(t.replace(/^.*\//, ''));
  }
  let proseChars = 0;
  let proseParagraphs = 0;
  // Chinese and Japanese are written without spaces: two Han/kana characters count as a word.
  const words = (text: string) => Math.max(text.split(' ').length, (text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0) / 2);
  const consider = (raw: string, linkChars: number) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (words(text) < PROSE_MIN_WORDS) return 0;
    if (!/[.!?…:;。！？：；]["'”’»)」』）]?$/.test(text)) return 0;
    if (linkChars * 2 > text.length) return 0;
    proseChars += text.length;
    proseParagraphs++;
    return text.length;
  };
  let teasers: number | undefined;
  let runningChars: number | undefined;
  let sections: number | undefined;
  let blurbs: number | undefined;
  if (article != null) {
    // Readability's article element (in the page's clone: nothing loads or runs), read as text blocks.
    // A teaser ends a stretch of running text; a card's image, heading and excerpt linking to one
    // address are one teaser.
    const minWords = params.teaserMinWords ?? TEASER_MIN_WORDS;
    const story = storyAddress(url);
    teasers = 0;
    runningChars = 0;
    sections = 0;
    blurbs = 0;
    let run = 0;
    let last = '';
    // Prose paragraphs in the current headed section (-1: before the first heading).
    let inSection = -1;
    const closeSection = () => {
      if (inSection > 0) sections!++;
      if (inSection === 1) blurbs!++;
    };
    for (const b of nodeToBlocks(article, { links: true })) {
      if (/^h[1-6]$/.test(b.tag)) {
        closeSection();
        inSection = 0;
      }
      const n = consider(b.text, b.linkChars ?? 0);
      if (n && inSection >= 0) inSection++;
      if (n) {
        run += n;
        runningChars = Math.max(runningChars, run);
        last = '';
        continue;
      }
      const text = b.text.replace(/\s+/g, ' ').trim();
      if ((b.linkChars ?? 0) * 2 <= text.length || words(text) < minWords) continue;
      for (const href of b.links ?? []) {
        const to = story(href);
        if (!to || to === last) continue;
        teasers++;
        last = to;
        run = 0;
      }
    }
    closeSection();
  } else {
    for (const p of Array.from(doc.querySelectorAll('p'))) {
      let linkChars = 0;
      for (const a of Array.from(p.querySelectorAll('a'))) linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      consider(p.textContent ?? '', linkChars);
    }
  }
  const headlineLinks = doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]').length;
  let callsToAction = 0;
  for (const el of Array.from(doc.querySelectorAll('a, button'))) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length <= 40 && CALL_TO_ACTION.test(t)) callsToAction++;
  }
  const signed = meta ? !!(meta.publishedTime || meta.byline) : undefined;
  const authored = meta ? !!meta.byline || ldTypes.includes('Person') : undefined;
  return { url, ogType: og, ldTypes, microTypes: [...microTypes], proseChars, proseParagraphs, headlineLinks, teasers, runningChars, callsToAction, signed, authored, sections, blurbs };
}

/**
 * The address a link leads to, when it is another page whose address names a story (`names`), else
 * null: the page itself, a fragment of it, a short section word, a mail or script link.
 */
function storyAddress(pageUrl: string): (href: string) => string | null {
  let base: URL | null = null;
  try {
    base = new URL(pageUrl);
  } catch {
    /* no page address: relative links are not read */
  }
  return (href) => {
    let u: URL;
    try {
      u = base ? new URL(href, base) : new URL(href);
    } catch {
      return null;
    }
    if (!/^https?:$/.test(u.protocol) || (base && u.hostname === base.hostname && u.pathname === base.pathname)) return null;
    return names(u.pathname + u.search) ? u.hostname + u.pathname + u.search : null;
  };
}

/** An article's address names it: a slug of several words or a long number (an id, a date). */
function names(x: string): boolean {
  return /[\p{L}\p{N}]+(?:[-_+][\p{L}\p{N}]+){2,}|\d{4,}/u.test(decodeURIComponentSafe(x));
}

// URL words are whole path segments ("/search", "/search.html", "/suche/"), never part of a slug: an
// article at "/news/search-for-missing-hiker-ends" is an article. The words of the news languages
// lib/text/furniture.ts reads (de fr es it pt nl) and a few more stand beside the English ones.
const SEARCH_PATH = /\/(?:search|suche|recherche|buscar|busca|ricerca|cerca|pesquisa|zoeken|sok|sök|szukaj|haku|arama)(?:\/|$|\.[a-z]+$)/i;
/** A query holding the search terms; a search page only where the path names no story. */
const SEARCH_QUERY = /[?&](?:q|query|s|search|searchterm|keywords?|suche|recherche|busqueda|búsqueda)=/i;
const SECTION_URL = /\/(?:tags?|topics?|section|sections|category|categories|archive|archives|author|authors|thema|themen|schlagwort|stichwort|rubrique|rubriques|rubrik|etiqueta|etiquetas|tema|temas|categoria|categorie|kategorie|autor|autore|auteur|auteurs|archiv|archivo)(?:\/|$)/i;
const DATED_POST = /\/(?:19|20)\d{2}\/[01]?\d\/(?:[0-3]?\d\/)?(?!page\/)[^/]+/;
const VIDEO_URL = /\/(?:video|videos|av|watch|live-tv|tv|podcasts?|audio|media-center|mediathek)(?:\/|$)|\/av-\d+$/i;
const GALLERY_URL = /\/(?:gallery|galleries|pictures|photos|slideshow|in-pictures)(?:\/|$)|\/g-\d+$/i;
const DISCUSSION_URL = /\/comments\/|\/(?:forum|forums|thread|threads|boards)\/|\/(?:viewtopic|showthread)\.php$/i;
/** A forum's own host ("forum.example", "forums.example"): every page of it is a board or a thread. */
const FORUM_HOST = /^forums?\./i;
/**
 * Path words of shop and provider software (Shopify's /products/ and /collections/, WooCommerce's
 * /product/ and /shop/) and of a firm's offer pages (/services/): a page under them is an offer.
 */
const SHOP_URL = /\/(?:products?|shop|collections|services)(?:\/|$)/i;

/** The verdict from the features. Reasons are shown to the reader ("Why: …"). */
export function pageKind(f: PageFeatures, params: { proseMinChars?: number; ctaMin?: number; blurbShare?: number } = {}): PageKind {
  const minChars = params.proseMinChars ?? PROSE_MIN_CHARS;
  const ctaMin = params.ctaMin ?? CTA_MIN;
  const blurbShare = params.blurbShare ?? BLURB_MIN_SHARE;
  let path = '';
  let query = '';
  let host = '';
  let hash = '';
  try {
    const u = new URL(f.url);
    path = u.pathname;
    query = u.search;
    host = u.hostname;
    hash = u.hash;
  } catch {
    /* no URL (a file): judge on the content alone */
  }
  const types = new Set(f.ldTypes);
  // Microdata declares the page's items: a thread's posts, a shop's products (one or many). It is not
  // read for an article declaration, as a list page marks each of its teasers NewsArticle.
  const micro = new Set(f.microTypes ?? []);
  // A front, section or tool page's address is a short word or two ("/politics", "/tech.html").
  const named = names(path + query);
  const declaredArticle = f.ogType === 'article' || f.ldTypes.some((t) => ARTICLE_TYPES.test(t));
  const prose = f.proseChars >= minChars;
  const little = `${f.proseChars} characters of running text`;

  const searchQuery = SEARCH_QUERY.test(query) && !names(path) && !declaredArticle;
  if (SEARCH_PATH.test(path) || searchQuery || types.has('SearchResultsPage')) {
    return { article: false, kind: 'search', reason: `this is a search-results page (${f.headlineLinks} headline links, ${little})` };
  }
  const thread = (t: Set<string>) => t.has('DiscussionForumPosting') || t.has('QAPage');
  if (thread(types) || thread(micro) || FORUM_HOST.test(host) || (DISCUSSION_URL.test(path) && !declaredArticle)) {
    return { article: false, kind: 'discussion', reason: 'this is a discussion thread' };
  }
  const microArticle = [...micro].some((t) => ARTICLE_TYPES.test(t));
  const commerce = f.ogType?.startsWith('product') || f.ogType === 'og:product' || f.ldTypes.some((t) => COMMERCE_TYPES.test(t)) || SHOP_URL.test(path);
  if (!declaredArticle && (commerce || (!microArticle && [...micro].some((t) => COMMERCE_TYPES.test(t))))) {
    return { article: false, kind: 'other', reason: 'this is a product or service page, not a news article' };
  }
  if ((f.ogType?.startsWith('video') || (types.has('VideoObject') && !declaredArticle) || VIDEO_URL.test(path)) && !prose) {
    return { article: false, kind: 'video', reason: `this is a video or audio page (${little})` };
  }
  if ((types.has('ImageGallery') || GALLERY_URL.test(path)) && !prose) {
    return { article: false, kind: 'gallery', reason: `this is a photo gallery (${little})` };
  }
  // A dated address with a name after the date ("/archives/2025/12/16/name.html") is a post filed
  // in an archive, not the archive.
  const dated = DATED_POST.test(path);
  if ((types.has('CollectionPage') || types.has('ItemList') || (SECTION_URL.test(path) && !dated)) && !declaredArticle) {
    return { article: false, kind: 'section', reason: `this is a section or topic page listing ${f.headlineLinks} headlines` };
  }
  // A site's root address is its home page, whatever it carries: a front, a shop's or a firm's window.
  // A root address with a query or a fragment may name a post ("/?p=123", "/#/story/…"): judged as before.
  if (/^\/(?:index\.[a-z]+)?$/i.test(path) && query.length < 2 && hash.length < 2) {
    return { article: false, kind: 'section', reason: `this is the site's home page (${f.headlineLinks} headline links)` };
  }
  // A provider's offer page: its address names no story, it declares no article, says neither when it
  // was written nor by whom (a report, a column, a press release, a dated blog post says one), and asks
  // the reader to act again and again.
  if (path && !named && !declaredArticle && f.signed === false && (f.callsToAction ?? 0) >= ctaMin) {
    return { article: false, kind: 'other', reason: `this is a service or sign-up page (${f.callsToAction} calls to action; no date or author)` };
  }
  if (path && !named && !prose && f.headlineLinks > f.proseParagraphs) {
    return { article: false, kind: 'section', reason: `this looks like a front or section page (its address names no story; ${f.headlineLinks} headline links)` };
  }
  // A list of stories or items whose teasers are cards or linked headings: its address names no story,
  // its text is a teaser (a link to another story's address) for every paragraph or more, and no
  // stretch of running text between two teasers is as long as an article's. A report with a
  // "Related stories" block keeps its running text in one stretch.
  const teasers = f.teasers ?? 0;
  if (path && !named && teasers > 0 && teasers >= f.proseParagraphs && (f.runningChars ?? f.proseChars) < minChars) {
    return { article: false, kind: 'section', reason: `this looks like a list of stories (its address names no story; ${teasers} teaser${teasers === 1 ? '' : 's'} linking to other pages)` };
  }
  // An offer page written as blurbs: its address names no story, its structured data declares no article
  // (og:type "article" is left aside: site software writes it on every page), it names no author, and its
  // headed sections are mostly a heading and one paragraph. A report or a guide develops its sections over
  // several paragraphs; a post names its author.
  const blurbs = f.blurbs ?? 0;
  if (path && !named && !f.ldTypes.some((t) => ARTICLE_TYPES.test(t)) && f.authored === false && blurbs >= BLURB_MIN && blurbs >= blurbShare * (f.sections ?? 0)) {
    return { article: false, kind: 'other', reason: `this looks like a service or product page (${blurbs} of ${f.sections} sections are one paragraph; no author)` };
  }
  // A short page is a short article (a brief) when it says it is one and has some prose, or when
  // it lists fewer headline links than it has prose paragraphs; else it is a list of headlines.
  const brief = f.proseParagraphs > 0 && (declaredArticle || f.headlineLinks < f.proseParagraphs);
  if (!prose && !brief) {
    if (f.headlineLinks > f.proseParagraphs) return { article: false, kind: 'section', reason: `this looks like a front or section page: ${f.headlineLinks} headline links and ${little}` };
    return { article: false, kind: 'other', reason: `this page does not look like an article: ${little}` };
  }
  return { article: true, kind: 'article', reason: declaredArticle ? 'declared an article, with running text' : 'running text in paragraphs' };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
