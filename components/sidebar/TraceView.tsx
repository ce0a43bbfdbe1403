/**
 * The trace of a quote: the selection, who said it, where it appeared first (with the primary
 * source's own words when an article embeds it), then every other outlet's wording, grouped by
 * outlet, each with a word diff against the selection. Props in, callbacks out; text only (nothing
 * from a page or the corpus is ever inserted as HTML).
 *
 * Diff marks carry words, not just colour: <del>/<ins> with visually hidden "removed:"/"added:"
 * prefixes for screen readers, and strike-through/underline for everyone.
 */
import type { Occurrence, Trace } from '../../lib/types';
import { formatDate, outletList } from '../../lib/sidebar/view';
import { sourceLabel, UNKNOWN_OUTLET } from '../../lib/outlets';
import { groupBySource } from '../../lib/sidebar/trace-groups';
import './trace.css';
import { SafeText } from '../SafeText';
import { Diff } from './bits';

export interface TraceViewProps {
  trace: Trace | null;
  /** The selected text, shown while the trace is loading or failed (optional). */
  selection?: string | null;
  loading: boolean;
  error: string | null;
  onBack(): void;
  /** Open the article an occurrence is in (optional: without it occurrences are not clickable). */
  onOpen?(occ: Occurrence): void;
}

export const EMPTY_TRACE_MESSAGE = 'This quote appears nowhere else in your corpus.';
/** "First appeared" when the earliest dated article is the one the quote was selected in. */
export const ORIGIN_HERE = 'This article';
export { UNKNOWN_OUTLET };

const KIND_LABEL: Record<Occurrence['kind'], string> = {
  exact: 'Same words',
  variant: 'Reworded',
  paraphrase: 'Paraphrase',
};

/** Occurrences grouped by source, in the order of their best occurrence (lib/quotes/trace.ts groupBySource). */
export const groupByOutlet = groupBySource;

function OccurrenceItem(props: { occ: Occurrence; onOpen?(occ: Occurrence): void }) {
  const o = props.occ;
  const date = formatDate(o.date);
  const changed = o.diff.some((p) => p.op !== 'equal');
  return (
    <li class="px-tr-occ" data-id={o.id} data-kind={o.kind}>
      <p class="px-tr-occ-head">
        <span class={`px-badge px-tr-kind px-tr-kind--${o.kind}`}>{KIND_LABEL[o.kind]}</span>
        {/* Every occurrence says its date or "undated", as every source on the cards does (ui32). */}
        <span class="px-tr-date"> · {date ?? <span class="px-undated">undated</span>}</span>
        {o.speaker && <span class="px-tr-occ-speaker"> · {o.speaker}</span>}
      </p>
      <blockquote class="px-tr-text">{o.text}</blockquote>
      {changed && (
        <div class="px-tr-changes">
          <p class="px-tr-changes-label">
            {/* "Same words" with marks: the traced words inside a longer passage, not a change to them. */}
            {o.kind === 'exact' ? 'In a longer passage (its other words marked):' : 'Changes from the traced words:'}
          </p>
          <Diff parts={o.diff} />
        </div>
      )}
      <p class="px-tr-occ-foot">
        {props.onOpen ? (
          <button type="button" class="px-link-button" onClick={() => props.onOpen!(o)}>
            Open “<SafeText text={o.title || o.id} />”
          </button>
        ) : (
          <SafeText class="px-tr-title" text={o.title || o.id} />
        )}
      </p>
    </li>
  );
}

export function TraceView(props: TraceViewProps) {
  const { trace, loading, error } = props;
  const back = (
    <button type="button" class="px-tr-back" onClick={() => props.onBack()}>
      <span aria-hidden="true">← </span>Back to comparison
    </button>
  );
  return (
    // Focusable from script (the panel moves the focus here when a trace opens: a screen reader announces
    // "Quote trace", and the next Tab reaches "Back to comparison").
    <section id="px-trace-view" class="px-trace-view" aria-labelledby="px-tr-heading" aria-busy={loading ? 'true' : 'false'} tabIndex={-1}>
      {back}
      <h2 id="px-tr-heading" class="px-tr-heading">
        Quote trace
      </h2>
      {(trace?.quote ?? props.selection) && <blockquote class="px-tr-selection">{trace?.quote ?? props.selection}</blockquote>}
      {loading && (
        <p class="px-state" role="status">
          Tracing the quote through your corpus…
        </p>
      )}
      {error && !loading && (
        <div class="px-state px-state--error" role="alert">
          <p class="px-state-title">The quote could not be traced.</p>
          <p class="px-state-detail">{error}</p>
        </div>
      )}
      {trace && !loading && !error && <TraceBody trace={trace} onOpen={props.onOpen} />}
    </section>
  );
}

function TraceBody(props: { trace: Trace; onOpen?(occ: Occurrence): void }) {
  const { trace } = props;
  const origin = trace.origin;
  const originOcc = origin ? trace.occurrences.find((o) => o.id === origin.id) : undefined;
  const originDate = origin ? formatDate(origin.date) : null;
  const groups = groupByOutlet(trace.occurrences);
  // "First appeared" is the earliest *dated* article (lib/quotes/trace.ts findOrigin): a source whose
  // copy has no date could be earlier, so the line names those sources rather than claim more.
  const undated = origin && !origin.primary ? groups.filter((g) => g.items.some((o) => !o.date)).map((g) => g.outlet) : [];
  return (
    <>
      <dl class="px-tr-facts">
        <dt>Said by</dt>
        <dd data-field="speaker">{trace.speaker ?? 'Not named in the articles'}</dd>
        <dt>First appeared</dt>
        <dd data-field="origin">
          {origin ? (
            <>
              {/* An origin with no occurrence is the page itself (lib/quotes/trace.ts findOrigin's `from`): never its corpus id. */}
              <SafeText text={originOcc ? sourceLabel(originOcc) : ORIGIN_HERE} />
              {originDate ? `, ${originDate}` : ''}
              {origin.primary && <span class="px-tr-primary-note"> (primary source embedded there)</span>}
              {undated.length > 0 && (
                <span class="px-tr-undated-note" data-field="origin-undated">
                  {' '}
                  (the earliest date found; <SafeText text={outletList(undated.map((name) => ({ name })))} /> {undated.length === 1 ? 'gives' : 'give'} no date and may be
                  earlier)
                </span>
              )}
            </>
          ) : (
            'Unknown (no dated occurrence)'
          )}
        </dd>
      </dl>
      {origin?.primary && (
        <figure class="px-tr-primary">
          <figcaption>
            Primary source{trace.speaker ? `, by ${trace.speaker}` : ''}
            {originDate ? `, ${originDate}` : ''}
          </figcaption>
          <blockquote>{origin.primary}</blockquote>
        </figure>
      )}
      {trace.occurrences.length === 0 ? (
        <p class="px-state px-tr-empty" role="status">
          {EMPTY_TRACE_MESSAGE}
        </p>
      ) : (
        <>
          <h3 class="px-tr-subheading">
            {`Found in ${trace.occurrences.length} ${trace.occurrences.length === 1 ? 'place' : 'places'}, ${groups.length} ${groups.length === 1 ? 'outlet' : 'outlets'}`}
          </h3>
          {groups.map((g) => (
            <section class="px-tr-outlet" data-outlet={g.outlet} aria-label={g.outlet} key={g.key}>
              <h4 class="px-tr-outlet-name">
                <SafeText text={g.outlet} />
                {g.copies.length > 0 && (
                  <span class="px-tr-copies">
                    {' · near-copy in '}
                    <SafeText text={g.copies.join(', ')} />
                  </span>
                )}
              </h4>
              <ul class="px-tr-list">
                {g.items.map((o) => (
                  <OccurrenceItem key={`${o.id}:${o.i}:${o.text}`} occ={o} onOpen={props.onOpen} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
