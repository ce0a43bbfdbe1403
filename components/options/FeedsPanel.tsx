/** RSS/Atom feeds: subscribe, refresh now, remove, and how often to refresh automatically. */
import { useState } from 'preact/hooks';
import type { FeedRecord } from '../../lib/store/db';
import { formatAgo } from './format';
import { SafeText } from '../SafeText';

export interface FeedsPanelProps {
  feeds: FeedRecord[];
  /** Minutes between automatic refreshes, or null for "only when I ask". */
  interval: number | null;
  intervals: readonly number[];
  /** Called synchronously from the submit event (the host permission must be asked before any await). */
  onAdd: (url: string) => void;
  onRemove: (url: string) => void;
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

export function FeedsPanel({ feeds, interval, intervals, onAdd, onRemove, onRefresh, onInterval, busy, message }: FeedsPanelProps) {
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
          if (url.trim()) onAdd(url.trim());
        }}
      >
        <label class="px-field px-field--grow" for="px-feed-input">
          <span>RSS or Atom feed address</span>
          <input
            id="px-feed-input"
            type="url"
            required
            placeholder="https://example.com/feed.xml"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="px-button" disabled={busy}>
          Subscribe
        </button>
      </form>

      {message && (
        <p class={message.error ? 'px-error' : 'px-note'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      {feeds.length > 0 ? (
        <ul class="px-feeds" aria-label="Subscribed feeds">
          {feeds.map((f) => (
            <li key={f.url} class="px-feed">
              <div class="px-feed-main">
                <SafeText class="px-feed-title" text={f.title ?? f.url} />
                <SafeText class="px-muted px-small px-feed-url" text={f.url} />
                <span class={`px-small ${f.lastError ? 'px-error-text' : 'px-muted'}`}>
                  {f.lastError
                    ? `Last refresh failed: ${f.lastError}`
                    : `Refreshed ${formatAgo(f.lastFetchedAt)}${f.lastAdded ? ` · ${f.lastAdded} new or updated` : ''}`}
                </span>
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
