/**
 * The comparison sidebar: page header, state messages, page tools (highlight, add to corpus) and the
 * report's sections. Props in, callbacks out: no browser API, no database (entrypoints/sidepanel
 * wires it to lib/sidebar's controller).
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { SidebarState } from '../../lib/sidebar/store';
import { STEP_LABEL, stepProgress } from '../../lib/sidebar/store';
import type { ReportView } from '../../lib/sidebar/view';
import {
  buildView,
  formatDate,
  highlightCounts,
  outletName,
  plural,
  quotesInUnit,
  relatedSummary,
} from '../../lib/sidebar/view';
import { PageAccess } from '../SiteAccess';
import { SafeText } from '../SafeText';
import { SHOW_IN_PAGE_HINT_ID, safeHref } from './bits';
import type { FactCallbacks } from './Sections';
import { Brand } from '../Brand';
import {
  AddedSection,
  ConflictsSection,
  LeftOutSection,
  NearCopiesSection,
  SectionJump,
  checkCount,
  SharedSection,
} from './Sections';

export interface SidebarActions {
  retry(): void;
  /** Compare a page refused as a non-article all the same (the reader knows it is one). */
  compareAnyway(): void;
  openCorpusManager(): void;
  addToCorpus(): void;
  scrollTo(i: number): void;
  setHighlight(on: boolean): void;
  trace(text: string): void;
}

export const NOT_ARTICLE_MESSAGE = 'This page does not look like a news article.';

export function Sidebar(props: { state: SidebarState; actions: SidebarActions; hidden?: boolean }) {
  const { state } = props;
  const actions = useRefocus(props.actions, state);
  const report = state.phase.kind === 'ready' ? state.report : null;
  const view = report ? buildView(report) : null;
  return (
    <div class="px-sidebar" hidden={props.hidden} ref={actions.ref}>
      <PageHeader state={state} view={view} />
      <main class="px-main" id="px-main">
        <p id={SHOW_IN_PAGE_HINT_ID} hidden>
          Scrolls the page to this sentence and flashes it.
        </p>
        {/* The state's message lands in a polite region that is on the page from the first render (a live
            region inserted together with its text is often not announced); an error is an alert of its own. */}
        <div class="px-live" role="status" data-live="panel">
          {state.phase.kind !== 'error' && <Status state={state} actions={actions} view={view} />}
          {view && view.relatedCount > 0 && <p class="px-visually-hidden">Compared: {relatedSummary(view)}.</p>}
        </div>
        {state.phase.kind === 'error' && <Status state={state} actions={actions} view={view} />}
        {view && report && (
          <>
            <PageTools state={state} actions={actions} view={view} />
            {view.relatedCount > 0 && <ReportSections state={state} actions={actions} view={view} />}
          </>
        )}
      </main>
    </div>
  );
}

/**
 * "Compare anyway", "Check again" and "Try again" remove the button pressed, so the focus falls to the
 * page's body and the next Tab starts again from the top. Once the state they asked for shows, the
 * focus goes to its message (the report: the article's title, its first heading), so a screen reader
 * says what came of the press and the next Tab reaches that state's first control — unless the reader
 * has put the focus somewhere else meanwhile.
 */
function useRefocus(actions: SidebarActions, state: SidebarState) {
  const pending = useRef(false);
  const ref = useRef<HTMLDivElement>(null);
  const wrapped = useMemo(() => {
    const asked = (run: () => void) => () => {
      pending.current = true;
      run();
    };
    return { ...actions, retry: asked(() => actions.retry()), compareAnyway: asked(() => actions.compareAnyway()) };
  }, [actions]);
  const kind = state.phase.kind;
  useEffect(() => {
    if (!pending.current || kind === 'working' || kind === 'idle') return;
    pending.current = false;
    const root = ref.current;
    const doc = root?.ownerDocument;
    const active = doc?.activeElement;
    if (!root || (active && active !== doc.body && active.isConnected)) return;
    const target = root.querySelector<HTMLElement>('.px-main .px-state-title') ?? root.querySelector<HTMLElement>('.px-head h1');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: false });
  }, [state.phase, kind]);
  return { ...wrapped, ref };
}

function PageHeader(props: { state: SidebarState; view: ReportView | null }) {
  const { state, view } = props;
  const article = state.article;
  const title = view?.title ?? article?.title ?? null;
  const outlet = view ? view.outlet : article ? outletName(article.outlet) : null;
  const isoDate = view?.date ?? article?.date ?? null;
  const date = formatDate(isoDate);
  const href = safeHref(view?.url ?? article?.url ?? null);
  return (
    <header class="px-head">
      <Brand />
      {title !== null ? (
        <>
          <h1 class="px-title"><SafeText text={title} fallback="Untitled article" /></h1>
          <p class="px-byline">
            <SafeText class="px-outlet" text={outlet} />
            <span aria-hidden="true"> · </span>
            {date ? <time dateTime={isoDate ?? undefined}>{date}</time> : <span class="px-undated">undated</span>}
            {href && (
              <>
                <span aria-hidden="true"> · </span>
                <span class="px-host">{new URL(href).hostname.replace(/^www\./, '')}</span>
              </>
            )}
          </p>
          {view && <p class="px-summary">{relatedSummary(view)}</p>}
          {state.anyway && (
            <p class="px-spread" data-note="anyway">
              Compared because you asked: this page did not look like a news article.
            </p>
          )}
          {view?.spread && (
            <p class="px-spread">
              This article has no date, and its related articles were published {view.spread.apart} apart ({view.spread.from} to{' '}
              {view.spread.to}): some may tell another event.
            </p>
          )}
        </>
      ) : (
        <h1 class="px-title px-title--muted">Compare this article</h1>
      )}
    </header>
  );
}

function Status(props: { state: SidebarState; actions: SidebarActions; view: ReportView | null }) {
  const { state, actions, view } = props;
  const phase = state.phase;
  const corpusButton = (
    <button type="button" class="px-button" onClick={actions.openCorpusManager}>
      Open the corpus manager
    </button>
  );
  const retryButton = (label = 'Try again') => (
    <button type="button" class="px-button" onClick={actions.retry}>
      {label}
    </button>
  );
  switch (phase.kind) {
    case 'idle':
      return (
        <div class="px-state">
          <p class="px-state-title">Waiting for a page…</p>
        </div>
      );
    case 'working': {
      const progress = stepProgress(phase)!;
      return (
        <div class="px-state px-state--working">
          <p class="px-state-title">{STEP_LABEL[phase.step]}</p>
          <progress
            class="px-progress"
            max={progress.count}
            value={progress.index - 0.5}
            aria-label={`Step ${progress.index} of ${progress.count}`}
          />
          <p class="px-state-detail">
            Step {progress.index} of {progress.count}
            {phase.detail ? ` — ${phase.detail}` : ''}
          </p>
        </div>
      );
    }
    case 'not-article':
      return (
        <div class="px-state" data-state="not-article">
          <p class="px-state-title">{NOT_ARTICLE_MESSAGE}</p>
          <p class="px-state-detail">
            Open a news article and Parallax will compare it with other coverage in your corpus.
          </p>
          {phase.reason && <p class="px-state-reason">Why: {phase.reason}</p>}
          <div class="px-actions">
            <button type="button" class="px-button" onClick={actions.compareAnyway}>
              Compare anyway
            </button>
            {retryButton('Check again')}
          </div>
        </div>
      );
    case 'unreachable':
      return <PageAccess detail={phase.detail} onRetry={actions.retry} />;
    case 'empty-corpus':
      return (
        <div class="px-state" data-state="empty-corpus">
          <p class="px-state-title">Your corpus is empty.</p>
          <p class="px-state-detail">
            Parallax compares this article with the articles kept in your corpus, on this computer. Import
            coverage from other outlets in the corpus manager, or start with this page.
          </p>
          <div class="px-actions">
            {corpusButton}
            <AddButton state={state} actions={actions} />
          </div>
        </div>
      );
    case 'error':
      return (
        <div class="px-state px-state--error" role="alert" data-state="error">
          <p class="px-state-title">The comparison did not work.</p>
          <p class="px-state-detail">{phase.message}</p>
          <div class="px-actions">{retryButton()}</div>
        </div>
      );
    case 'ready':
      if (view && view.relatedCount === 0) {
        const others = state.corpusCount === null ? null : state.corpusCount - (state.inCorpus ? 1 : 0);
        return (
          <div class="px-state" data-state="no-related">
            <p class="px-state-title">No related coverage yet.</p>
            <p class="px-state-detail">
              {others === null
                ? 'No article in your corpus tells this story.'
                : others === 0
                  ? 'This page is the only article in your corpus.'
                  : `None of the ${plural(others, 'other article')} in your corpus tells this story.`}{' '}
              Add coverage of it from other outlets in the corpus manager.
            </p>
            <div class="px-actions">{corpusButton}</div>
          </div>
        );
      }
      return null;
  }
}

function AddButton(props: { state: SidebarState; actions: SidebarActions }) {
  const { state, actions } = props;
  if (!state.article) return null;
  if (state.inCorpus && state.add.kind !== 'added') {
    return <span class="px-in-corpus">✓ This page is in your corpus</span>;
  }
  return (
    <span class="px-add">
      {state.add.kind === 'added' ? (
        <span class="px-in-corpus" role="status">
          ✓ Added to your corpus
        </span>
      ) : (
        <button
          type="button"
          class="px-button"
          onClick={actions.addToCorpus}
          disabled={state.add.kind === 'adding'}
        >
          {state.add.kind === 'adding' ? 'Adding…' : 'Add this page to the corpus'}
        </button>
      )}
      {state.add.kind === 'error' && (
        <span class="px-error" role="alert">
          Could not add this page: {state.add.message}
        </span>
      )}
    </span>
  );
}

function PageTools(props: { state: SidebarState; actions: SidebarActions; view: ReportView }) {
  const { state, actions, view } = props;
  const report = state.report!;
  const counts = highlightCounts(report);
  const hl = state.highlight;
  return (
    <section class="px-tools" aria-label="Page tools">
      <div class="px-tool-row">
        <label class="px-switch">
          <input
            type="checkbox"
            role="switch"
            checked={hl.on}
            disabled={hl.busy}
            aria-describedby="px-legend"
            onChange={(e) => actions.setHighlight((e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="px-switch-track" aria-hidden="true" />
          <span>Highlight in page</span>
        </label>
        <AddButton state={state} actions={actions} />
      </div>
      <p class="px-legend" id="px-legend">
        <span class="px-legend-item">
          <span class="px-swatch px-swatch--unique" aria-hidden="true" /> Only in this article
          {view.nearCopies.length > 0 ? ' or its near-copies' : ''} ({counts.unique})
        </span>{' '}
        <span class="px-legend-item">
          <span class="px-swatch px-swatch--shared" aria-hidden="true" /> Also reported elsewhere ({counts.shared})
        </span>
      </p>
      {hl.on && !hl.busy && hl.anchored !== null && (
        <p class="px-note" role="status">
          Marked {plural(hl.anchored, 'sentence')} in the page.
        </p>
      )}
      {hl.error && (
        <p class="px-error" role="alert">
          {hl.error}
        </p>
      )}
      {state.scroll && state.scroll.found === false && (
        <p class="px-note" role="status">
          That sentence could not be found in the page{state.scroll.error ? `: ${state.scroll.error}` : '.'}
        </p>
      )}
    </section>
  );
}

/**
 * Why Left out is empty when no related article is another outlet's own full reporting: a near-copy
 * reuses this article's text, and a summary leaves nothing out, so "the other outlets report every
 * fact" would claim a coverage nobody gave (audit77).
 */
function nothingToLeaveOut(view: ReportView): string | undefined {
  if (view.independentCount !== 0 || view.relatedCount === 0) return undefined;
  const copies = view.nearCopies.length > 0;
  const summaries = view.sources.some((s) => s.summaryOnly);
  if (copies && !summaries) return "Nothing left out: the related articles reuse this article's text (Near-copies), so they tell its facts in its own words.";
  if (!copies) return 'Nothing to compare with: the related articles are summaries only, and a summary leaves nothing out.';
  return "Nothing left out: the related articles reuse this article's text (Near-copies) or are summaries only.";
}

function ReportSections(props: { state: SidebarState; actions: SidebarActions; view: ReportView }) {
  const { state, actions, view } = props;
  const cb: FactCallbacks = {
    onShow: actions.scrollTo,
    onTrace: actions.trace,
    quotesAt: (i, text) => quotesInUnit(state.article, i, text),
    scroll: state.scroll,
  };
  return (
    <>
      <SectionJump
        counts={{
          added: view.added.length,
          'left-out': view.leftOut.length,
          conflicts: view.conflicts.length - checkCount(view.conflicts),
          'near-copies': view.nearCopies.length,
          shared: view.shared.length,
        }}
        checks={{ conflicts: checkCount(view.conflicts) }}
      />
      <AddedSection items={view.added} cb={cb} />
      <LeftOutSection
        items={view.leftOut}
        cb={cb}
        only={highlightCounts(state.report!).unique}
        copies={view.nearCopies.length > 0}
        emptyWhy={nothingToLeaveOut(view)}
      />
      <ConflictsSection items={view.conflicts} cb={cb} />
      <NearCopiesSection items={view.nearCopies} />
      <SharedSection items={view.shared} cb={cb} copiesOnly={view.sharedOnlyByCopies} />
    </>
  );
}
