/**
 * Pairs the quotation marks of one paragraph into top-level quoted spans.
 *
 * Marks are classified by their shape (curly marks point one way) and by what stands on either side
 * (a straight `"` after a space opens, before a space or punctuation closes). A stack pairs them, so a
 * straight-quoted phrase inside a straight-quoted quote nests instead of cutting the quote in two.
 * Copied and translated text is often unbalanced; three repairs keep a quote whole:
 * - an opening mark never closed, followed later by a closed pair: the quote runs from the first
 *   opening mark to that pair's closing mark (`“Until then,“We will …,”` is one quote);
 * - an opening mark never closed and nothing after it: the quote runs to the paragraph's end;
 * - a closing mark never opened: the quote runs from the start of its sentence.
 * Single marks between letters are apostrophes; a single closing mark with nothing open is an
 * apostrophe too (`Salvadorans’ rights`). Two straight apostrophes (`''We don't,'' she said`, the double
 * mark of wire and archive text) are one double mark, read like `"`; two backticks (`` ``We don't,'' ``) or ‘‘ open like `“`, and ’’ closes like `”`.
 */

export interface MarkedSpan {
  /** Offset of the opening mark, or of the first quoted character when the opening mark is missing. */
  open: number;
  /** Offset of the closing mark (of its last character), or the paragraph end when it is missing. */
  close: number;
  /** Quoted text lies in [innerStart, innerEnd). */
  innerStart: number;
  innerEnd: number;
  family: 'double' | 'single';
  /** What was missing and repaired, if anything. */
  repaired: 'none' | 'no-close' | 'no-open';
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either' | 'skip';
interface Mark {
  at: number;
  family: Family;
  role: Role;
  /** 2 for a doubled apostrophe (''), else 1. */
  width: number;
}

const isSpace = (c: string | undefined) => c === undefined || /[\s\u00A0]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark can open. */
const OPEN_AFTER = /[\s(\[{\u2014\u2013\-/:“‘"'«„‚]/;
/** Characters before which a mark can close. */
const CLOSE_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-…”’"'»]/;

function canOpen(before: string | undefined, after: string | undefined): boolean {
  return (before === undefined || OPEN_AFTER.test(before)) && !isSpace(after);
}
function canClose(before: string | undefined, after: string | undefined): boolean {
  return !isSpace(before) && (after === undefined || CLOSE_BEFORE.test(after));
}

function classify(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let k = from; k < to; k++) {
    let c = text[k]!;
    let width = 1;
    if (c === "'" && text[k + 1] === "'" && text[k + 2] !== "'" && k + 1 < to) {
      c = '"';
      width = 2;
    } else if (k + 1 < to && /^(?:``|‘‘|‘’|’’)$/.test(c + text[k + 1]) && !/['`‘’]/.test(text[k + 2] ?? '')) {
      // (quote79) The wire's ``…'' and its smart-quoted ‘‘…’’ / ‘’…’’ (“…’’ at ctpost) are double marks; a doubled opener only
      // where a doubled closer follows in the paragraph (‘‘the electors …,’ closes as a single mark: singles, as before).
      const pair = c + text[k + 1];
      if (pair === '’’' || /''|’’/.test(text.slice(k + 2, to))) (c = pair === '’’' ? '”' : '“'), (width = 2);
    }
    const before = k > from ? text[k - 1] : undefined;
    const after = k + width < to ? text[k + width] : undefined;
    const o = canOpen(before, after);
    const cl = canClose(before, after);
    let family: Family;
    let role: Role;
    switch (c) {
      case '“':
      case '«':
      case '„':
        family = 'double';
        // Shape says open; a mark glued to the word before and followed by a space closes.
        role = !o && cl && isSpace(after) ? 'close' : 'open';
        break;
      case '”':
      case '»':
        family = 'double';
        role = !cl && o ? 'open' : 'close';
        break;
      case '"':
        family = 'double';
        role = o && cl ? 'either' : o ? 'open' : cl ? 'close' : 'skip';
        // (speak20) A mark spaced off its quote's last comma or stop, before a lower-case word ("…worried, " said Ana Ruiz"):
        // a closing mark typed with a space before it, not a stray one (else the quote runs on to the paragraph's end).
        if (role === 'skip' && isSpace(before) && isSpace(after) && /[,.?!]/.test(text[k - 2] ?? '') && /\p{Ll}/u.test(text[k + 2] ?? '')) role = 'close';
        break;
      case '‘':
      case '‹':
      case '‚':
        family = 'single';
        role = isLetter(before) && isLetter(after) ? 'skip' : o || !isSpace(after) ? 'open' : 'skip';
        break;
      case '’':
      case '›':
      case "'":
        family = 'single';
        if (isLetter(before) && isLetter(after)) role = 'skip'; // apostrophe: country’s, don't
        else if (cl) role = 'close';
        else if (o && c === "'") role = 'open';
        else role = 'skip'; // ’90s, ’em
        break;
      default:
        continue;
    }
    if (role !== 'skip') marks.push({ at: k, family, role, width });
    k += width - 1;
  }
  return marks;
}

interface Pair {
  open: number;
  close: number;
  family: Family;
  /** Widths of the opening and closing marks. */
  ow: number;
  cw: number;
}

/**
 * Top-level quoted spans of text[from, to) (one paragraph). `sentenceStart(at)` gives the start of the
 * sentence holding offset `at`, used when a closing mark has no opening mark.
 */
export function markedSpans(text: string, from = 0, to = text.length, sentenceStart?: (at: number) => number): MarkedSpan[] {
  const marks = classify(text, from, to);
  const stack: Mark[] = [];
  const pairs: Pair[] = [];
  const orphanClosers: Mark[] = [];
  const unclosed: Mark[] = [];
  for (const m of marks) {
    const role: Role =
      m.role === 'either' ? (stack.some((s) => s.family === m.family) ? 'close' : 'open') : m.role;
    if (role === 'open') {
      stack.push(m);
      continue;
    }
    // A closer pairs with the nearest open mark of its family; unclosed marks above it are dropped
    // (single ones were apostrophes; double ones are repaired below as stray openers).
    let j = stack.length - 1;
    while (j >= 0 && stack[j]!.family !== m.family) j--;
    if (j < 0) {
      if (m.family === 'double') orphanClosers.push(m);
      continue;
    }
    const opener = stack[j]!;
    const dropped = stack.splice(j);
    for (const d of dropped.slice(1)) if (d.family === 'double') unclosed.push(d);
    pairs.push({ open: opener.at, close: m.at, family: m.family, ow: opener.width, cw: m.width });
  }
  for (const d of stack) if (d.family === 'double') unclosed.push(d);

  // Keep top-level pairs only.
  pairs.sort((a, b) => a.open - b.open);
  let top: Pair[] = [];
  for (const p of pairs) {
    const last = top[top.length - 1];
    if (last && p.open > last.open && p.close < last.close) continue;
    top.push(p);
  }

  const spans: MarkedSpan[] = top.map((p) => ({
    open: p.open,
    close: p.close + p.cw - 1,
    innerStart: p.open + p.ow,
    innerEnd: p.close,
    family: p.family,
    repaired: 'none' as const,
  }));

  // Unclosed double openers, earliest first: extend to the next closed span, or to the paragraph end.
  unclosed.sort((a, b) => a.at - b.at);
  for (const u of unclosed) {
    if (spans.some((s) => s.open <= u.at && u.at <= s.close)) continue; // already inside a quote
    const next = spans.filter((s) => s.open > u.at).sort((a, b) => a.open - b.open)[0];
    if (next && next.family === 'double') {
      next.open = u.at;
      next.innerStart = u.at + u.width;
      next.repaired = 'no-close';
    } else if (!next) {
      const inner = text.slice(u.at + u.width, to).trim();
      if ((inner.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) {
        spans.push({ open: u.at, close: to, innerStart: u.at + u.width, innerEnd: to, family: 'double', repaired: 'no-close' });
      }
    }
  }
  // Orphan closers: the quote runs from its sentence's start (not before the previous quote).
  for (const c of orphanClosers) {
    if (spans.some((s) => s.open <= c.at && c.at <= s.close)) continue;
    const prevEnd = Math.max(from, ...spans.filter((s) => s.close < c.at).map((s) => s.close + 1));
    let start = Math.max(prevEnd, sentenceStart ? sentenceStart(c.at) : from);
    while (start < c.at && isSpace(text[start])) start++;
    if (start < c.at) {
      spans.push({ open: start, close: c.at + c.width - 1, innerStart: start, innerEnd: c.at, family: 'double', repaired: 'no-open' });
    }
  }
  spans.sort((a, b) => a.open - b.open);
  // Repairs may have produced overlaps: keep the outermost.
  const out: MarkedSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.open <= last.close) {
      if (s.close > last.close) {
        last.close = s.close;
        last.innerEnd = s.innerEnd;
      }
      continue;
    }
    out.push(s);
  }
  return out;
}
