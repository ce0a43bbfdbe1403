/**
 * Bounds on the work any single input can cause. Every ingestion path (CLI, options page, feeds,
 * the background) checks these before the expensive stage they protect, and refuses with a message
 * that names the limit, so no input makes a page or the CLI run for minutes.
 *
 * Where a value is measured rather than chosen, the comment names the script and the data:
 * `npx tsx bench/ingest-limits.ts` prints the largest value seen on real pages (the 181 zyte
 * pages when ../shared is present, the seeds and tests/data always) next to the limit.
 */

/** Bytes of one imported file (text, Markdown, HTML page, JSON). News pages saved whole are 0.05–3 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Bytes of one feed document. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
/** Items read from one feed on one refresh (the newest first, as feeds list them). */
export const MAX_FEED_ITEMS = 200;
/** Articles in one JSON file read as articles (a Parallax corpus bundle imported by the store has MAX_BUNDLE_BYTES instead). */
export const MAX_JSON_ARTICLES = 1000;
/** Bytes of a Parallax corpus file (an export of 10,000 articles is ~50 MB). */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
/**
 * Characters of item content read from one feed on one refresh (items past it wait for the next
 * refresh). Ingestion costs ~3 µs a character here (`npx tsx bench/feed-limits.ts`, 2-core machine),
 * so this keeps one refresh to a few seconds; full-text feeds carry 3–10 KB an item.
 */
export const MAX_FEED_TEXT_CHARS = 1_000_000;
/** Characters of one YAML front-matter block (real ones are a few hundred bytes). */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Keys in one front-matter mapping, counted at every depth. */
export const MAX_FRONT_MATTER_KEYS = 1000;
/** Nesting depth of a front-matter value (a mapping in a list in a mapping…). */
export const MAX_FRONT_MATTER_DEPTH = 16;
/**
 * Nesting depth of HTML elements (tags with optional end tags and void tags not counted). Browsers
 * themselves stop nesting at 512 (Chromium's HTML parser); bench/ingest-limits.ts measures real
 * pages at no more than a few dozen.
 */
export const MAX_HTML_DEPTH = 512;
/** Characters of article text after extraction, before segmentation (the longest news features are ~150,000). */
export const MAX_ARTICLE_CHARS = 500_000;
/**
 * A run of non-space characters longer than this is not a word (a base64 blob, a pasted hash): it
 * is removed with a warning. Long URLs are the longest real tokens (bench/ingest-limits.ts).
 */
export const MAX_TOKEN_CHARS = 1000;

export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
}

/** "5 MB", "64 KB", "812 bytes". */
export function formatSize(bytes: number): string {
  const one = (x: number) => x.toFixed(1).replace(/\.0$/, '');
  if (bytes >= 1024 * 1024) return `${one(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${one(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The message for a file over MAX_FILE_BYTES (same words in the CLI and the options page). */
export function fileTooLarge(bytes: number, limit = MAX_FILE_BYTES): string {
  const shown = formatSize(bytes) === formatSize(limit) ? `${bytes.toLocaleString('en-US')} bytes` : formatSize(bytes);
  return `the file is ${shown}; the limit is ${formatSize(limit)} per file`;
}

/** Elements that never have content (no end tag). */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'command', 'basefont', 'frame', 'isindex', 'image',
]);
/** Elements whose end tag may be left out (an unclosed <p> or <li> does not nest in practice). */
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rp', 'rt', 'colgroup',
  'caption', 'html', 'head', 'body',
]);
/** Raw-text elements: their content is not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * The deepest element nesting in `html`, by one linear scan of the tags (no DOM). Stops early and
 * returns a value > `stopAt` as soon as that is exceeded. Approximate where markup is broken, but
 * never under-counts a run of unclosed non-optional elements, which is what makes parsers slow.
 */
export function htmlDepth(html: string, stopAt = MAX_HTML_DEPTH): number {
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  const stack: string[] = [];
  let max = 0;
  let lower: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (!m[2]) continue; // comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      // Close the nearest open element of this name (looking a bounded way down).
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - 64); k--) {
        if (stack[k] === name) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    if (RAW.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, re.lastIndex);
      re.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (m[3] || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    stack.push(name);
    if (stack.length > max) {
      max = stack.length;
      if (max > stopAt) return max;
    }
  }
  return max;
}

/** The message for HTML nested deeper than MAX_HTML_DEPTH, or null when it is within bounds. */
export function htmlTooDeep(html: string, limit = MAX_HTML_DEPTH): string | null {
  const d = htmlDepth(html, limit);
  return d > limit ? `the HTML is nested more than ${limit} elements deep (no real page is); not read` : null;
}
