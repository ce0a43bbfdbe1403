/**
 * Starter sources (issue 11 item 3): a short list of public RSS feeds of major outlets across
 * languages, countries and leanings, offered in the options page. Nothing here is fetched until the
 * reader subscribes to one; each subscription asks, at that click, for the feed's site and the
 * sites its items live on (`itemHosts`), so the full text of summary-only items can be read.
 *
 * Edit freely: one entry per feed. `leaning` is the usual description of the outlet's editorial
 * line, given so a reader can balance the corpus; it is a label, not a judgement Parallax uses.
 * The addresses were written from knowledge of the outlets' published feed addresses and could not
 * be checked from the machine this was written on (no network); a dead one fails visibly when the
 * reader subscribes ("Could not subscribe: HTTP 404"), and nothing else is affected.
 */
export interface StarterSource {
  name: string;
  feed: string;
  /** Hosts the feed's items link to, when not the feed's own host (asked in the same prompt). */
  itemHosts?: string[];
  kind: 'wire service' | 'public broadcaster' | 'broadcaster' | 'newspaper' | 'magazine';
  country: string;
  /** BCP 47 language of the feed. */
  language: string;
  leaning?: 'left' | 'centre-left' | 'centre' | 'centre-right' | 'right';
}

export const STARTER_SOURCES: readonly StarterSource[] = [
  // Wire services
  { name: 'TASS', feed: 'https://tass.com/rss/v2.xml', kind: 'wire service', country: 'Russia', language: 'en' },
  { name: 'Yonhap News Agency', feed: 'https://en.yna.co.kr/RSS/news.xml', kind: 'wire service', country: 'South Korea', language: 'en' },
  { name: 'ANSA', feed: 'https://www.ansa.it/sito/ansait_rss.xml', kind: 'wire service', country: 'Italy', language: 'it' },
  // Public broadcasters
  { name: 'BBC News', feed: 'https://feeds.bbci.co.uk/news/rss.xml', itemHosts: ['www.bbc.co.uk', 'www.bbc.com'], kind: 'public broadcaster', country: 'United Kingdom', language: 'en' },
  { name: 'NPR', feed: 'https://feeds.npr.org/1001/rss.xml', itemHosts: ['www.npr.org'], kind: 'public broadcaster', country: 'United States', language: 'en' },
  { name: 'Deutsche Welle', feed: 'https://rss.dw.com/rdf/rss-en-all', itemHosts: ['www.dw.com'], kind: 'public broadcaster', country: 'Germany', language: 'en' },
  { name: 'tagesschau', feed: 'https://www.tagesschau.de/xml/rss2/', kind: 'public broadcaster', country: 'Germany', language: 'de' },
  { name: 'France 24', feed: 'https://www.france24.com/fr/rss', kind: 'public broadcaster', country: 'France', language: 'fr' },
  { name: 'CBC News', feed: 'https://www.cbc.ca/webfeed/rss/rss-topstories', kind: 'public broadcaster', country: 'Canada', language: 'en' },
  { name: 'ABC News (Australia)', feed: 'https://www.abc.net.au/news/feed/51120/rss.xml', kind: 'public broadcaster', country: 'Australia', language: 'en' },
  { name: 'NHK', feed: 'https://www3.nhk.or.jp/rss/news/cat0.xml', kind: 'public broadcaster', country: 'Japan', language: 'ja' },
  { name: 'Al Jazeera', feed: 'https://www.aljazeera.com/xml/rss/all.xml', kind: 'public broadcaster', country: 'Qatar', language: 'en' },
  // National papers and magazines, left to right
  { name: 'The Intercept', feed: 'https://theintercept.com/feed/?lang=en', kind: 'magazine', country: 'United States', language: 'en', leaning: 'left' },
  { name: 'The Guardian', feed: 'https://www.theguardian.com/world/rss', kind: 'newspaper', country: 'United Kingdom', language: 'en', leaning: 'centre-left' },
  { name: 'The New York Times', feed: 'https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml', itemHosts: ['www.nytimes.com'], kind: 'newspaper', country: 'United States', language: 'en', leaning: 'centre-left' },
  { name: 'Le Monde', feed: 'https://www.lemonde.fr/rss/une.xml', kind: 'newspaper', country: 'France', language: 'fr', leaning: 'centre-left' },
  { name: 'El País', feed: 'https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/portada', itemHosts: ['elpais.com'], kind: 'newspaper', country: 'Spain', language: 'es', leaning: 'centre-left' },
  { name: 'Der Spiegel', feed: 'https://www.spiegel.de/schlagzeilen/index.rss', kind: 'magazine', country: 'Germany', language: 'de', leaning: 'centre-left' },
  { name: 'Folha de S.Paulo', feed: 'https://feeds.folha.uol.com.br/emcimadahora/rss091.xml', itemHosts: ['www1.folha.uol.com.br'], kind: 'newspaper', country: 'Brazil', language: 'pt', leaning: 'centre' },
  { name: 'The Hindu', feed: 'https://www.thehindu.com/news/national/feeder/default.rss', kind: 'newspaper', country: 'India', language: 'en', leaning: 'centre-left' },
  { name: 'The Times of India', feed: 'https://timesofindia.indiatimes.com/rssfeedstopstories.cms', kind: 'newspaper', country: 'India', language: 'en', leaning: 'centre' },
  { name: 'The Wall Street Journal', feed: 'https://feeds.a.dj.com/rss/RSSWorldNews.xml', itemHosts: ['www.wsj.com'], kind: 'newspaper', country: 'United States', language: 'en', leaning: 'centre-right' },
  { name: 'Frankfurter Allgemeine', feed: 'https://www.faz.net/rss/aktuell/', kind: 'newspaper', country: 'Germany', language: 'de', leaning: 'centre-right' },
  { name: 'Le Figaro', feed: 'https://www.lefigaro.fr/rss/figaro_actualites.xml', kind: 'newspaper', country: 'France', language: 'fr', leaning: 'centre-right' },
  { name: 'El Mundo', feed: 'https://e00-elmundo.uecdn.es/elmundo/rss/portada.xml', itemHosts: ['www.elmundo.es'], kind: 'newspaper', country: 'Spain', language: 'es', leaning: 'centre-right' },
  { name: 'The Telegraph', feed: 'https://www.telegraph.co.uk/rss.xml', kind: 'newspaper', country: 'United Kingdom', language: 'en', leaning: 'right' },
  { name: 'National Review', feed: 'https://www.nationalreview.com/feed/', kind: 'magazine', country: 'United States', language: 'en', leaning: 'right' },
  { name: 'Fox News', feed: 'https://moxie.foxnews.com/google-publisher/latest.xml', itemHosts: ['www.foxnews.com'], kind: 'broadcaster', country: 'United States', language: 'en', leaning: 'right' },
];

/** Every address whose site a subscription to `s` asks for: the feed's and its items'. */
export function starterOrigins(s: StarterSource): string[] {
  const feed = new URL(s.feed);
  return [s.feed, ...(s.itemHosts ?? []).map((h) => `${feed.protocol}//${h}/`)];
}
