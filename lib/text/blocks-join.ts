/**
 * One article split across sibling containers (docs/notes/extract40.md, after extract36). Page
 * builders put each section of an article in its own cell (grid rows, widget cells, layout columns);
 * Readability keeps the best-scored cell and its direct siblings, and the other sections are lost.
 * After Readability, this walks up the page from the element holding Readability's paragraphs and,
 * level by level, outward on each side, joins the sibling containers that are the article's:
 * - most of the sibling's text is visible prose paragraphs (`<p>` over 80 characters, link density under
 *   0.25: Readability's own sibling test for a paragraph), and its link density is under 0.25;
 * - most of that prose is in the article's own paragraph style: the `<p>`'s class words and its
 *   parent's tag and class words (digits dropped) equal those of one of Readability's paragraphs —
 *   another story's teaser, a comment or a promo is written in another style;
 * - a heading-only cell joins only as the heading of prose joined after it (the one right before the
 *   article is its title, which the article leaves out).
 * A side ends at the first sibling that is not the article's; a level that holds another story (an
 * `<article>`, a mostly-linked heading, a link around a paragraph or heading) or content Readability
 * names unlikely (class/id words, roles, nav/aside/header/footer/form) ends the walk. The walk never
 * leaves the page's own `<article>` element and never joins the body's own children. Reads the
 * document only.
 */
import { Readability } from '@mozilla/readability';
import { nodeToBlocks, type Block } from './blocks-core';

/** Readability's sibling test for a paragraph: longer than this many characters … */
export const PROSE_CHARS = 80;
/** … with link density under this. */
export const PROSE_LINK_DENSITY = 0.25;
// Readability's own regular expressions for unlikely content (its REGEXPS, shared, not copied).
const { unlikelyCandidates: UNLIKELY, okMaybeItsACandidate: OK_MAYBE } = (Readability.prototype as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS as {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
};
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const NEVER_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'DIALOG']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Hidden by its own attributes (Readability's `_isProbablyVisible`, read off the style attribute). */
export function hiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

export const linkChars = (el: Element): number => {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += squash(a.textContent).length;
  return n;
};

function unlikely(el: Element): boolean {
  if (NEVER_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return UNLIKELY.test(words) && !OK_MAYBE.test(words);
}

/** Another story: an <article> element, a link around a block, or a heading that is mostly a link. */
export function anotherStory(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'ARTICLE' || el.querySelector('article')) return true;
  if (el.querySelector('a p, a h1, a h2, a h3, a h4, a h5, a h6, a li')) return true;
  for (const h of Array.from(el.querySelectorAll(HEADINGS))) {
    const t = squash(h.textContent).length;
    if (t && linkChars(h) * 2 >= t) return true;
  }
  return false;
}

function headingOnly(el: Element): boolean {
  const hs = el.matches(HEADINGS) ? [el] : Array.from(el.querySelectorAll(HEADINGS));
  return hs.length > 0 && squash(hs.map((h) => h.textContent).join(' ')) === squash(el.textContent);
}

const classWords = (el: Element | null): string =>
  (el?.getAttribute('class') ?? '').replace(/\d+/g, '').split(/\s+/).filter(Boolean).sort().join('.');
/** A paragraph's style: its class words and its parent's tag and class words (digits dropped). */
export function styleOf(p: Element): string {
  const parent = p.parentElement;
  return `${classWords(p)}|${parent?.tagName.toLowerCase() ?? ''}.${classWords(parent)}`;
}

/**
 * Which join. The shipped one (extract40) reads the article's paragraph style and always runs; the benches
 * also measure extract36's rule (`style: false`: any prose sibling joins, a heading before the container too)
 * and a trigger (`share`: join only when Readability's paragraphs hold less than this share of the page's prose).
 */
export interface JoinRule {
  style: boolean;
  share?: number;
}
export const JOIN_RULE: JoinRule = { style: true };

/**
 * Containers of `doc` that continue Readability's article (`article`: its element), in document
 * order before and after the article's own container; null when there are none.
 */
export function joinContainers(doc: Document, article: Node, rule: JoinRule = JOIN_RULE): { before: Element[]; after: Element[] } | null {
  const body = doc.body;
  if (!body) return null;
  const kept = new Set<string>();
  for (const p of Array.from((article as Element).querySelectorAll?.('p') ?? [])) {
    const t = squash(p.textContent);
    if (t.length > PROSE_CHARS) kept.add(t);
  }
  if (!kept.size) return null;
  const seen = new Map<Element, boolean>();
  const visible = (el: Element): boolean => {
    const path: Element[] = [];
    let v = true;
    for (let e: Element | null = el; e && e !== body; e = e.parentElement) {
      const known = seen.get(e);
      if (known !== undefined) {
        v = known;
        break;
      }
      path.push(e);
      if (hiddenElement(e)) {
        v = false;
        break;
      }
    }
    if (v) for (const e of path) seen.set(e, true);
    else seen.set(el, false);
    return v;
  };
  const prose: Array<{ el: Element; chars: number }> = [];
  const chosen: Element[] = [];
  let total = 0;
  let inArticle = 0;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const t = squash(p.textContent);
    if (t.length <= PROSE_CHARS || linkChars(p) >= PROSE_LINK_DENSITY * t.length || !visible(p)) continue;
    prose.push({ el: p, chars: t.length });
    total += t.length;
    if (kept.has(t)) {
      chosen.push(p);
      inArticle += t.length;
    }
  }
  if (!chosen.length) return null;
  // Nothing to join when the article holds all the page's prose (shipped), or the trigger's share of it.
  if (rule.share === undefined ? chosen.length === prose.length : inArticle >= rule.share * total) return null;
  let region: Element = chosen[0]!;
  for (const c of chosen) while (!region.contains(c) && region.parentElement) region = region.parentElement;
  // Prose characters under each element, and those in the article's paragraph style.
  const styles = new Set(chosen.map(styleOf));
  const proseIn = new Map<Element, number>();
  const styledIn = new Map<Element, number>();
  for (const x of prose) {
    const styled = styles.has(styleOf(x.el));
    for (let e: Element | null = x.el; e && e !== body; e = e.parentElement) {
      proseIn.set(e, (proseIn.get(e) ?? 0) + x.chars);
      if (styled) styledIn.set(e, (styledIn.get(e) ?? 0) + x.chars);
    }
  }
  const before: Element[] = [];
  const after: Element[] = [];
  for (let parent = region.parentElement; parent && parent !== body && region.tagName.toUpperCase() !== 'ARTICLE'; parent = region.parentElement) {
    const kids = Array.from(parent.children);
    const at = kids.indexOf(region);
    if (at < 0) break;
    let blocked = false;
    let another = false;
    // Outward from the container on one side; `after`: a heading waits for the prose it heads.
    const side = (order: Element[], isAfter: boolean): Element[] => {
      const out: Element[] = [];
      let pending: Element[] = [];
      for (const s of order) {
        const t = squash(s.textContent).length;
        if (!t || hiddenElement(s)) continue;
        if (anotherStory(s)) {
          another = true;
          break;
        }
        if (unlikely(s)) {
          blocked = true;
          break;
        }
        const pc = proseIn.get(s) ?? 0;
        const links = linkChars(s);
        if (pc && pc * 2 >= t && links < PROSE_LINK_DENSITY * t && (!rule.style || (styledIn.get(s) ?? 0) * 2 >= pc)) {
          out.push(...pending, s);
          pending = [];
        } else if (!links && headingOnly(s)) {
          if (isAfter) pending.push(s);
          // Before the container a heading joins only as the heading of joined prose (the one right before it
          // is the page's title, which the article leaves out); extract36's rule joined it.
          else if (!rule.style || (out.length && !headingOnly(out[out.length - 1]!))) out.push(s);
        } else {
          blocked = true;
          break;
        }
      }
      return out;
    };
    const lb = side(kids.slice(0, at).reverse(), false).reverse();
    const la = side(kids.slice(at + 1), true);
    if (another) break;
    before.unshift(...lb);
    after.push(...la);
    if (blocked) break;
    region = parent;
  }
  return before.length || after.length ? { before, after } : null;
}

/** The blocks of joined containers (hidden parts left out), in order. */
export function joinedBlocks(els: Element[]): Block[] {
  return els.flatMap((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const h of Array.from(copy.querySelectorAll('*'))) if (hiddenElement(h)) h.remove();
    return nodeToBlocks(copy, { attrs: true });
  });
}
