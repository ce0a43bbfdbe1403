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
import type { DiffPart } from '../../lib/types';
import { formatDate } from '../../lib/sidebar/view';
import { shortTitle } from '../../lib/outlets';

/** Words of an unknown-outlet article's title shown as its name on a card (the whole title on hover). */
const NAME_WORDS = 12;

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
/**
 * A card's sentence with the parts the other side lacks marked (a second fact inside a sentence
 * whose main fact is told elsewhere): each part is a <mark>, and a screen reader hears where a
 * marked part starts and ends. Without spans (the whole sentence is new) the text as it is.
 */
export function NovelText(props: { text: string; novel?: ReadonlyArray<{ start: number; end: number }>; label?: string }) {
  const { text } = props;
  const spans = (props.novel ?? [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return <>{text}</>;
  const parts: ComponentChildren[] = [];
  let at = 0;
  spans.forEach((s, n) => {
    if (s.start < at) return; // overlapping spans from another producer: keep the first
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark class="px-novel" key={n}>
        <span class="px-visually-hidden">[{props.label ?? 'marked'}: </span>
        {text.slice(s.start, s.end)}
        <span class="px-visually-hidden">]</span>
      </mark>,
    );
    at = s.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The line under a card whose sentence is marked: the rest of the sentence is told elsewhere. */
export function NovelHint(props: { novel?: ReadonlyArray<unknown>; children: ComponentChildren }) {
  if (!props.novel || props.novel.length === 0) return null;
  return <p class="px-novel-hint">{props.children}</p>;
}

export function HereFact(props: {
  i: number;
  text: string;
  novel?: ReadonlyArray<{ start: number; end: number }>;
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
      <span class="px-here-text">
        <NovelText text={props.text} novel={props.novel} label="missing elsewhere" />
      </span>
      {props.status === 'missing' && (
        <span class="px-here-status" role="status">
          Not found in the page
        </span>
      )}
    </button>
  );
}

/**
 * Who speaks a card's sentence, when it lies in a quote that does not name its speaker (the report's `speaker`): said
 * as the quote trace says it ("Said by …", TraceView). Nothing when the report gives no speaker.
 */
export function Speaker(props: { name?: string }) {
  if (!props.name) return null;
  return (
    <p class="px-speaker" data-field="speaker">
      Said by {props.name}
    </p>
  );
}

/**
 * Outlet name, linked title, date ("undated" when none, and how far from this article's date when
 * that is further than one event's news runs, Source.apart): who said it, and when. An article of unknown outlet is named by its short
 * title (never a row of identical "Unknown outlet"s), and its title is not repeated.
 */
export function SourceName(props: { source: Source; showTitle?: boolean }) {
  const { source } = props;
  const href = safeHref(source.url);
  const date = formatDate(source.date);
  // Unknown outlet: the article's title names it (lists of names use the short title, view.ts); a long
  // title (a plain-text file's first line can be a paragraph) is cut to its first words, whole on hover.
  const named = source.name !== source.outlet;
  const label = named ? shortTitle(source.title || source.name, NAME_WORDS) : source.name;
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
      {' · '}
      {date ? <time dateTime={source.date ?? undefined}>{date}</time> : <span class="px-undated">undated</span>}
      {source.apart && (
        <>
          {' · '}
          <strong class="px-apart">{source.apart}</strong>
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
 * known) once, then each sentence. A sentence equal to `sameAs` (already shown above) is not repeated:
 * a short line says the text above is that outlet's.
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
                {s.text.trim() !== same ? (
                  <>
                    <blockquote class="px-sentence">{s.text}</blockquote>
                    <Speaker name={s.speaker} />
                  </>
                ) : (
                  // Not repeated, but said: else this outlet reads as if it gave only a title (audit62 §4 cause 8: say whose words).
                  <p class="px-told">The sentence at the top is its own.</p>
                )}
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

/** A word-level difference: removed words struck through, added words underlined, each also said in words. */
export function Diff(props: { parts: DiffPart[] }) {
  return (
    <p class="px-tr-diff">
      {props.parts.map((p, k) =>
        p.op === 'equal' ? (
          <span key={k}>{p.text}</span>
        ) : p.op === 'delete' ? (
          <del key={k} class="px-tr-del">
            <span class="px-visually-hidden">[removed: </span>
            {p.text}
            <span class="px-visually-hidden">]</span>
          </del>
        ) : (
          <ins key={k} class="px-tr-ins">
            <span class="px-visually-hidden">[added: </span>
            {p.text}
            <span class="px-visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
