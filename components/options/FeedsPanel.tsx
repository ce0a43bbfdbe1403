/**
 * RSS/Atom feeds: subscribe, refresh now, remove, how often to refresh automatically, and each
 * feed's last refresh: when, items added, items kept as summaries, failures, item by item.
 */
import { useState } from 'preact/hooks';
import type { FeedItemStatus, FeedStatus } from '../../lib/feeds';
import { formatAgo, plural } from './format';
import { SafeText } from '../SafeText';
import { SafeLink } from '../SafeLink';
import { LiveMessage } from './LiveMessage';

export interface FeedsPanelProps {
  feeds: FeedStatus[];
  /** Minutes between automatic refreshes, or null for "only when I ask". */
  interval: number | null;
  intervals: readonly number[];
  /**
   * Called synchronously from the submit event (the host permission must be asked before any await).
   * Resolves true when the feed was subscribed: the address box empties (it keeps the address on failure).
   */
  onAdd: (url: string) => Promise<boolean> | void;
  onRemove: (url: string) => void;
  /** Called synchronously from the click: asks to read these origins, for the full text of a feed's items. */
  onAllowHosts?: (feedUrl: string, origins: string[]) => void;
  onRefresh: () => void;
  onInterval: (minutes: number | null) => void;
  busy: boolean;
  /** Outcome of the last subscribe or refresh, in words. */
  message: { text: string; error: boolean } | null;
}

export function intervalLabel(min: number): string {
  if (min < 60) return `Every ${min} minutes`;
  if (min === 60) return 'Every hour';
  if (min % 1440 === 0) return min === 1440 ? 'Once a day' : `Every ${min / 1440} days`;
  return `Every ${min / 60} hours`;
}

/** One line of a feed's status: "Refreshed 5 min ago · 3 added · 1 summary only · 1 failed". */
export function feedStatusLine(f: FeedStatus, now = Date.now()): string {
  if (f.lastError) return `Last refresh failed: ${f.lastError}`;
  const parts = [`Refreshed ${formatAgo(f.lastFetchedAt, now)}`, `${f.lastAdded} new or updated`];
  if (f.lastFromPages) parts.push(`${plural(f.lastFromPages, 'full text')} read from the page${f.lastFromPages === 1 ? '' : 's'}`);
  if (f.lastSummaries) parts.push(`${f.lastSummaries} summary only`);
  if (f.lastFailures) parts.push(`${f.lastFailures} failed`);
  return parts.join(' · ');
}

/**
 * Why a subscription failed, and what the reader can do about it. The fetch and the parser say what
 * happened ("HTTP 404 Not Found", "This is not an RSS, Atom or JSON feed (…)", "Failed to fetch"); most
 * often the address given is not the feed's own (a site's home page, an article, a mistyped path).
 */
export function subscribeError(error: string): string {
  const says = error.replace(/[.\s]+$/, '');
  const http = /^HTTP (\d{3})\b/.exec(says);
  const status = http ? Number(http[1]) : null;
  let todo: string | null = null;
  if (status === 404 || status === 410) todo = 'there is no feed at that address. Check it: a feed’s address often ends in /feed, /rss or .xml, and the site usually links to it as “RSS”.';
  else if (status === 401 || status === 403) todo = 'the site does not let Parallax read that address. A feed the site offers publicly may be at another address (often linked as “RSS”).';
  else if (status === 429 || (status !== null && status >= 500)) todo = 'the site could not answer just now. Try again later.';
  else if (/not an RSS, Atom or JSON feed/i.test(says))
    todo = 'that address is a web page, not a feed. Give the address of the site’s RSS or Atom feed (often linked as “RSS”), or add this one page with “Add a web page by its address”.';
  else if (/failed to fetch|networkerror|network error/i.test(says)) todo = 'the site could not be reached. Check the address and your connection.';
  else if (/timeout|timed out/i.test(says)) todo = 'the site did not answer in time. Try again later.';
  return todo ? `${says}: ${todo}` : `${says}.`;
}

const hostOf = (origin: string): string => {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
};

function itemLine(i: FeedItemStatus): string {
  const status =
    i.status === 'error' || i.status === 'skipped'
      ? `failed: ${i.reason ?? 'unknown reason'}`
      : i.status === 'unchanged'
        ? 'already in the corpus'
        : i.status;
  const text = i.text === 'page' ? 'full text from its page' : i.text === 'feed' ? 'full text in the feed' : i.text === 'summary' ? `summary only${i.note ? ` (${i.note})` : ''}` : '';
  return [status, text].filter(Boolean).join(' · ');
}

function FeedItems({ f }: { f: FeedStatus }) {
  const items = f.lastItems ?? [];
  if (!items.length) return null;
  return (
    <details class="px-feed-items">
      <summary class="px-small">Items of the last refresh ({items.length})</summary>
      <ul aria-label={`Items of ${f.title ?? f.url}`}>
        {items.map((i, k) => (
          <li key={`${i.url ?? ''}#${k}`} class="px-small">
            {i.url ? <SafeLink href={i.url}>{i.title || i.url}</SafeLink> : <SafeText text={i.title || 'Untitled'} />}
            <span class={i.status === 'error' ? 'px-error-text' : 'px-muted'}> — {itemLine(i)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function FeedsPanel({ feeds, interval, intervals, onAdd, onRemove, onAllowHosts, onRefresh, onInterval, busy, message }: FeedsPanelProps) {
  const [url, setUrl] = useState('');
  const options = interval !== null && !intervals.includes(interval) ? [...intervals, interval].sort((a, b) => a - b) : intervals;
  return (
    <section class="px-card" aria-labelledby="px-feeds-title">
      <div class="px-card-head">
        <h2 id="px-feeds-title">Feeds</h2>
      </div>
      <form
        class="px-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!url.trim()) return;
          const sent = url;
          // Emptied only if it still holds what was sent (the reader may be typing the next one).
          void onAdd(sent.trim())?.then((ok) => ok && setUrl((now) => (now === sent ? '' : now)));
        }}
      >
        <label class="px-field px-field--grow" for="px-feed-input">
          <span>RSS or Atom feed address</span>
          <input
            id="px-feed-input"
            type="url"
            required
            placeholder="https://example.com/feed.xml"
            aria-describedby="px-feed-why"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="px-button" disabled={busy}>
          Subscribe
        </button>
      </form>
      <p class="px-muted px-small" id="px-feed-why">
        Subscribing asks your browser to let Parallax read that one site: its feed, and — for items the
        feed gives only as a short summary — the item's page, so the corpus holds the whole article.
        Nothing else is read.
      </p>

      <LiveMessage message={message} />

      {feeds.length > 0 ? (
        <ul class="px-feeds" aria-label="Subscribed feeds">
          {feeds.map((f) => (
            <li key={f.url} class="px-feed">
              <div class="px-feed-main">
                <SafeText class="px-feed-title" text={f.title ?? f.url} />
                <SafeText class="px-muted px-small px-feed-url" text={f.url} />
                <span class={`px-small ${f.lastError || f.lastFailures ? 'px-error-text' : 'px-muted'}`}>{feedStatusLine(f)}</span>
                {f.needsAccess && f.needsAccess.length > 0 && onAllowHosts && (
                  <span class="px-small">
                    Items on {f.needsAccess.map(hostOf).join(', ')} stay summaries: Parallax may not read {f.needsAccess.length === 1 ? 'that site' : 'those sites'}.{' '}
                    <button type="button" class="px-button" onClick={() => onAllowHosts(f.url, f.needsAccess!)}>
                      Allow full text from {f.needsAccess.length === 1 ? hostOf(f.needsAccess[0]!) : `${f.needsAccess.length} sites`}
                    </button>
                  </span>
                )}
                <FeedItems f={f} />
              </div>
              <button type="button" class="px-button" onClick={() => onRemove(f.url)} aria-label={`Unsubscribe from ${f.title ?? f.url}`}>
                Unsubscribe
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="px-muted px-small">No feeds yet. Items of a feed you subscribe to are added to the corpus.</p>
      )}

      <div class="px-inline-form">
        <div class="px-field">
          <label for="px-feed-interval">Refresh feeds automatically</label>
          <select
            id="px-feed-interval"
            value={interval === null ? '' : String(interval)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onInterval(v === '' ? null : Number(v));
            }}
          >
            <option value="">Only when I ask</option>
            {options.map((m) => (
              <option key={m} value={String(m)}>
                {intervalLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="px-button" onClick={onRefresh} disabled={busy || feeds.length === 0}>
          {busy ? 'Refreshing…' : 'Refresh now'}
        </button>
      </div>
    </section>
  );
}
