/** Metadata helpers: dates to ISO, headline detection, titles derived from text, language tags. */
import { wordTable } from '../text/table';
import { endsLikeSentence } from '../text/boilerplate';

const MONTHS = wordTable<number>({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

const pad = (n: number) => String(n).padStart(2, '0');
const validYmd = (y: number, m: number, d: number) => {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/**
 * A date as found in front matter, meta tags, JSON-LD or <time> → "YYYY-MM-DD" or a full ISO
 * 8601 timestamp (kept with its own offset, so the calendar day does not shift). Null when the
 * value cannot be read as a date.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    return normalizeDate(new Date(ms));
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return validYmd(+m[1]!, +m[2]!, +m[3]!) ? s : null;
  m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$/i.exec(s);
  if (m) {
    if (!validYmd(+m[1]!, +m[2]!, +m[3]!)) return null;
    const tz = m[8] ? (/^(?:Z|GMT|UTC)$/i.test(m[8]) ? 'Z' : m[8].includes(':') ? m[8] : m[8].slice(0, 3) + ':' + m[8].slice(3)) : '';
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}${tz}`;
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m && validYmd(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  // "December 23, 2025", "Dec. 23, 2025 10:05 AM", "Tuesday, December 23, 2025"
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (mo && validYmd(+m[3]!, mo, +m[2]!)) return `${m[3]}-${pad(mo)}-${pad(+m[2]!)}`;
  }
  // "23 December 2025", "Tue, 23 Dec 2025 10:00:00 GMT"
  m = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (mo && validYmd(+m[3]!, mo, +m[1]!)) return `${m[3]}-${pad(mo)}-${pad(+m[1]!)}`;
  }
  return null;
}

/** One wording for a date that is not a date, from front matter, JSON or a bundle. */
export function dateDropped(v: unknown): string {
  const shown = v instanceof Date ? 'an invalid date' : JSON.stringify(typeof v === 'string' ? v.slice(0, 40) : v)?.slice(0, 42) ?? String(v);
  return `date ${shown} is not a date; dropped`;
}

/** Does this line read as a headline (short, no final full stop, starts with a capital)? */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 25 || line.length > 200) return false;
  if (/[.,;:]["'”’»)]*$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}“"‘'¿¡]/u.test(line)) return false;
  // A sentence ending with "?" or "!" can be a headline; a run of several sentences cannot.
  if ((line.match(/[.!?]["'”’]?\s+\p{Lu}/gu) ?? []).length > 0) return false;
  return true;
}

const TRAILING_FILLER = /\s+(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|as|its|their|his|her|is|was|were|has|had|have)$/i;

/**
 * Shortens text to at most `max` characters for use as a title: at a clause boundary (", ", " — ")
 * when one falls in the last half, else at a word boundary; never ends on a filler word; adds "…"
 * when cut.
 */
export function shortenAtWord(text: string, max = 110): string {
  const t = text.trim().replace(/\s+/g, ' ');
  // A closing full stop, colon or comma goes; an ellipsis stays the writer's ("on Wednesday..." is no "on Wednesday..": headline82).
  if (t.length <= max) return t.replace(/(?<!\.)[.;:,]$/, '');
  const window = t.slice(0, max + 1);
  let cut = -1;
  for (const m of window.matchAll(/(?:,|;| —| –) /g)) if (m.index! >= max * 0.55) cut = m.index!;
  let head = cut > 0 ? window.slice(0, cut) : window.slice(0, Math.max(window.lastIndexOf(' '), Math.floor(max * 0.5)));
  // Do not cut a name in two ("… Secretary of State Hillary…"): finish a run of capitalised words.
  if (cut < 0) {
    const rest = t.slice(head.length).match(/^(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}/u)?.[0] ?? '';
    if (/\p{Lu}[\p{L}.'’-]*$/u.test(head) && rest && rest.length <= 25) head += rest;
  }
  head = head.replace(/[\s,;:(—–-]+$/, '');
  while (TRAILING_FILLER.test(head)) head = head.replace(TRAILING_FILLER, '');
  return head + '…';
}

/** A title for a text with no headline: its description, else its first sentence, shortened. */
export function deriveTitle(description: string | null, firstSentence: string | null): string | null {
  const src = description?.trim() || firstSentence?.trim();
  if (!src) return null;
  // A line of punctuation alone shortens to nothing: no title ("" named an article on CleanEval; headline82).
  return shortenAtWord(src, 110) || null;
}

/** "en-US" / "en_us" / "EN" → "en-US" / "en"; anything else → null. */
export function normalizeLang(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?\b/i.exec(value.trim());
  if (!m) return null;
  const primary = m[1]!.toLowerCase();
  const region = m[2] ? (m[2].length === 4 ? m[2][0]!.toUpperCase() + m[2].slice(1).toLowerCase() : m[2].toUpperCase()) : '';
  return region ? `${primary}-${region}` : primary;
}

export { endsLikeSentence };
