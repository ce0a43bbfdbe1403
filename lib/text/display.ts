/**
 * Text from pages, files and feeds as it may be SHOWN: titles, outlet names and addresses can carry
 * invisible characters that change what the reader sees without changing what is stored.
 *
 * - Bidi controls (U+202A–202E embeddings and overrides, U+2066–2069 isolates, U+200E/200F marks,
 *   U+061C Arabic letter mark) reorder the characters around them: "\u202Eevil" displays as "live".
 * - Zero-width characters (U+200B–200D, U+2060 word joiner, U+FEFF BOM, U+180E Mongolian vowel
 *   separator) make two different strings look the same.
 *
 * `displayText` removes them (the stored text is untouched; this is for display and `title`/`aria`
 * attributes). Isolation of the remaining right-to-left text from its surroundings is the
 * component's job (components/SafeText.tsx: `<bdi>`), so an Arabic or Hebrew title still reads
 * right to left inside its own box without reordering the text next to it.
 *
 * `safeUrl` decides which addresses may become links: only absolute `http:` and `https:` URLs, and
 * never one whose text hides characters (a link whose shown text differs from its target).
 * Pure functions, no DOM.
 */

/** Bidi embedding/override/isolate controls and directional marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
/** Zero-width and invisible joiners/separators. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/gu;
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u180E]/u;
/** Other control characters (C0 except tab/newline, DEL, C1): never meaningful in a title. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** True when `text` holds a bidi control or a zero-width character. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/**
 * The text without bidi controls, zero-width characters and control characters, with runs of
 * whitespace made single spaces. Null and undefined give ''.
 */
export function displayText(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(BIDI_CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The absolute http(s) URL to link to, or null when `url` must not become a link: another scheme
 * (`javascript:`, `data:`, `file:`, `chrome:` …), a relative or unparsable address, credentials in
 * the address, or hidden characters anywhere in it.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const raw = url.trim();
  if (!raw || hasHiddenCharacters(raw) || /[\u0000-\u001F\u007F]/u.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  if (!parsed.hostname) return null;
  return parsed.href;
}

/**
 * A short form of an address to show: host without "www." and the path, decoded where that is
 * readable, without hidden characters. Falls back to the cleaned text when it is not a URL.
 */
export function displayUrl(url: string | null | undefined, max = 60): string {
  const text = displayText(url);
  const href = safeUrl(url);
  let shown = text;
  if (href) {
    const u = new URL(href);
    let path = u.pathname + u.search;
    try {
      path = decodeURI(path);
    } catch {
      // keep the encoded form
    }
    shown = displayText(u.hostname.replace(/^www\./, '') + (path === '/' ? '' : path));
  }
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
