/**
 * HTML fragment → text blocks, without a DOM (the MV3 service worker that imports the seeds has no
 * DOMParser). Uses htmlparser2's streaming parser; entities are decoded by the parser.
 */
import { Parser } from 'htmlparser2';

/** A block of text with what the cleaner needs to know about its shape. */
export interface Block {
  text: string;
  /** Lower-case tag name of the block element ("p", "h2", "li", "blockquote", "figcaption", …). */
  tag: string;
  /** Characters of `text` that were inside links (null when unknown, e.g. plain text). */
  linkChars?: number | null;
  /**
   * Only with `htmlToBlocks(html, { attrs: true })`: the class and id values of the elements the
   * block sits in (innermost last, at most ATTR_DEPTH of them), space-joined (each value cut at 200 characters).
   */
  attrs?: string;
}

/** How many enclosing elements' class/id values a block reports (bounded: deep pages stay linear). */
const ATTR_DEPTH = 12;

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption',
  'table', 'tr', 'td', 'th', 'caption', 'hr', 'br', 'address', 'details', 'summary', 'form',
]);
/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'object', 'embed', 'button',
  'select', 'textarea', 'input', 'label', 'head', 'title',
]);
/** The tag a block is reported under: the innermost "meaningful" block ancestor. */
const NAMED_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'dt', 'dd',
  'td', 'th', 'caption',
]);

/** How far down the open-element stack a closing tag looks for its element (mis-nested markup). */
const MAX_CLOSE_SEARCH = 64;

/** Does this string look like HTML markup rather than text that happens to contain "<"? */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(?:p|div|br|a|span|strong|em|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|img|section|article|table)\b[^>]*>/i.test(
    s,
  );
}

/**
 * Converts an HTML fragment to blocks in document order. Inline markup is flattened; block
 * elements and <br> start a new block. Link text is counted per block for the promo rules.
 */
export function htmlToBlocks(html: string, opts: { attrs?: boolean } = {}): Block[] {
  const blocks: Block[] = [];
  /** For each entry of tagStack (only with opts.attrs): its class and id values. */
  const attrAt: string[] = [];
  // Open elements, innermost last. Every operation below is O(1) per tag (amortised), so a
  // hostile fragment of 100,000 nested <div> costs what 100,000 sibling ones do: the named-block
  // tag and the blockquote count are kept alongside the stack instead of being searched for.
  const tagStack: string[] = [];
  /** For each entry of tagStack: the tag blocks inside it report (innermost named block, or 'p'). */
  const namedAt: string[] = [];
  let quoteDepth = 0;
  let skipDepth = 0;
  let linkDepth = 0;
  let buf = '';
  let linkChars = 0;

  // Inside a blockquote every block reports 'blockquote' (a quoted passage or an embedded post),
  // otherwise the innermost named block element.
  const currentTag = (): string => (quoteDepth > 0 ? 'blockquote' : (namedAt[namedAt.length - 1] ?? 'p'));
  const flush = (tag = currentTag()) => {
    const raw = buf;
    buf = '';
    const lc = linkChars;
    linkChars = 0;
    if (!raw.trim()) return;
    if (!opts.attrs) blocks.push({ text: raw, tag, linkChars: lc });
    else blocks.push({ text: raw, tag, linkChars: lc, attrs: attrAt.slice(-ATTR_DEPTH).filter(Boolean).join(' ') });
  };
  const popTo = (at: number) => {
    while (tagStack.length > at) {
      if (tagStack.pop() === 'blockquote') quoteDepth--;
      namedAt.pop();
      if (opts.attrs) attrAt.pop();
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP_TAGS.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'a') linkDepth++;
        if (name !== 'br' && name !== 'hr' && name !== 'img') {
          tagStack.push(name);
          namedAt.push(NAMED_BLOCKS.has(name) ? name : (namedAt[namedAt.length - 1] ?? 'p'));
          if (name === 'blockquote') quoteDepth++;
          if (opts.attrs) attrAt.push(`${attribs.class ?? ''} ${attribs.id ?? ''}`.trim().slice(0, 200));
        }
      },
      ontext(text) {
        if (skipDepth) return;
        buf += text;
        if (linkDepth) linkChars += text.replace(/\s+/g, ' ').length;
      },
      onclosetag(name) {
        if (SKIP_TAGS.has(name)) {
          if (skipDepth) skipDepth--;
          return;
        }
        if (skipDepth) return;
        if (name === 'br' || name === 'hr' || name === 'img') return;
        if (BLOCK_TAGS.has(name)) flush();
        if (name === 'a' && linkDepth) linkDepth--;
        // The matching open element is almost always on top; look a bounded way down for a
        // mis-nested one, so a run of stray closing tags over a deep stack stays linear.
        const floor = Math.max(0, tagStack.length - MAX_CLOSE_SEARCH);
        for (let k = tagStack.length - 1; k >= floor; k--) {
          if (tagStack[k] === name) {
            popTo(k);
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
