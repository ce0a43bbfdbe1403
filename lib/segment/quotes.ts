/**
 * Where the quotations of a paragraph run, so segmentation never cuts one in the middle.
 * Handles curly and straight double quotes, single quotes (telling them from apostrophes), guillemets
 * and „German“ quotes, nesting (a straight-quoted phrase inside a straight-quoted quote), and
 * the unbalanced quotes of copied text (an extra opening mark inside a quote).
 */

export type Span = [number, number];

const isSpace = (c: string | undefined) => c === undefined || /[\s\u00A0]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight quote opens: start, space, opening bracket, dash, another quote. */
const OPEN_BEFORE = /[\s(\[{\u2014\u2013\-/“‘"'«„‚]/;
/** Characters before which a straight quote closes: end, space, punctuation, closing bracket. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-…”’"'»]/;

type Role = 'open' | 'close' | 'none';
interface Mark {
  at: number;
  family: 'double' | 'single';
  role: Role;
}

function classify(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const before = text[k - 1];
    const after = text[k + 1];
    switch (c) {
      case '“':
      case '«':
      case '„':
        // „…“ (German) closes with “: treated below by context.
        if (c === '“' && before !== undefined && !isSpace(before) && !OPEN_BEFORE.test(before) && (isSpace(after) || CLOSE_AFTER.test(after ?? ' '))) {
          marks.push({ at: k, family: 'double', role: 'close' });
        } else marks.push({ at: k, family: 'double', role: 'open' });
        break;
      case '”':
      case '»':
        marks.push({ at: k, family: 'double', role: 'close' });
        break;
      case '"': {
        const canOpen = (before === undefined || OPEN_BEFORE.test(before)) && !isSpace(after);
        const canClose = !isSpace(before) && (after === undefined || CLOSE_AFTER.test(after));
        marks.push({ at: k, family: 'double', role: canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'none' });
        break;
      }
      case '‘':
        marks.push({ at: k, family: 'single', role: isWordChar(before) ? 'none' : 'open' });
        break;
      case '’':
      case "'": {
        // An apostrophe sits between letters (don’t) or after a letter before a letter/space (Venezuelans’).
        if (isWordChar(before) && isWordChar(after)) break;
        const canOpen = c === "'" && (before === undefined || OPEN_BEFORE.test(before)) && isWordChar(after);
        const canClose = !isSpace(before) && (after === undefined || CLOSE_AFTER.test(after));
        if (canOpen && !canClose) marks.push({ at: k, family: 'single', role: 'open' });
        else if (canClose && !canOpen) marks.push({ at: k, family: 'single', role: 'close' });
        break;
      }
    }
  }
  return marks;
}

/**
 * Spans [open, close] (inclusive of the marks, as [start, end) offsets) of the top-level quotes.
 * Double quotes use a stack (nesting); if they do not balance within the paragraph, a second pass
 * lets each closing mark close every open double quote (copied text often has a stray opener).
 * Single quotes count only when they close within the paragraph; unmatched ones are apostrophes.
 */
export function quoteSpans(text: string): Span[] {
  const marks = classify(text);
  const spans: Span[] = [];
  const pass = (flat: boolean): { spans: Span[]; balanced: boolean } => {
    const out: Span[] = [];
    const stack: Mark[] = [];
    for (const m of marks) {
      if (m.role === 'none') continue;
      if (m.role === 'open') {
        stack.push(m);
        continue;
      }
      // Closing mark: find the nearest open mark of the same family.
      let idx = -1;
      for (let j = stack.length - 1; j >= 0; j--) if (stack[j]!.family === m.family) {
        idx = j;
        break;
      }
      if (idx < 0) continue; // a closing mark with no opener (or a possessive apostrophe)
      if (flat && m.family === 'double') {
        idx = stack.findIndex((s) => s.family === 'double');
      }
      const open = stack[idx]!;
      stack.length = idx;
      out.push([open.at, m.at + 1]);
    }
    return { spans: out, balanced: !stack.some((s) => s.family === 'double') };
  };
  let r = pass(false);
  if (!r.balanced) {
    const flat = pass(true);
    r = flat.spans.length ? flat : r;
  }
  // Keep the outermost spans only.
  const sorted = r.spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const s of sorted) {
    const last = spans[spans.length - 1];
    if (last && s[0] < last[1]) {
      last[1] = Math.max(last[1], s[1]);
      continue;
    }
    spans.push([s[0], s[1]]);
  }
  return spans;
}

/** Is offset `at` strictly inside one of the spans (so a cut there would split a quote)? */
export function insideSpan(spans: Span[], at: number): boolean {
  for (const [a, b] of spans) if (at > a && at < b) return true;
  return false;
}
