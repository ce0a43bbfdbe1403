/**
 * The article split over sibling containers (docs/notes/extract36.md). Page builders (grid rows,
 * widget cells, layout columns) put each section of one article in its own container; Readability
 * takes the cell with the best score and its direct siblings, and the other sections are lost. When
 * the paragraphs Readability kept hold a small share of the page's visible prose, this walks up the
 * page from the container they sit in and, level by level, joins the sibling containers whose text is
 * article prose by Readability's own measures (paragraphs over 80 characters with link density under
 * 0.25; class and id words Readability takes as unlikely content skip a container). Teasers of other
 * stories (a linked heading, a link around a paragraph) and other articles are never joined, and
 * the walk stops at the level where they appear and at the page's own <article> element.
 * Reads the document only. Measured, not shipped (docs/notes/extract36.md: held wceb all pages fell by
 * 0.0001): it lived in lib/text/blocks-join.ts on this branch's commit b9e7bde, called from lib/extract.ts.
 */
import { articleRawBlocksOf } from '../lib/extract.ts';
import type { Block } from '../lib/text/blocks-core.ts';
// The pieces the shipped join (extract40) kept from this rule, shared rather than copied.
import { anotherStory as teaser, headingOnly, hiddenElement, linkChars, PROSE_CHARS, PROSE_LINK_DENSITY, squash, styleOf, unlikely } from '../lib/text/blocks-join.ts';

export interface JoinFit {
  /** Join only when Readability's paragraphs hold less than this share of the page's prose characters (0: off). */
  share: number;
  /**
   * extract40: a sibling joins only when most of its prose is written in the article's own paragraph
   * style (the paragraph's class words and its parent's tag and class words, digits dropped, equal to
   * those of one of Readability's paragraphs). Off (undefined) is extract36's rule.
   */
  style?: boolean;
}
// Chosen on the dev halves by `npx tsx bench/extract36-try.ts` (docs/notes/extract36.md).
export const JOIN_FIT: JoinFit = { share: 0.5 };

interface Prose {
  el: Element;
  chars: number;
}

/**
 * Containers of `doc` to join to Readability's article (`article`: its element or a subtree with
 * the same paragraphs), in document order before and after the article's own container; null when
 * Readability's paragraphs hold at least `fit.share` of the page's prose or none is found in the page.
 */
export function joinContainers(doc: Document, article: Node, fit: JoinFit = JOIN_FIT): { before: Element[]; after: Element[] } | null {
  const body = doc.body;
  if (!fit.share || !body) return null;
  const kept = new Set<string>();
  for (const p of Array.from((article as Element).querySelectorAll?.('p') ?? [])) {
    const t = squash(p.textContent);
    if (t.length > PROSE_CHARS) kept.add(t);
  }
  if (!kept.size) return null;
  // The page's visible prose paragraphs (Readability's sibling test for a <p>).
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
    // Everything below a hidden element is hidden; above it, unknown: record only what was decided.
    if (v) for (const e of path) seen.set(e, true);
    else seen.set(el, false);
    return v;
  };
  const prose: Prose[] = [];
  const chosen: Prose[] = [];
  let total = 0;
  let inArticle = 0;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const t = squash(p.textContent);
    if (t.length <= PROSE_CHARS || linkChars(p) >= PROSE_LINK_DENSITY * t.length || !visible(p)) continue;
    const x = { el: p, chars: t.length };
    prose.push(x);
    total += t.length;
    if (kept.has(t)) {
      chosen.push(x);
      inArticle += t.length;
    }
  }
  if (!chosen.length || inArticle >= fit.share * total) return null;
  const styles = new Set(chosen.map((c) => styleOf(c.el)));
  const styledIn = new Map<Element, number>();
  if (fit.style) for (const x of prose) if (styles.has(styleOf(x.el))) for (let e: Element | null = x.el; e && e !== body; e = e.parentElement) styledIn.set(e, (styledIn.get(e) ?? 0) + x.chars);
  // The container: the nearest element holding every paragraph of Readability's that the page shows.
  let region: Element = chosen[0]!.el;
  for (const c of chosen) while (!region.contains(c.el) && region.parentElement) region = region.parentElement;
  // Prose characters under each element (one walk up from each paragraph).
  const proseIn = new Map<Element, number>();
  for (const x of prose) for (let e: Element | null = x.el; e && e !== body; e = e.parentElement) proseIn.set(e, (proseIn.get(e) ?? 0) + x.chars);
  const before: Element[] = [];
  const after: Element[] = [];
  // Up to the page's own <article> element, and never among the body's children (page-level parts:
  // header, overlays, footer).
  for (let parent = region.parentElement; parent && parent !== body && region.tagName.toUpperCase() !== 'ARTICLE'; parent = region.parentElement) {
    const kids = Array.from(parent.children);
    const at = kids.indexOf(region);
    if (at < 0) break;
    let blocked = false;
    let another = false;
    // Outward from the container on each side: a run of article prose (a section heading joins with
    // the prose after it), up to the first container that is not.
    const side = (order: Element[], headingsNeedProse: boolean): Element[] => {
      const out: Element[] = [];
      let pending: Element[] = [];
      for (const s of order) {
        const t = squash(s.textContent).length;
        if (!t || hiddenElement(s)) continue;
        if (teaser(s)) {
          another = true;
          break;
        }
        const pc = proseIn.get(s) ?? 0;
        const links = linkChars(s);
        if (unlikely(s)) {
          blocked = true;
          break;
        }
        // Article prose: most of the container's text is such paragraphs, and it is not a link list.
        if (pc && pc * 2 >= t && links < PROSE_LINK_DENSITY * t && (!fit.style || (styledIn.get(s) ?? 0) * 2 >= pc)) {
          out.push(...pending, s);
          pending = [];
        } else if (!links && headingOnly(s)) {
          if (headingsNeedProse) pending.push(s);
          // extract40 (style): before the container a heading joins only as the heading of joined prose
          // after it, not as the container's own heading (there it is the page's title, which the
          // article leaves out).
          else if (!fit.style || (out.length && !headingOnly(out[out.length - 1]!))) out.push(s);
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

/**
 * Readability's article blocks (as lib/extract.ts reads them, title/byline copy at the top dropped)
 * with the joined containers' blocks before and after, hidden elements left out; a joined block whose
 * text the article already holds is not repeated.
 */
export function joinedRawBlocks(doc: Document, article: Node, ctx: { title?: string | null; byline?: string | null }, fit: JoinFit = JOIN_FIT): Block[] {
  const own = articleRawBlocksOf(article, ctx);
  const joined = joinContainers(doc, article, fit);
  if (!joined) return own;
  const has = new Set(articleRawBlocksOf(article).map((b) => b.text));
  const read = (els: Element[]) =>
    els.flatMap((el) => {
      const copy = el.cloneNode(true) as Element;
      for (const h of Array.from(copy.querySelectorAll('*'))) if (hiddenElement(h)) h.remove();
      return articleRawBlocksOf(copy).filter((b) => !has.has(b.text));
    });
  // The title or byline copy drop applies to the joined text at the top as it does to the article's.
  return [...(joined.before.length ? articleRawBlocksOf(wrap(doc, joined.before), ctx).filter((b) => !has.has(b.text)) : []), ...own, ...read(joined.after)];
}

/** The elements' copies (hidden parts removed) in one detached container, in order. */
function wrap(doc: Document, els: Element[]): Element {
  const w = doc.createElement('div');
  for (const el of els) {
    const copy = el.cloneNode(true) as Element;
    for (const h of Array.from(copy.querySelectorAll('*'))) if (hiddenElement(h)) h.remove();
    w.appendChild(copy);
  }
  return w;
}
