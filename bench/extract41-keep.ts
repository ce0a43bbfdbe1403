/**
 * Article text Readability drops inside its own container (docs/notes/extract41.md). Readability's
 * conditional cleaning of the container it chose removes a `<div>` (or table, list) whose class words
 * weigh negative or whose link density passes 0.2 with fewer than ten commas; on pages of 2025–26 that
 * removes sections of the article itself (a roundup's items in "card" cells, a section with inline
 * links). This wraps one Readability instance (the library is not changed): a node the conditional
 * cleaning would remove is kept when it is the article's own prose —
 * - most of its text is prose paragraphs (`<p>` over 80 characters, link density under 0.25:
 *   Readability's sibling test for a paragraph, as lib/text/blocks-join.ts reads it) written in the
 *   article's paragraph style (the style holding most of the container's prose before the cleaning);
 * - its own link density is under 0.25, and it holds no other story (an `<article>`, a link around a
 *   block, a mostly-linked heading).
 * Everything else Readability removes is removed as before.
 */
import { anotherStory, linkChars, PROSE_CHARS, PROSE_LINK_DENSITY, squash, styleOf } from '../lib/text/blocks-join.ts';

/**
 * Which paragraph style: `parent` (lib/text/blocks-join.ts's: the `<p>`'s class words and its parent's tag and
 * class words) or `own` (the `<p>`'s class words and its parent's tag: a removed box is often the paragraphs'
 * parent, whose class words are what Readability weighed against it) or `class` (the `<p>`'s own class words, and
 * only when it has some: a plain `<p>` says nothing of whose it is).
 */
export interface KeepRule {
  style: 'parent' | 'own' | 'class';
}
export const KEEP_RULE: KeepRule = { style: 'parent' };

const ownStyle = (p: Element): string => `${styleOf(p).split('|')[0]}|${p.parentElement?.tagName.toLowerCase() ?? ''}`;

/** Prose paragraphs under `root`: element, characters, style. */
function prosePs(root: Element, rule: KeepRule): Array<{ el: Element; chars: number; style: string }> {
  const out: Array<{ el: Element; chars: number; style: string }> = [];
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const t = squash(p.textContent).length;
    if (t <= PROSE_CHARS || linkChars(p) >= PROSE_LINK_DENSITY * t) continue;
    const style = rule.style === 'own' ? ownStyle(p) : rule.style === 'class' ? styleOf(p).split('|')[0]! : styleOf(p);
    out.push({ el: p, chars: t, style });
  }
  return out;
}

/** The style holding most of the container's prose characters (null: no prose). */
export function articleStyle(container: Element, rule: KeepRule = KEEP_RULE): string | null {
  const by = new Map<string, number>();
  for (const p of prosePs(container, rule)) by.set(p.style, (by.get(p.style) ?? 0) + p.chars);
  let best: string | null = null;
  let most = 0;
  for (const [s, n] of by) if (n > most) [best, most] = [s, n];
  // `class`: when plain paragraphs hold most of the prose, nothing names the article's style.
  return rule.style === 'class' && best === '' ? null : best;
}

/** Whether `node` is the article's own prose in `style` (see the module comment). */
export function articleProse(node: Element, style: string, rule: KeepRule = KEEP_RULE): boolean {
  const t = squash(node.textContent).length;
  if (!t || linkChars(node) >= PROSE_LINK_DENSITY * t || anotherStory(node)) return false;
  let styled = 0;
  for (const p of prosePs(node, rule)) if (p.style === style) styled += p.chars;
  return styled * 2 >= t;
}

type Reader = Record<string, unknown>;
type RemoveNodes = (this: Reader, list: ArrayLike<Element>, filter?: (this: Reader, n: Element, i: number, l: unknown) => boolean) => void;

/**
 * Wraps `reader` (a Readability instance, before `parse()`): its conditional cleaning keeps the
 * article's own prose. The article's style is read when the container's cleaning starts and held for
 * that container. Returns the reader.
 */
export function keepArticleProse<R extends object>(reader: R, rule: KeepRule = KEEP_RULE): R {
  const r = reader as unknown as Reader;
  const cleanConditionally = r._cleanConditionally as (this: Reader, e: Element, tag: string) => void;
  const removeNodes = r._removeNodes as RemoveNodes;
  const prepArticle = r._prepArticle as (this: Reader, e: Element) => void;
  if (typeof cleanConditionally !== 'function' || typeof removeNodes !== 'function' || typeof prepArticle !== 'function') return reader;
  let style: string | null = null;
  let kept: Element[] = [];
  r._prepArticle = function (this: Reader, e: Element) {
    style = articleStyle(e, rule);
    kept = [];
    prepArticle.call(this, e);
    // Readability tries again with looser rules when a container leaves too little text; what was kept here
    // must not stop that: when the container is short without it, it goes as Readability decided.
    if (!kept.length) return;
    const own = squash(e.textContent).length - kept.reduce((n, k) => n + (e.contains(k) ? squash(k.textContent).length : 0), 0);
    if (own < (this._charThreshold as number)) for (const k of kept) k.remove();
  };
  r._cleanConditionally = function (this: Reader, e: Element, tag: string) {
    if (!style) return cleanConditionally.call(this, e, tag);
    const s = style;
    this._removeNodes = function (this: Reader, list: ArrayLike<Element>, filter?: (this: Reader, n: Element, i: number, l: unknown) => boolean) {
      return removeNodes.call(this, list, function (this: Reader, n: Element, i: number, l: unknown) {
        if (filter && !filter.call(this, n, i, l)) return false;
        if (!articleProse(n, s, rule)) return true;
        kept.push(n);
        return false;
      });
    };
    try {
      return cleanConditionally.call(this, e, tag);
    } finally {
      this._removeNodes = removeNodes;
    }
  };
  return reader;
}
