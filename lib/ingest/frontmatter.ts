/** YAML front matter ("---" … "---" at the top of a text or Markdown file). */
import { parse } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Set when a block was found but its YAML could not be read. */
  error?: string;
}

const FM_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits off front matter. Without a front-matter block, data is empty and body is the input. */
export function splitFrontMatter(content: string): FrontMatter | null {
  const m = FM_RE.exec(content);
  if (!m) return null;
  const body = content.slice(m[0].length);
  try {
    const data: unknown = parse(m[1]!, { prettyErrors: false });
    if (data === null || data === undefined) return { data: {}, body };
    if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, body, error: 'front matter is not a key: value mapping' };
    // Keys compared case-insensitively downstream.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) out[k.toLowerCase().replace(/[-\s]/g, '_')] = v;
    return { data: out, body };
  } catch (e) {
    return { data: {}, body, error: `front matter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
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
