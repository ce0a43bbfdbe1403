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
// The walk the shipped join (extract40) kept from this rule, shared rather than copied.
import { hiddenElement, joinContainers as shippedJoin } from '../lib/text/blocks-join.ts';

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

/**
 * Containers of `doc` to join to Readability's article (`article`: its element or a subtree with
 * the same paragraphs), in document order before and after the article's own container; null when
 * Readability's paragraphs hold at least `fit.share` of the page's prose or none is found in the page.
 * The walk is the shipped one's (lib/text/blocks-join.ts), asked with this rule's trigger and style.
 */
export function joinContainers(doc: Document, article: Node, fit: JoinFit = JOIN_FIT): { before: Element[]; after: Element[] } | null {
  return fit.share ? shippedJoin(doc, article, { share: fit.share, style: !!fit.style }) : null;
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
