/**
 * The content script's side of the protocol: answers each ContentRequest about one page.
 * Pure DOM logic (no `browser.*`), so it runs under linkedom/happy-dom in unit tests; the content
 * entry point only wires `runtime.onMessage` to `handle` and the page's life cycle to `reset`/`dispose`.
 *
 * After an extraction it keeps the article's place in the page (where its blocks were found), so
 * later `scroll-to` / `highlight` requests find a unit's sentence in the article rather than in a
 * teaser or the page's description of itself.
 */
import type { ExtractedPage } from '../types';
import type { Anchor, ContentReplies, ContentRequest, HighlightKind, NotAnArticle } from './protocol';
import { fail, isNotArticle, ok } from './protocol';
import { MARK_CLASS, MARK_TAG, buildTextIndex, matchQuote, rangeFor, unwrapMarks, wrapMatches } from './anchoring';
import type { TextIndex, TextMatch } from './anchoring';

export interface PageEnv {
  document: Document;
  /** The page's current URL (changes on single-page-app navigation). */
  url(): string;
  /** lib/extract's extractPage: Readability on a clone of the document. */
  extract(document: Document, url: string, opts?: { anyway?: boolean }): ExtractedPage | NotAnArticle | Promise<ExtractedPage | NotAnArticle>;
  /** How long a scroll-to flash stays (ms). */
  flashMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export const STYLE_ID = 'parallax-style';
export const FLASH_CLASS = 'parallax-flash';

const CSS = `
${MARK_TAG}.${MARK_CLASS} { display: inline; color: inherit; font: inherit; border-radius: 2px; }
${MARK_TAG}.parallax-unique { background: rgba(255, 196, 0, 0.45); box-shadow: 0 0 0 1px rgba(200, 140, 0, 0.35); }
${MARK_TAG}.parallax-shared { background: rgba(80, 150, 255, 0.16); border-bottom: 2px solid rgba(60, 120, 230, 0.55); }
${MARK_TAG}.${FLASH_CLASS} { background: rgba(255, 140, 0, 0.6); outline: 2px solid rgba(255, 120, 0, 0.9);
  animation: parallax-flash 1.6s ease-out forwards; }
@keyframes parallax-flash { from { background: rgba(255, 140, 0, 0.75); } to { background: rgba(255, 140, 0, 0); outline-color: transparent; } }
@media (prefers-reduced-motion: reduce) { ${MARK_TAG}.${FLASH_CLASS} { animation: none; } }
`;

export interface PageController {
  handle<K extends ContentRequest['type']>(request: Extract<ContentRequest, { type: K }>): Promise<ContentReplies[K]>;
  /** Forget what was extracted (the page navigated in place); removes our marks. */
  reset(): void;
  /** The extension went away: remove everything we put in the page. */
  dispose(): void;
}

export function createPageController(env: PageEnv): PageController {
  const doc = env.document;
  const later = env.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  let index: TextIndex | null = null;
  /** Where the extracted article lies in the page text (offsets in a fresh index). */
  let region: { start: number; end: number } | null = null;

  const freshIndex = (): TextIndex => {
    if (!index) index = buildTextIndex(doc.body ?? doc);
    return index;
  };
  const invalidate = () => {
    index = null;
  };

  const ensureStyle = () => {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  };

  /**
   * Anchors items in reading order, each searched after the previous one's place; neighbouring
   * units in the same request serve as each other's context when no prefix/suffix was given.
   */
  const anchorAll = (ix: TextIndex, anchors: Anchor[]): Array<TextMatch | null> => {
    const order = anchors.map((a, k) => ({ a, k })).sort((x, y) => x.a.i - y.a.i);
    const out: Array<TextMatch | null> = anchors.map(() => null);
    let hint = region?.start ?? 0;
    order.forEach(({ a, k }, n) => {
      const before = order[n - 1]?.a;
      const after = order[n + 1]?.a;
      const prefix = a.prefix ?? (before && before.i === a.i - 1 ? before.text : undefined);
      const suffix = a.suffix ?? (after && after.i === a.i + 1 ? after.text : undefined);
      const m = matchQuote(ix, a.text, { region, hint, prefix, suffix });
      out[k] = m;
      if (m) hint = m.end;
    });
    return out;
  };

  const locateArticle = (page: ExtractedPage) => {
    invalidate();
    const ix = freshIndex();
    const found = anchorAll(
      ix,
      page.blocks.map((b, i) => ({ i, text: b.text })),
    ).filter((m): m is TextMatch => m !== null);
    region = found.length > 0 ? { start: Math.min(...found.map((m) => m.start)), end: Math.max(...found.map((m) => m.end)) } : null;
  };

  const clearMarks = (selector?: string) => {
    const removed = unwrapMarks(doc, selector);
    if (removed > 0) invalidate();
  };

  const scrollTo = (anchor: Anchor): boolean => {
    clearMarks(`${MARK_TAG}.${FLASH_CLASS}`);
    const ix = freshIndex();
    const m = matchQuote(ix, anchor.text, {
      region,
      hint: region?.start ?? 0,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
    });
    if (!m) return false;
    const range = rangeFor(ix, m);
    ensureStyle();
    const [marks] = wrapMatches(ix, [{ start: m.start, end: m.end, className: FLASH_CLASS, id: anchor.i }]);
    invalidate();
    const first = marks?.[0];
    const target = first ?? range?.startContainer.parentElement ?? null;
    if (target && typeof (target as HTMLElement).scrollIntoView === 'function') {
      (target as HTMLElement).scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    later(() => clearMarks(`${MARK_TAG}.${FLASH_CLASS}`), env.flashMs ?? 2000);
    return true;
  };

  const highlight = (items: Array<Anchor & { kind: HighlightKind }>): number => {
    clearMarks(`${MARK_TAG}.parallax-unique, ${MARK_TAG}.parallax-shared`);
    const ix = freshIndex();
    const matches = anchorAll(ix, items);
    const requests = items.flatMap((item, k) => {
      const m = matches[k];
      return m ? [{ start: m.start, end: m.end, className: `parallax-${item.kind}`, id: item.i }] : [];
    });
    if (requests.length === 0) return 0;
    ensureStyle();
    const marks = wrapMatches(ix, requests);
    invalidate();
    return marks.filter((list) => list.length > 0).length;
  };

  const selection = (): string => {
    const sel = doc.getSelection?.() ?? doc.defaultView?.getSelection?.() ?? null;
    return (sel?.toString() ?? '').replace(/\s+/g, ' ').trim();
  };

  const handle = async (request: ContentRequest): Promise<ContentReplies[ContentRequest['type']]> => {
    try {
      switch (request.type) {
        case 'parallax:extract': {
          const url = env.url();
          const page = await env.extract(doc, url, request.anyway ? { anyway: true } : undefined);
          if (isNotArticle(page)) region = null;
          else locateArticle(page);
          return ok(page);
        }
        case 'parallax:scroll-to':
          return ok(scrollTo(request.anchor));
        case 'parallax:highlight':
          return ok(highlight(request.items));
        case 'parallax:clear-highlights':
          clearMarks();
          return ok(null);
        case 'parallax:get-selection':
          return ok(selection());
        default:
          return fail(`Unknown request ${(request as { type?: unknown }).type}`);
      }
    } catch (e) {
      return fail(e);
    }
  };

  return {
    handle: handle as PageController['handle'],
    reset() {
      clearMarks();
      invalidate();
      region = null;
    },
    dispose() {
      clearMarks();
      doc.getElementById(STYLE_ID)?.remove();
      invalidate();
      region = null;
    },
  };
}

/** True for messages addressed to the content script (so other messages are left to others). */
export function isContentRequest(message: unknown): message is ContentRequest {
  const m = message as { type?: unknown } | null;
  return (
    !!m &&
    typeof m.type === 'string' &&
    ['parallax:extract', 'parallax:scroll-to', 'parallax:highlight', 'parallax:clear-highlights', 'parallax:get-selection'].includes(
      m.type,
    )
  );
}
