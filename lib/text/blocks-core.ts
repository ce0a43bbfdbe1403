/**
 * Text blocks from markup, whichever way the markup arrives: `blockBuilder` turns a stream of
 * open / text / close events into blocks, `nodeToBlocks` drives it over a DOM subtree (the content
 * script and the CLI hand it Readability's article element, so no HTML parser ships in the content
 * script), and lib/text/html.ts drives it with htmlparser2 over a string (the service worker has no
 * DOM). Both give the same blocks for the same markup.
 */
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
  /** Only with `nodeToBlocks(root, { links: true })`: the href of each link the block's text runs through, in order. */
  links?: string[];
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


export interface BlockBuilder {
  /** An element opens (lower-case name; its class and id attribute values, or null; a link's href, when asked for). */
  open(name: string, cls: string | null | undefined, id: string | null | undefined, href?: string | null): void;
  /** Character data (entities already decoded). */
  text(data: string): void;
  /** An element closes (mis-nested closes are searched a bounded way down the open elements). */
  close(name: string): void;
  /** Flushes the last block and returns every block in document order. */
  end(): Block[];
}

/**
 * The block logic. Inline markup is flattened; block elements and <br> start a new block. Link text
 * is counted per block for the promo rules. Every operation is O(1) per tag (amortised), so a
 * hostile fragment of 100,000 nested <div> costs what 100,000 sibling ones do: the named-block tag
 * and the blockquote count are kept alongside the stack instead of being searched for.
 */
export function blockBuilder(opts: { attrs?: boolean; links?: boolean } = {}): BlockBuilder {
  const blocks: Block[] = [];
  /** For each entry of tagStack (only with opts.attrs): its class and id values. */
  const attrAt: string[] = [];
  /** Open elements, innermost last. */
  const tagStack: string[] = [];
  /** For each entry of tagStack: the tag blocks inside it report (innermost named block, or 'p'). */
  const namedAt: string[] = [];
  let quoteDepth = 0;
  let skipDepth = 0;
  let linkDepth = 0;
  let buf = '';
  let linkChars = 0;
  /** With opts.links: the hrefs of the block's links so far, and of the links open now (innermost last). */
  let links: string[] = [];
  const openHrefs: string[] = [];

  // Inside a blockquote every block reports 'blockquote' (a quoted passage or an embedded post),
  // otherwise the innermost named block element.
  const currentTag = (): string => (quoteDepth > 0 ? 'blockquote' : (namedAt[namedAt.length - 1] ?? 'p'));
  const flush = (tag = currentTag()) => {
    const raw = buf;
    buf = '';
    const lc = linkChars;
    linkChars = 0;
    const ls = links;
    links = [];
    if (!raw.trim()) return;
    const block: Block = !opts.attrs ? { text: raw, tag, linkChars: lc } : { text: raw, tag, linkChars: lc, attrs: attrAt.slice(-ATTR_DEPTH).filter(Boolean).join(' ') };
    if (opts.links) block.links = ls;
    blocks.push(block);
  };
  const popTo = (at: number) => {
    while (tagStack.length > at) {
      if (tagStack.pop() === 'blockquote') quoteDepth--;
      namedAt.pop();
      if (opts.attrs) attrAt.pop();
    }
  };
  return {
    open(name, cls, id, href) {
      if (SKIP_TAGS.has(name)) {
        skipDepth++;
        return;
      }
      if (skipDepth) return;
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'a') {
        linkDepth++;
        if (opts.links) openHrefs.push(href ?? '');
      }
      if (name !== 'br' && name !== 'hr' && name !== 'img') {
        tagStack.push(name);
        namedAt.push(NAMED_BLOCKS.has(name) ? name : (namedAt[namedAt.length - 1] ?? 'p'));
        if (name === 'blockquote') quoteDepth++;
        if (opts.attrs) attrAt.push(`${cls ?? ''} ${id ?? ''}`.trim().slice(0, 200));
      }
    },
    text(data) {
      if (skipDepth) return;
      buf += data;
      if (linkDepth) linkChars += data.replace(/\s+/g, ' ').length;
      // A link's href is recorded with the first text of it the block holds (a card's heading and
      // excerpt inside one link each record it).
      const href = openHrefs[openHrefs.length - 1];
      if (href && data.trim() && links[links.length - 1] !== href) links.push(href);
    },
    close(name) {
      if (SKIP_TAGS.has(name)) {
        if (skipDepth) skipDepth--;
        return;
      }
      if (skipDepth) return;
      if (name === 'br' || name === 'hr' || name === 'img') return;
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'a' && linkDepth) {
        linkDepth--;
        openHrefs.pop();
      }
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
    end() {
      flush();
      return blocks;
    },
  };
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * The blocks of a DOM subtree's contents (`root` itself is not a block: its children are), in
 * document order. Iterative (a page of 100,000 nested elements does not exhaust the stack); the
 * contents of skipped elements (script, style, svg…) are not visited. Reads the tree only.
 */
export function nodeToBlocks(root: Node, opts: { attrs?: boolean; links?: boolean } = {}): Block[] {
  const b = blockBuilder(opts);
  const nameOf = (el: Element) => el.localName.toLowerCase();
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      const name = nameOf(el);
      b.open(name, el.getAttribute('class'), el.getAttribute('id'), opts.links && name === 'a' ? el.getAttribute('href') : undefined);
      if (el.firstChild && !SKIP_TAGS.has(name)) {
        node = el.firstChild;
        continue;
      }
      b.close(name);
    } else if (node.nodeType === TEXT || node.nodeType === CDATA) {
      b.text((node as CharacterData).data);
    }
    while (!node.nextSibling) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) return b.end();
      b.close(nameOf(parent as Element));
      node = parent;
    }
    node = node.nextSibling;
  }
  return b.end();
}
