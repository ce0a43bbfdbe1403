/**
 * Finding a piece of text again in a live web page, and marking it.
 *
 * The sidebar knows an article as cleaned units ("Rescued migrants were flown…"); the page has the
 * same words spread over text nodes, with other whitespace, typographic quotes, the odd inline
 * element, and sometimes a few words more or less (an image credit that ingestion removed, a repaired
 * character). Like Hypothesis's text-quote anchoring (hypothesis/client, src/annotator/anchoring/
 * match-quote.ts), we search a whitespace-folded copy of the page text: exact first, then an
 * approximate match (edit distance, Sellers' algorithm) around places where pieces of the quote
 * occur exactly, preferring the article's region of the page and the reading order.
 *
 * Marks are `<parallax-mark>` elements wrapping text-node pieces; removing them restores the text
 * nodes (merged back), so the page's text is unchanged afterwards.
 *
 * Pure DOM code: no `browser.*`; runs in the content script and in Node with linkedom/happy-dom.
 */

/** Elements whose text a reader does not see as page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME', 'HEAD', 'TITLE']);
/** Elements that break text into separate blocks: a space is implied between them. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BUTTON', 'IMG',
]);
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

export const MARK_TAG = 'parallax-mark';
export const MARK_CLASS = 'parallax-hl';

/** The page's visible text, whitespace folded, with a way back from each character to its text node. */
export interface TextIndex {
  /** Text with whitespace runs folded to one space; blocks separated by a space. */
  text: string;
  /** `text` lower-cased with quotes and dashes unified; same length, same positions. */
  folded: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, or -1 for an implied space between blocks. */
  nodeOf: Int32Array;
  /** For each character of `text`: offset within its text node. */
  offsetOf: Int32Array;
}

export interface TextMatch {
  /** Offsets in TextIndex.text. */
  start: number;
  end: number;
  /** 1 for an exact match; 1 - edits/length for an approximate one. */
  score: number;
}

export interface MatchOptions {
  /** Prefer matches inside this part of the text (e.g. where the article is). */
  region?: { start: number; end: number } | null;
  /** Prefer the match nearest after this offset (reading order: where the previous unit was found). */
  hint?: number;
  /** Lowest acceptable score for an approximate match (default 0.75). */
  minScore?: number;
  /** Text expected just before / after the quote: chooses between repeats (Hypothesis's context scoring). */
  prefix?: string;
  suffix?: string;
}

// ---------------------------------------------------------------------------------------------
// Normalising text

/** One character, folded for comparison: lower case, one kind of quote, one kind of dash. Always length 1. */
function foldChar(c: string): string {
  switch (c) {
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '`': case '\u00b4':
      return "'";
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033': case '\u00ab': case '\u00bb':
      return '"';
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      return '-';
    default: {
      const lower = c.toLowerCase();
      return lower.length === 1 ? lower : c;
    }
  }
}

export function foldText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!);
  return out;
}

/** Whitespace folded and trimmed, invisible characters dropped: how a quote is compared. */
export function normalizeQuote(s: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) {
    if (INVISIBLE.test(c)) continue;
    if (SPACE.test(c)) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    } else out += c;
  }
  return out.trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Indexing the page

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Builds the text index of everything visible under `root` (a Document or an Element). */
export function buildTextIndex(root: Node): TextIndex {
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const nodes: Text[] = [];
  let pendingBreak = false;

  const lastIsSpace = () => chars.length === 0 || chars[chars.length - 1] === ' ';

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      let ni = -1;
      for (let k = 0; k < data.length; k++) {
        const c = data[k]!;
        if (INVISIBLE.test(c)) continue;
        const space = SPACE.test(c);
        if (space && lastIsSpace()) continue;
        if (ni < 0) {
          ni = nodes.length;
          nodes.push(text);
        }
        if (!space && pendingBreak && !lastIsSpace()) {
          chars.push(' ');
          nodeOf.push(-1);
          offsetOf.push(0);
        }
        pendingBreak = false;
        chars.push(space ? ' ' : c);
        nodeOf.push(ni);
        offsetOf.push(k);
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) return;
      if (BLOCK.has(tag)) pendingBreak = true;
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
      if (BLOCK.has(tag)) pendingBreak = true;
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);

  const text = chars.join('');
  return {
    text,
    folded: foldText(text),
    nodes,
    nodeOf: Int32Array.from(nodeOf),
    offsetOf: Int32Array.from(offsetOf),
  };
}

// ---------------------------------------------------------------------------------------------
// Matching

function allIndexesOf(hay: string, needle: string, cap: number): number[] {
  const found: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && found.length < cap; at = hay.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const CONTEXT = 32;

/** How well the text around a candidate agrees with the expected prefix and suffix, 0..1 (edit distance). */
function contextScore(t: string, start: number, end: number, ctx: { prefix: string; suffix: string }): number {
  const parts: number[] = [];
  if (ctx.prefix) {
    const from = Math.max(0, start - 2 * CONTEXT);
    parts.push(1 - bestWindowMatch(t, from, start, ctx.prefix).cost / ctx.prefix.length);
  }
  if (ctx.suffix) {
    const to = Math.min(t.length, end + 2 * CONTEXT);
    parts.push(1 - bestWindowMatch(t, end, to, ctx.suffix).cost / ctx.suffix.length);
  }
  return parts.length === 0 ? 0 : Math.max(0, parts.reduce((x, y) => x + y, 0) / parts.length);
}

function foldedContext(opts: MatchOptions): { prefix: string; suffix: string } {
  return {
    prefix: foldText(normalizeQuote(opts.prefix ?? '')).slice(-CONTEXT),
    suffix: foldText(normalizeQuote(opts.suffix ?? '')).slice(0, CONTEXT),
  };
}

/**
 * Ranks candidates: the expected context around it first, then inside the region, then in reading
 * order after the hint.
 */
function preference(start: number, opts: MatchOptions, context = 0): number {
  let p = 0.2 * context;
  const r = opts.region;
  if (r && start >= r.start && start < r.end) p += 0.1;
  if (opts.hint !== undefined) {
    const d = start - opts.hint;
    p += d >= 0 ? 0.05 / (1 + d / 2000) : 0.02 / (1 + -d / 2000);
  }
  return p;
}

/**
 * Best approximate occurrence of `q` in `t[from, to)`: the alignment of all of q against any
 * substring of the window with the fewest edits (Sellers 1980), tracking where it started.
 */
function bestWindowMatch(t: string, from: number, to: number, q: string): { start: number; end: number; cost: number } {
  const m = q.length;
  let col = new Int32Array(m + 1);
  let colStart = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    col[i] = i;
    colStart[i] = from;
  }
  let best = { start: from, end: from, cost: col[m]! };
  for (let j = from; j < to; j++) {
    const tc = t.charCodeAt(j);
    next[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let cost = col[i - 1]! + (q.charCodeAt(i - 1) === tc ? 0 : 1);
      let start = colStart[i - 1]!;
      const skipText = col[i]! + 1;
      if (skipText < cost) {
        cost = skipText;
        start = colStart[i]!;
      }
      const skipQuote = next[i - 1]! + 1;
      if (skipQuote < cost) {
        cost = skipQuote;
        start = nextStart[i - 1]!;
      }
      next[i] = cost;
      nextStart[i] = start;
    }
    if (next[m]! <= best.cost) best = { start: nextStart[m]!, end: j + 1, cost: next[m]! };
    [col, next] = [next, col];
    [colStart, nextStart] = [nextStart, colStart];
  }
  return best;
}

/** Trims spaces at the ends of a match. */
function trimMatch(text: string, m: TextMatch): TextMatch {
  let { start, end } = m;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, score: m.score };
}

/**
 * Finds `quote` in the indexed text. Exact (after folding whitespace, case, quotes and dashes)
 * first; otherwise the best approximate match scoring at least `minScore`. Null when not found.
 */
export function matchQuote(index: TextIndex, quote: string, opts: MatchOptions = {}): TextMatch | null {
  const q = foldText(normalizeQuote(quote));
  if (q.length === 0) return null;
  const t = index.folded;

  const ctx = foldedContext(opts);
  const exact = allIndexesOf(t, q, 200);
  if (exact.length > 0) {
    let bestAt = exact[0]!;
    let bestPref = -1;
    for (const at of exact) {
      const p = preference(at, opts, exact.length > 1 ? contextScore(t, at, at + q.length, ctx) : 0);
      if (p > bestPref) {
        bestPref = p;
        bestAt = at;
      }
    }
    return { start: bestAt, end: bestAt + q.length, score: 1 };
  }

  const m = q.length;
  if (m < 8) return null;
  const minScore = opts.minScore ?? 0.75;
  const maxErrors = Math.floor(m * (1 - minScore));

  // Seeds: pieces of the quote that occur exactly vote for where the quote would start.
  const pieceLen = Math.max(5, Math.min(16, Math.floor(m / 8)));
  const votes = new Map<number, number>();
  for (let off = 0; off + pieceLen <= m; off += pieceLen) {
    const piece = q.slice(off, off + pieceLen);
    if (piece.trim().length < 4) continue;
    const hits = allIndexesOf(t, piece, 30);
    if (hits.length === 30) continue; // too common to say anything
    for (const at of hits) {
      const bucket = Math.floor((at - off) / 32);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  if (votes.size === 0) return null;
  const buckets = [...votes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);

  let best: (TextMatch & { rank: number }) | null = null;
  for (const [bucket] of buckets) {
    const from = Math.max(0, bucket * 32 - maxErrors - 8);
    const to = Math.min(t.length, bucket * 32 + 32 + m + maxErrors + 8);
    const found = bestWindowMatch(t, from, to, q);
    const score = 1 - found.cost / m;
    if (score < minScore) continue;
    const rank = score + preference(found.start, opts, contextScore(t, found.start, found.end, ctx));
    if (!best || rank > best.rank) best = { start: found.start, end: found.end, score, rank };
  }
  if (!best) return null;
  return trimMatch(index.text, { start: best.start, end: best.end, score: best.score });
}

// ---------------------------------------------------------------------------------------------
// Back to the DOM

interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces covering `text[start, end)`; implied spaces between blocks are skipped. */
export function segmentsFor(index: TextIndex, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let i = start;
  while (i < end) {
    const ni = index.nodeOf[i]!;
    if (ni < 0) {
      i++;
      continue;
    }
    const segStart = index.offsetOf[i]!;
    let j = i;
    while (j + 1 < end && index.nodeOf[j + 1] === ni) j++;
    out.push({ node: index.nodes[ni]!, start: segStart, end: index.offsetOf[j]! + 1 });
    i = j + 1;
  }
  return out;
}

/** A DOM Range over a match (for scrolling, selection, or the CSS Custom Highlight API). */
export function rangeFor(index: TextIndex, match: { start: number; end: number }): Range | null {
  const segs = segmentsFor(index, match.start, match.end);
  const first = segs[0];
  const last = segs[segs.length - 1];
  if (!first || !last) return null;
  const doc = first.node.ownerDocument;
  if (!doc?.createRange) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

export interface MarkRequest {
  start: number;
  end: number;
  /** Extra class names for the marks ("parallax-unique"). */
  className: string;
  /** Stored as data-parallax-i on each mark, to find a unit's marks again. */
  id?: string | number;
}

/**
 * Wraps the text of each request in `<parallax-mark class="parallax-hl …">` elements (one per
 * text-node piece; whitespace-only pieces are left alone so tables and lists keep their structure).
 * Overlapping requests: the earlier one wins the overlap. Returns the marks per request, in order.
 *
 * The index is stale afterwards (text nodes were split): build a new one before matching again.
 */
export function wrapMatches(index: TextIndex, requests: MarkRequest[]): Element[][] {
  const perNode = new Map<Text, Array<Segment & { req: number }>>();
  requests.forEach((r, req) => {
    for (const seg of segmentsFor(index, r.start, r.end)) {
      if (seg.node.data.slice(seg.start, seg.end).trim() === '') continue;
      const list = perNode.get(seg.node) ?? [];
      if (list.some((s) => s.start < seg.end && seg.start < s.end)) continue;
      list.push({ ...seg, req });
      perNode.set(seg.node, list);
    }
  });
  const marks: Element[][] = requests.map(() => []);
  for (const [node, segs] of perNode) {
    // Right to left, so splitting never moves the offsets still to do.
    segs.sort((a, b) => b.start - a.start);
    for (const seg of segs) {
      const doc = node.ownerDocument;
      const parent = node.parentNode;
      if (!parent) continue;
      if (seg.end < node.data.length) node.splitText(seg.end);
      const middle = seg.start > 0 ? node.splitText(seg.start) : node;
      const mark = doc.createElement(MARK_TAG);
      const req = requests[seg.req]!;
      mark.setAttribute('class', `${MARK_CLASS} ${req.className}`.trim());
      if (req.id !== undefined) mark.setAttribute('data-parallax-i', String(req.id));
      parent.insertBefore(mark, middle);
      mark.appendChild(middle);
      marks[seg.req]!.unshift(mark);
    }
  }
  // Document order within each request.
  for (const list of marks) list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return marks;
}

/** Removes marks (all of ours, or those matching `selector`), putting their text back in place. */
export function unwrapMarks(root: ParentNode, selector = `${MARK_TAG}.${MARK_CLASS}`): number {
  const marks = Array.from(root.querySelectorAll(selector));
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  // Merge the text nodes we split, so the page's DOM looks as before.
  for (const p of parents) (p as Node).normalize();
  return marks.length;
}
