/**
 * URL host → readable outlet name. A table of major news hosts, and a careful fallback for hosts
 * not in it: short, unambiguous names become a name ("el-heraldo.com" → "El Heraldo", "kpbs.org" →
 * "KPBS"); a long run-together label that cannot be split reliably is shown as the domain itself
 * ("elsalvadorinenglish.com") rather than as a guess like "Elsalvadorinenglish" or as nothing.
 */
import { wordTable } from './text/table';

/** Registrable domain (without "www."/subdomains) → outlet name. */
const OUTLETS = wordTable<string>({
  'foxnews.com': 'Fox News',
  'foxbusiness.com': 'Fox Business',
  'cnn.com': 'CNN',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'abcnews.com': 'ABC News',
  'msnbc.com': 'MSNBC',
  'npr.org': 'NPR',
  'pbs.org': 'PBS',
  'apnews.com': 'AP News',
  'reuters.com': 'Reuters',
  'bloomberg.com': 'Bloomberg',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'thehill.com': 'The Hill',
  'axios.com': 'Axios',
  'newsweek.com': 'Newsweek',
  'time.com': 'Time',
  'theatlantic.com': 'The Atlantic',
  'newyorker.com': 'The New Yorker',
  'huffpost.com': 'HuffPost',
  'huffingtonpost.com': 'HuffPost',
  'buzzfeednews.com': 'BuzzFeed News',
  'vox.com': 'Vox',
  'slate.com': 'Slate',
  'salon.com': 'Salon',
  'vice.com': 'Vice',
  'nypost.com': 'New York Post',
  'nydailynews.com': 'New York Daily News',
  'breitbart.com': 'Breitbart',
  'dailycaller.com': 'The Daily Caller',
  'dailywire.com': 'The Daily Wire',
  'washingtonexaminer.com': 'Washington Examiner',
  'washingtontimes.com': 'The Washington Times',
  'nationalreview.com': 'National Review',
  'newsmax.com': 'Newsmax',
  'theblaze.com': 'TheBlaze',
  'motherjones.com': 'Mother Jones',
  'thedailybeast.com': 'The Daily Beast',
  'propublica.org': 'ProPublica',
  'texastribune.org': 'The Texas Tribune',
  'miamiherald.com': 'Miami Herald',
  'chicagotribune.com': 'Chicago Tribune',
  'bostonglobe.com': 'The Boston Globe',
  'sfchronicle.com': 'San Francisco Chronicle',
  'cnbc.com': 'CNBC',
  'forbes.com': 'Forbes',
  'businessinsider.com': 'Business Insider',
  'insider.com': 'Insider',
  'fortune.com': 'Fortune',
  'marketwatch.com': 'MarketWatch',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'theguardian.com': 'The Guardian',
  'guardian.co.uk': 'The Guardian',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
  'thetimes.co.uk': 'The Times',
  'dailymail.co.uk': 'Daily Mail',
  'mirror.co.uk': 'Daily Mirror',
  'thesun.co.uk': 'The Sun',
  'express.co.uk': 'Daily Express',
  'sky.com': 'Sky News',
  'news.sky.com': 'Sky News',
  'aljazeera.com': 'Al Jazeera',
  'france24.com': 'France 24',
  'dw.com': 'DW',
  'euronews.com': 'Euronews',
  'lemonde.fr': 'Le Monde',
  'lefigaro.fr': 'Le Figaro',
  'elpais.com': 'El País',
  'elmundo.es': 'El Mundo',
  'abc.es': 'ABC',
  'infobae.com': 'Infobae',
  'clarin.com': 'Clarín',
  'eluniversal.com.mx': 'El Universal',
  'milenio.com': 'Milenio',
  'laprensagrafica.com': 'La Prensa Gráfica',
  'elsalvador.com': 'El Diario de Hoy',
  'diarioelsalvador.com': 'Diario El Salvador',
  'elfaro.net': 'El Faro',
  'univision.com': 'Univision',
  'telemundo.com': 'Telemundo',
  'swissinfo.ch': 'Swissinfo',
  'spiegel.de': 'Der Spiegel',
  'zeit.de': 'Die Zeit',
  'faz.net': 'Frankfurter Allgemeine',
  'sueddeutsche.de': 'Süddeutsche Zeitung',
  'corriere.it': 'Corriere della Sera',
  'repubblica.it': 'la Repubblica',
  'globo.com': 'Globo',
  'folha.uol.com.br': 'Folha de S.Paulo',
  'abc.net.au': 'ABC News (Australia)',
  'smh.com.au': 'The Sydney Morning Herald',
  'theaustralian.com.au': 'The Australian',
  'cbc.ca': 'CBC News',
  'theglobeandmail.com': 'The Globe and Mail',
  'nationalpost.com': 'National Post',
  'ctvnews.ca': 'CTV News',
  'globalnews.ca': 'Global News',
  'hindustantimes.com': 'Hindustan Times',
  'timesofindia.indiatimes.com': 'The Times of India',
  'indiatimes.com': 'The Times of India',
  'ndtv.com': 'NDTV',
  'thehindu.com': 'The Hindu',
  'scmp.com': 'South China Morning Post',
  'japantimes.co.jp': 'The Japan Times',
  'straitstimes.com': 'The Straits Times',
  'yahoo.com': 'Yahoo News',
  'news.yahoo.com': 'Yahoo News',
  'msn.com': 'MSN',
  'theverge.com': 'The Verge',
  'wired.com': 'Wired',
  'techcrunch.com': 'TechCrunch',
  'arstechnica.com': 'Ars Technica',
  'engadget.com': 'Engadget',
  'cnet.com': 'CNET',
  'zdnet.com': 'ZDNET',
  'nature.com': 'Nature',
  'sciencemag.org': 'Science',
  'scientificamerican.com': 'Scientific American',
  'newscientist.com': 'New Scientist',
  'voanews.com': 'Voice of America',
  'rferl.org': 'Radio Free Europe/Radio Liberty',
  'rt.com': 'RT',
  'tass.com': 'TASS',
  'xinhuanet.com': 'Xinhua',
  'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz',
  'jpost.com': 'The Jerusalem Post',
});

/** Second-level public suffixes common in news hosts ("co.uk", "com.au", …). */
const SECOND_LEVEL = /\.(?:co|com|org|net|gov|ac|edu|ne|or|go)\.[a-z]{2}$/;

/** "https://www.foxnews.com/world/…" → "foxnews.com" (lower case, no www, no port). */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return null;
    return u.hostname.toLowerCase().replace(/^www\d*\./, '') || null;
  } catch {
    return null;
  }
}

/** "feeds.foxnews.com" → "foxnews.com"; "news.bbc.co.uk" → "bbc.co.uk". */
export function registrableDomain(host: string): string {
  const parts = host.split('.');
  const keep = SECOND_LEVEL.test(host) ? 3 : 2;
  return parts.slice(-keep).join('.');
}

/** Readable outlet name for a URL or a bare host, or null when not confident. */
export function outletForUrl(urlOrHost: string): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? hostOf(urlOrHost) : urlOrHost.toLowerCase().replace(/^www\d*\./, '');
  if (!host || /^[\d.]+$/.test(host) || host === 'localhost' || !host.includes('.')) return null;
  // Most specific first: "news.sky.com" before "sky.com".
  const parts = host.split('.');
  for (let k = 0; k < parts.length - 1; k++) {
    const name = OUTLETS[parts.slice(k).join('.')];
    if (name) return name;
  }
  const domain = registrableDomain(host);
  // On a blogging platform the outlet is the blog (its subdomain), not the platform.
  if (PLATFORMS.has(domain)) {
    const sub = host.slice(0, -domain.length - 1).split('.').pop();
    return sub ? (fallbackName(sub) ?? `${sub}.${domain}`) : null;
  }
  return fallbackName(domain) ?? domain;
}

/** The table's name for a URL's host, or null when the host is not in the table (no fallback). */
export function knownOutlet(urlOrHost: string): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? hostOf(urlOrHost) : urlOrHost.toLowerCase().replace(/^www\d*\./, '');
  if (!host) return null;
  const parts = host.split('.');
  for (let k = 0; k < parts.length - 1; k++) {
    const name = OUTLETS[parts.slice(k).join('.')];
    if (name) return name;
  }
  return null;
}

/**
 * An outlet named by its host ("foxnews.com", "news.bbc.co.uk", as clipping tools and front matter often
 * give it) → the table's name for that host ("Fox News", "BBC"), so it is one outlet with the pages added
 * by URL; any other name, or a host the table does not know, as given.
 */
export function outletByHost(name: string): string {
  const t = name.trim();
  return /^(?:www\d*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(t) ? knownOutlet(t.toLowerCase()) ?? t : t;
}

const PLATFORMS = new Set([
  'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com', 'tumblr.com', 'github.io', 'wixsite.com',
  'weebly.com', 'ghost.io', 'livejournal.com', 'typepad.com', 'squarespace.com', 'webflow.io', 'netlify.app',
]);

/**
 * A name from the domain itself, only when it is unambiguous: hyphenated words ("el-heraldo.com" →
 * "El Heraldo"), a short acronym ("kpbs.org" → "KPBS"), or one short word ("axios.com" → "Axios").
 * Long run-together labels ("elsalvadorinenglish") cannot be split reliably: null.
 */
function fallbackName(domainOrLabel: string): string | null {
  const label = domainOrLabel.split('.')[0] ?? '';
  if (!/^[a-z][a-z0-9-]*$/.test(label)) return null;
  if (label.includes('-')) {
    const ws = label.split('-').filter(Boolean);
    if (ws.length > 5 || ws.some((w) => !/^[a-z]+$/.test(w))) return null;
    return ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  }
  if (/^[a-z]{2,4}$/.test(label) && !/[aeiou]/.test(label.slice(1))) return label.toUpperCase();
  if (/^[a-z]{3,9}$/.test(label) && !GENERIC_LABEL.has(label)) return label[0]!.toUpperCase() + label.slice(1);
  return null;
}

/**
 * One-word labels that name a kind of publication, not a publication: "news.com.au" is not "News", and
 * two such sites would read as one outlet. The domain itself is then the name.
 */
const GENERIC_LABEL = new Set([
  'news', 'times', 'post', 'daily', 'herald', 'journal', 'press', 'media', 'online', 'today', 'tribune', 'gazette',
  'mail', 'express', 'report', 'weekly', 'radio', 'world', 'local', 'noticias', 'nachrichten', 'actualites',
]);

const compact = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

/**
 * Is a page's name for itself readable as an outlet name? Not a URL, not a social handle
 * ("@politifact"), not the bare lower-case host label ("usatoday", "detroitnews") and not empty.
 */
export function readableSiteName(name: string | null | undefined): string | null {
  const t = name?.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 80 || /^https?:\/\//i.test(t) || /^@/.test(t)) return null;
  if (/^[a-z0-9]+$/.test(t)) return null;
  return outletByHost(t);
}

/**
 * "Headline — Outlet Name" / "Outlet Name | Headline": the part of a page or feed title that names
 * the outlet, when it spells the host's own label ("… | El Salvador In English" on
 * elsalvadorinenglish.com). Null when no part matches the host.
 */
export function outletFromTitle(title: string | null | undefined, url: string | null | undefined): string | null {
  const host = url ? (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? hostOf(url) : url) : null;
  if (!title || !host) return null;
  const label = compact(registrableDomain(host).split('.')[0] ?? '');
  if (label.length < 3) return null;
  for (const part of title.split(/\s+[|–—:»>-]\s+|\s+[|·•]\s*/)) {
    const p = part.trim();
    const c = compact(p);
    if (c && (c === label || c === 'the' + label || 'the' + c === label) && p.length <= 60) return p;
  }
  return null;
}

/**
 * The outlet of a page or feed item, in order: the page's own name for itself (og:site_name,
 * JSON-LD publisher.name), the feed's title (its outlet part), the host in the table of known
 * outlets, a title part that spells the host, and last the host made readable.
 */
export function pageOutlet(src: { siteName?: string | null; feedTitle?: string | null; title?: string | null; url?: string | null }): string | null {
  const named = readableSiteName(src.siteName);
  if (named) return named;
  const known = src.url ? knownOutlet(src.url) : null;
  const fromFeed = feedOutlet(src.feedTitle);
  if (fromFeed && !known) return fromFeed;
  return known ?? (src.url ? outletFromTitle(src.title, src.url) ?? outletForUrl(src.url) : null) ?? (src.siteName?.trim() || null);
}

/**
 * A feed's title → the outlet it names: "NYT > World News" → "NYT", "Reuters: Top News" →
 * "Reuters", "BBC News - World" → "BBC News". Null for an empty or generic title ("RSS", "Home").
 */
export function feedOutlet(title: string | null | undefined): string | null {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const head = t.split(/\s+[|–—:»>-]\s+|\s*[>»|]\s*|:\s+/)[0]!.trim();
  if (!head || head.length > 60 || /^(?:rss|atom|feed|news|home|all|headlines|breaking news|(?:the )?(?:latest|top)(?: news| stories| headlines)?)$/i.test(head)) return null;
  return head;
}

// ---------------------------------------------------------------------------------------------
// An outlet given by the reader (the import dialog's one value for a batch).

/**
 * An outlet name as a person typed it: spaces folded, control, bidi and zero-width characters
 * removed, at most 100 characters; empty → null.
 */
export function outletInput(s: string | null | undefined): string | null {
  const t = (s ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return t ? outletByHost(t) : null;
}

/** Articles that name no outlet take the batch's outlet; an outlet the article itself names is kept. */
export function withBatchOutlet<T extends { outlet: string | null }>(articles: T[], outlet: string | null): T[] {
  const name = outletInput(outlet);
  if (!name) return articles;
  return articles.map((a) => (a.outlet ? a : { ...a, outlet: name }));
}

/**
 * An ingestion function whose articles without an outlet get `outlet` (the import dialog's value for
 * a batch of files). Without an outlet, the function itself.
 */
export function ingestWithOutlet<A extends unknown[], R extends { articles: Array<{ outlet: string | null }> }>(
  ingest: (...args: A) => R | Promise<R>,
  outlet: string | null,
): (...args: A) => R | Promise<R> {
  const name = outletInput(outlet);
  if (!name) return ingest;
  const fill = (r: R): R => ({ ...r, articles: withBatchOutlet(r.articles, name) });
  return (...args: A) => {
    const r = ingest(...args);
    return r instanceof Promise ? r.then(fill) : fill(r);
  };
}

// ---------------------------------------------------------------------------------------------
// An article's source as the reader sees it, and as counts tell sources apart. Every view (side
// panel report, quote trace, corpus table) and the CLI name sources through these two functions.

/** What the UI says where an outlet is unknown and the article itself is not being named. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The first words of a title, for naming an article whose outlet is unknown. */
export function shortTitle(title: string | null | undefined, words = 6): string {
  const parts = (title ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return 'an untitled article';
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

/**
 * The article's outlet, trimmed, or null when it names none. A host the outlet table knows
 * ("foxnews.com", stored before hosts were named on import) reads as the table's name, so articles
 * stored then and now are one source.
 */
export function knownOutletOf(a: { outlet?: string | null }): string | null {
  const t = a.outlet?.trim();
  return t ? outletByHost(t) : null;
}

/**
 * An article's source for the reader: its outlet; an article whose outlet is unknown is named by
 * its own short title in quotes (“Bukele responds to Hillary Clinton about…”), so two such articles
 * never read as the same "Unknown outlet"; without a title, by its id.
 */
export function sourceLabel(a: { outlet?: string | null; title?: string | null; id?: string }): string {
  const outlet = knownOutletOf(a);
  if (outlet) return outlet;
  if (a.title?.trim()) return quotedTitle(shortTitle(a.title));
  return a.id ? `article ${a.id}` : 'an untitled article';
}

/** A title in quotation marks, its own outer ones dropped: “This is just not what happens…”, never ““This … (audit70). */
const quotedTitle = (title: string): string => `“${title.replace(/^["“”„«»]+|["“”„«»]+$/g, '')}”`;

/**
 * The key counts tell sources apart by: articles of one outlet (by name, case and spacing folded)
 * are one source; an article of unknown outlet is a source of its own — never merged with other
 * unknown-outlet articles into one "outlet".
 */
export function sourceKey(a: { outlet?: string | null; id: string }): string {
  const outlet = knownOutletOf(a);
  return outlet ? `o:${outlet.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase()}` : `id:${a.id}`;
}

/**
 * `sourceLabel` for several articles shown together, so that two different sources never read the
 * same: two unknown-outlet articles whose titles start with the same six words are named by their
 * whole titles, and, if those are equal too, with their ids.
 */
export function sourceLabels(items: Array<{ outlet?: string | null; title?: string | null; id: string }>): string[] {
  const labels = items.map((a) => sourceLabel(a));
  const clash = (k: number) => items.some((b, j) => j !== k && labels[j] === labels[k] && sourceKey(b) !== sourceKey(items[k]!));
  const fix = (step: (a: (typeof items)[number]) => string) => {
    const bad = items.map((_, k) => clash(k));
    items.forEach((a, k) => {
      if (bad[k] && !knownOutletOf(a)) labels[k] = step(a);
    });
  };
  fix((a) => (a.title?.trim() ? quotedTitle(a.title.trim().replace(/\s+/g, ' ')) : `article ${a.id}`));
  fix((a) => `${sourceLabel(a)} (${a.id})`);
  return labels;
}
