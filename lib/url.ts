/**
 * Article URLs: the canonical address we store and show, and the key that recognises the same
 * article fetched twice. One list of tracking parameters serves both.
 */

/** Query parameters that only track the visit and never change the article. */
const TRACKING =
  /^(?:utm_\w+|itm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmp|cmpid|ito|ocid|smid|sr_share|share|at_medium|at_campaign|mbid|taid|partner|s_cid|ns_campaign|ns_mchannel|ns_source|ns_linkname|ns_fee|_ga|_gl|yclid|spm)$/i;

function parseHttp(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * Canonical form of an article URL (a real address: no fragment, no tracking parameters, no
 * trailing slash, lower-case host), or null when it is not an http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  const u = parseHttp(url);
  if (!u) return null;
  u.hash = '';
  for (const k of Array.from(u.searchParams.keys())) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.hostname = u.hostname.toLowerCase();
  let s = u.href;
  if (u.pathname.length > 1 && s.endsWith('/') && !u.search) s = s.slice(0, -1);
  return s;
}

/**
 * The deduplication key for "same address": also ignores http vs https, "www.", the order of
 * query parameters and index pages, since the same article is served under all of those.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  // Pure, and asked ~5 times per article by an import (sanitize, identity look-ups, merge, the stored record): the
  // answers for the addresses seen last are kept (docs/notes/perf33.md).
  const hit = keyMemo.get(url);
  if (hit !== undefined) return hit;
  const key = keyOf(url);
  if (keyMemo.size >= KEY_MEMO_MAX) keyMemo.clear();
  keyMemo.set(url, key);
  return key;
}

/** urlKey's last answers, by address: at most KEY_MEMO_MAX (an import batch's addresses), emptied when full. */
const keyMemo = new Map<string, string | null>();
const KEY_MEMO_MAX = 4096;

function keyOf(url: string): string | null {
  const u = parseHttp(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  let path = u.pathname.replace(/\/{2,}/g, '/').replace(/\/(index|default)\.(html?|php|aspx?)$/i, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  return `${host}${port}${path}${query}`;
}
