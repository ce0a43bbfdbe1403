/**
 * Small building blocks of the sidebar: badges, a fact of this article (click → page), a sentence
 * of another article with its outlet, a "Trace" button. Everything renders text; nothing from a
 * page or the corpus is ever inserted as HTML.
 */
import type { ComponentChildren } from 'preact';
import { SafeLink } from '../SafeLink';
import { SafeText } from '../SafeText';
import { displayText } from '../../lib/text/display';
import type { Source, SourceSentence } from '../../lib/sidebar/view';
import { formatDate } from '../../lib/sidebar/view';

export function Badge(props: { children: ComponentChildren; tone?: string; label?: string }) {
  return (
    <span class={`px-badge${props.tone ? ` px-badge--${props.tone}` : ''}`} aria-label={props.label}>
      {props.children}
    </span>
  );
}

/** Only http(s) links are rendered as links: a corpus URL like `javascript:` stays plain text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export const SHOW_IN_PAGE_HINT_ID = 'px-hint-show-in-page';

/** A sentence of the article being read: a button that scrolls the page to it. */
export function HereFact(props: {
  i: number;
  text: string;
  onShow(i: number): void;
  status?: 'pending' | 'found' | 'missing' | null;
}) {
  return (
    <button
      type="button"
      class="px-here"
      aria-describedby={SHOW_IN_PAGE_HINT_ID}
      data-unit={props.i}
      onClick={() => props.onShow(props.i)}
    >
      <span class="px-here-icon" aria-hidden="true">
        ↧
      </span>
      <span class="px-here-text">{props.text}</span>
      {props.status === 'missing' && (
        <span class="px-here-status" role="status">
          Not found in the page
        </span>
      )}
    </button>
  );
}

/**
 * Outlet name, linked title, date: who said it. An article of unknown outlet is named by its short
 * title (never a row of identical "Unknown outlet"s), and its title is not repeated.
 */
export function SourceName(props: { source: Source; showTitle?: boolean }) {
  const { source } = props;
  const href = safeHref(source.url);
  const date = formatDate(source.date);
  // Unknown outlet: the article's title names it (lists of names use the short title, view.ts).
  const named = source.name !== source.outlet;
  const label = named ? source.title || source.name : source.name;
  return (
    <span class="px-source">
      {named && href ? (
        <SafeLink href={href} class="px-outlet px-source-title" title={source.title}>
          {label}
        </SafeLink>
      ) : (
        <bdi class="px-outlet" title={named ? displayText(source.title) : undefined}>
          {displayText(label)}
        </bdi>
      )}
      {props.showTitle !== false && !named && (
        <>
          {' · '}
          <SafeLink href={href} class="px-source-title">
            {source.title || href || ''}
          </SafeLink>
        </>
      )}
      {date && (
        <>
          {' · '}
          <time dateTime={source.date ?? undefined}>{date}</time>
        </>
      )}
      {source.summaryOnly && <span class="px-source-summary"> · summary only</span>}
      {source.copyOf && (
        <>
          {' · '}
          <span class="px-copy-of">
            near-copy of <bdi>{displayText(source.copyOf)}</bdi>
          </span>
        </>
      )}
    </span>
  );
}

/**
 * Sentences of other articles, grouped by article: the outlet and title (linked when the URL is
 * known) once, then each sentence. A sentence equal to `sameAs` (already shown above) is not repeated.
 */
export function SourceList(props: {
  sentences: SourceSentence[];
  sameAs?: string;
  label?: string;
  onTrace?(text: string): void;
  quotesOf?(text: string): string[];
}) {
  const groups: Array<{ source: Source; sentences: SourceSentence[] }> = [];
  for (const s of props.sentences) {
    const g = groups.find((x) => x.source.id === s.source.id);
    if (g) g.sentences.push(s);
    else groups.push({ source: s.source, sentences: [s] });
  }
  const same = props.sameAs?.trim();
  return (
    <ul class="px-sources" aria-label={props.label}>
      {groups.map((g) => (
        <li class="px-source-item" key={g.source.id}>
          <SourceName source={g.source} />
          {g.sentences.map((s) => {
            const quotes = props.onTrace && props.quotesOf ? props.quotesOf(s.text) : [];
            return (
              <div key={s.i}>
                {s.text.trim() !== same && <blockquote class="px-sentence">{s.text}</blockquote>}
                {s.told === 'differently' && <p class="px-told">Same fact, in other words</p>}
                {props.onTrace && quotes.length > 0 && <TraceButtons quotes={quotes} onTrace={props.onTrace} />}
              </div>
            );
          })}
        </li>
      ))}
    </ul>
  );
}

function shorten(text: string, words = 6): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}

/** One small "Trace quote" button per quote found in a sentence. */
export function TraceButtons(props: { quotes: string[]; onTrace(text: string): void }) {
  return (
    <span class="px-trace-row">
      {props.quotes.map((q) => {
        // The accessible name starts with the visible words (WCAG 2.5.3), then gives the whole quote.
        const many = props.quotes.length > 1;
        const label = many ? `Trace “${shorten(q, 4)}”, quote: ${q}` : `Trace quote: ${q}`;
        return (
          <button
            type="button"
            class="px-trace"
            key={q}
            aria-label={label}
            title={`Where else does “${shorten(q, 12)}” appear?`}
            onClick={() => props.onTrace(q)}
          >
            <span aria-hidden="true">❝ </span>Trace
            {many && <span class="px-trace-q"> “{shorten(q, 4)}”</span>}
          </button>
        );
      })}
    </span>
  );
}

