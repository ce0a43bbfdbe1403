/**
 * Starter sources and OPML (issue 11 item 3). A short list of public feeds of major outlets (lib/
 * feeds/starter.ts), none fetched until the reader subscribes to it — each Subscribe asks for that
 * outlet's sites at the click. OPML: import a subscription list (the feeds found are listed, the
 * reader picks, one prompt asks for their sites) and export the current subscriptions.
 */
import { useState } from 'preact/hooks';
import type { StarterSource } from '../../lib/feeds/starter';
import type { OpmlFeed } from '../../lib/feeds/opml';
import { SafeText } from '../SafeText';
import { plural } from './format';
import { LiveMessage } from './LiveMessage';

export interface OpmlPreview {
  name: string;
  feeds: OpmlFeed[];
  skipped: number;
}

export interface SourcesPanelProps {
  sources: readonly StarterSource[];
  /** Feed addresses already subscribed to. */
  subscribed: ReadonlySet<string>;
  /** Called synchronously from the click (the sites' permission is asked before any await). */
  onSubscribe: (source: StarterSource) => void;
  onOpmlFile: (file: File) => void;
  /** Called synchronously from the click, with the chosen feed addresses. */
  onOpmlSubscribe: (urls: string[]) => void;
  onOpmlCancel: () => void;
  onOpmlExport: () => void;
  opml: OpmlPreview | null;
  busy: boolean;
  /**
   * The outcome of the last action started here (a starter source's Subscribe, an OPML file read or its
   * subscriptions), said in this card: beside the button pressed, not in the Feeds card a screen away on a
   * narrow window (optional).
   */
  message?: { text: string; error: boolean } | null;
}

const GROUPS: Array<{ title: string; kinds: StarterSource['kind'][] }> = [
  { title: 'Wire services', kinds: ['wire service'] },
  { title: 'Public broadcasters', kinds: ['public broadcaster'] },
  { title: 'Papers, magazines and broadcasters', kinds: ['newspaper', 'magazine', 'broadcaster'] },
];

function describe(s: StarterSource): string {
  const lang = s.language.toUpperCase();
  return [s.country, lang, s.leaning].filter(Boolean).join(' · ');
}

/**
 * The feeds of an OPML file, to choose from. A feed already subscribed to is listed as such, unchecked and not
 * offered again (a list exported from here and read back names every current subscription; "Subscribe to N
 * feeds" must count only new ones).
 */
function OpmlChooser({ opml, subscribed, onSubscribe, onCancel, busy }: { opml: OpmlPreview; subscribed: ReadonlySet<string>; onSubscribe: (urls: string[]) => void; onCancel: () => void; busy: boolean }) {
  const [off, setOff] = useState<Set<string>>(new Set());
  const chosen = opml.feeds.filter((f) => !off.has(f.url) && !subscribed.has(f.url)).map((f) => f.url);
  const already = opml.feeds.filter((f) => subscribed.has(f.url)).length;
  return (
    <fieldset class="px-opml-choice">
      <legend>
        <SafeText text={opml.name} />: {plural(opml.feeds.length, 'feed')}
        {opml.skipped ? ` (${opml.skipped} skipped: duplicate or not a web address)` : ''}
      </legend>
      <ul aria-label="Feeds in the OPML file">
        {opml.feeds.map((f) => (
          <li key={f.url}>
            <label class="px-small">
              <input
                type="checkbox"
                checked={!off.has(f.url) && !subscribed.has(f.url)}
                disabled={subscribed.has(f.url)}
                onChange={(e) => {
                  const next = new Set(off);
                  if (e.currentTarget.checked) next.delete(f.url);
                  else next.add(f.url);
                  setOff(next);
                }}
              />{' '}
              <SafeText text={f.title ?? f.url} /> <SafeText class="px-muted" text={f.title ? f.url : ''} />
              {subscribed.has(f.url) && <span class="px-muted"> — already subscribed</span>}
            </label>
          </li>
        ))}
      </ul>
      <p class="px-muted px-small">
        {already === opml.feeds.length
          ? `You are subscribed to ${opml.feeds.length === 1 ? 'this feed' : `all ${opml.feeds.length} of these feeds`} already.`
          : 'Subscribing asks your browser, once, to let Parallax read the sites of the chosen feeds.'}
      </p>
      <div class="px-inline-form">
        <button type="button" class="px-button px-button--primary" disabled={busy || chosen.length === 0} onClick={() => onSubscribe(chosen)}>
          Subscribe to {plural(chosen.length, 'feed')}
        </button>
        <button type="button" class="px-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

export function SourcesPanel(props: SourcesPanelProps) {
  const { sources, subscribed, onSubscribe, busy, opml } = props;
  return (
    <section class="px-card" aria-labelledby="px-sources-title">
      <div class="px-card-head">
        <h2 id="px-sources-title">Sources</h2>
      </div>
      <details class="px-sources">
        <summary>Starter sources ({sources.length} public feeds)</summary>
        <p class="px-muted px-small">
          Major outlets across countries, languages and editorial leanings. Nothing is fetched until you subscribe; each
          Subscribe asks your browser to let Parallax read that outlet's sites (its feed, and the pages of items the feed
          gives only as a summary).
        </p>
        {GROUPS.map((g) => {
          const list = sources.filter((s) => g.kinds.includes(s.kind));
          if (!list.length) return null;
          return (
            <div key={g.title}>
              <h3 class="px-small">{g.title}</h3>
              <ul class="px-feeds" aria-label={g.title}>
                {list.map((s) => {
                  const on = subscribed.has(s.feed);
                  return (
                    <li key={s.feed} class="px-feed">
                      <div class="px-feed-main">
                        <SafeText class="px-feed-title" text={s.name} />
                        <span class="px-muted px-small">{describe(s)}</span>
                      </div>
                      <button type="button" class="px-button" disabled={busy || on} onClick={() => onSubscribe(s)} aria-label={on ? `Subscribed to ${s.name}` : `Subscribe to ${s.name}`}>
                        {on ? 'Subscribed' : 'Subscribe'}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </details>
      <LiveMessage message={props.message ?? null} />

      <div class="px-inline-form">
        <button type="button" class="px-button" onClick={() => document.getElementById('px-opml-input')?.click()} disabled={busy}>
          Import OPML…
        </button>
        <input
          id="px-opml-input"
          class="px-visually-hidden"
          tabIndex={-1}
          aria-label="OPML file"
          type="file"
          accept=".opml,.xml,text/x-opml,application/xml,text/xml"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) props.onOpmlFile(f);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" class="px-button" onClick={props.onOpmlExport} disabled={subscribed.size === 0}>
          Export subscriptions (OPML)
        </button>
      </div>
      {opml && <OpmlChooser opml={opml} subscribed={subscribed} onSubscribe={props.onOpmlSubscribe} onCancel={props.onOpmlCancel} busy={busy} />}
    </section>
  );
}
