/**
 * YAML front matter ("---" … "---" at the top of a text or Markdown file), read with bounded work:
 * the raw block is measured before the YAML parser sees it (MAX_FRONT_MATTER_CHARS), aliases are
 * capped by the parser, and the parsed value is walked once to bound keys and depth.
 *
 * Parser: js-yaml 5 (YAML 1.2 core schema, its default: `date: 2025-12-23` stays a string, `yes`
 * is a string). It replaced `yaml` 2 for size: it is in Chrome's service worker (feeds and seeds
 * are ingested there) and in the pages' ingest chunk, 46 kB minified against 98 kB
 * (`npx tsx bench/bundle-size.ts`). Same values on every front matter in seeds/ and tests/ and on
 * the edge cases of tests/unit/frontmatter.test.ts; unlike `yaml`, an unknown tag (`!custom x`,
 * `!!binary`) makes the block unreadable (a warning; the body is still used).
 */
import { load } from 'js-yaml';
import { formatSize, MAX_FRONT_MATTER_CHARS, MAX_FRONT_MATTER_DEPTH, MAX_FRONT_MATTER_KEYS } from './limits';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Set when a block was found but its YAML could not be read (the body is still used). */
  error?: string;
  /** Set when the block is beyond the limits: the file is refused with this message. */
  fatal?: string;
}

const OPEN_RE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE_RE = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;

/** Finds the closing delimiter at or after `from`; -1 when there is none. */
function findClose(content: string, from: number): { at: number; end: number } | null {
  CLOSE_RE.lastIndex = from;
  const m = CLOSE_RE.exec(content);
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}

/** Counts keys and depth of a parsed YAML value; stops as soon as a limit is passed. */
function shapeProblem(v: unknown): string | null {
  let keys = 0;
  const stack: Array<{ v: unknown; depth: number }> = [{ v, depth: 0 }];
  while (stack.length) {
    const { v: x, depth } = stack.pop()!;
    if (!x || typeof x !== 'object' || x instanceof Date) continue;
    if (depth >= MAX_FRONT_MATTER_DEPTH) return `front matter is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep`;
    const children = Array.isArray(x) ? x : Object.values(x as Record<string, unknown>);
    if (!Array.isArray(x)) keys += children.length;
    if (keys > MAX_FRONT_MATTER_KEYS) return `front matter has more than ${MAX_FRONT_MATTER_KEYS} keys`;
    for (const c of children) stack.push({ v: c, depth: depth + 1 });
  }
  return null;
}

/** Splits off front matter. Without a front-matter block, returns null. */
export function splitFrontMatter(content: string): FrontMatter | null {
  const open = OPEN_RE.exec(content);
  if (!open) return null;
  const start = open[0].length;
  // An empty block ("---\n---") closes right at the start.
  const close = findClose(content, Math.max(0, start - 1));
  if (!close) return null;
  const raw = close.at < start ? '' : content.slice(start, close.at);
  const body = content.slice(close.end);
  if (raw.length > MAX_FRONT_MATTER_CHARS) {
    return {
      data: {},
      body,
      fatal: `the front matter is ${formatSize(raw.length)}; the limit is ${formatSize(MAX_FRONT_MATTER_CHARS)} (front matter holds a title, a date, a link: a few lines)`,
    };
  }
  // A block of nothing but blank lines and comments holds no value (js-yaml would call it an error).
  if (!/^[ \t]*[^#\s]/m.test(raw)) return { data: {}, body };
  try {
    // json: a repeated key keeps its last value instead of failing the block; at most 50 aliases.
    const data: unknown = load(raw, { json: true, maxAliases: 50 });
    if (data === null || data === undefined) return { data: {}, body };
    if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, body, error: 'front matter is not a key: value mapping' };
    const problem = shapeProblem(data);
    if (problem) return { data: {}, body, fatal: problem };
    // Keys compared case-insensitively downstream.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) out[k.toLowerCase().replace(/[-\s]/g, '_')] = v;
    return { data: out, body };
  } catch (e) {
    return { data: {}, body, error: `front matter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e)})` };
  }
}

/** First non-empty string value among `keys` (numbers and dates are stringified). */
export function pick(data: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    let v = data[k];
    if (Array.isArray(v)) v = v.find((x) => typeof x === 'string' || (x && typeof x === 'object'));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const o = v as Record<string, unknown>;
      v = o.name ?? o.url ?? o.href ?? null;
    }
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}
