/**
 * The sidebar's state: one plain object, changed only through `reduce(state, action)`.
 * Nothing here touches the browser or the database; the controller (./controller.ts) runs the
 * flow and dispatches actions, the components draw the state.
 */
import type { Article, Report, Trace } from '../types';

/** The steps of one comparison, in order (for the progress indicator). */
export const STEPS = ['extracting', 'opening', 'comparing'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABEL: Record<Step, string> = {
  extracting: 'Reading the article on this page…',
  opening: 'Opening your corpus…',
  comparing: 'Comparing with other coverage…',
};

export type Phase =
  /** Nothing asked yet (no tab known). */
  | { kind: 'idle' }
  | { kind: 'working'; step: Step; detail: string | null }
  /** The content script answered: this page is not an article. */
  | { kind: 'not-article'; reason: string }
  /** The content script could not be reached (browser pages, pages opened before install…). */
  | { kind: 'unreachable'; detail: string }
  /** The corpus holds no article at all. */
  | { kind: 'empty-corpus' }
  | { kind: 'error'; message: string }
  /** A report is in `state.report` (it may list no related article). */
  | { kind: 'ready' };

export type AddStatus =
  | { kind: 'idle' }
  | { kind: 'adding' }
  | { kind: 'added'; id: string }
  | { kind: 'error'; message: string };

export interface HighlightState {
  on: boolean;
  busy: boolean;
  /** How many sentences the page could anchor, after the last highlight request. */
  anchored: number | null;
  error: string | null;
}

export interface TraceState {
  selection: string;
  trace: Trace | null;
  loading: boolean;
  error: string | null;
}

export interface SidebarState {
  tabId: number | null;
  url: string | null;
  phase: Phase;
  /** The page's article after ingestion (known once extraction worked). */
  article: Article | null;
  /** The reader asked to compare this page though it was refused as not a news article ("Compare anyway"). */
  anyway: boolean;
  report: Report | null;
  /** Id of the corpus article that is this page, or null when the page is not in the corpus. */
  inCorpus: string | null;
  corpusCount: number | null;
  add: AddStatus;
  highlight: HighlightState;
  /** Last scroll-to request: which unit, and whether the page found it. */
  scroll: { i: number; found: boolean | null; error: string | null } | null;
  view: 'compare' | 'trace';
  trace: TraceState | null;
  /** `at` of the last pending trace request handled, so one request is handled once. */
  traceHandledAt: number;
}

export const initialState: SidebarState = {
  tabId: null,
  url: null,
  phase: { kind: 'idle' },
  article: null,
  anyway: false,
  report: null,
  inCorpus: null,
  corpusCount: null,
  add: { kind: 'idle' },
  highlight: { on: false, busy: false, anchored: null, error: null },
  scroll: null,
  view: 'compare',
  trace: null,
  traceHandledAt: 0,
};

export type Action =
  /** A new comparison starts (new tab, navigation, retry): forget the previous page. */
  | { type: 'start'; tabId: number; url: string | null }
  | { type: 'step'; step: Step; detail?: string | null }
  | { type: 'extracted'; article: Article; anyway?: boolean }
  | { type: 'not-article'; reason: string }
  | { type: 'unreachable'; detail: string }
  | { type: 'corpus'; count: number; inCorpus: string | null }
  | { type: 'empty-corpus' }
  | { type: 'report'; report: Report }
  | { type: 'error'; message: string }
  | { type: 'add-start' }
  | { type: 'add-done'; id: string }
  | { type: 'add-error'; message: string }
  | { type: 'highlight-start'; on: boolean }
  | { type: 'highlight-done'; on: boolean; anchored: number | null }
  | { type: 'highlight-error'; message: string }
  | { type: 'scroll'; i: number; found: boolean | null; error?: string | null }
  | { type: 'trace-start'; selection: string; at?: number }
  | { type: 'trace-done'; trace: Trace }
  | { type: 'trace-error'; message: string }
  | { type: 'back' };

export function reduce(state: SidebarState, action: Action): SidebarState {
  switch (action.type) {
    case 'start':
      return {
        ...initialState,
        tabId: action.tabId,
        url: action.url,
        phase: { kind: 'working', step: 'extracting', detail: null },
        // "Highlight in page" is the reader's preference: it stays on from page to page.
        highlight: { ...initialState.highlight, on: state.highlight.on },
        // A trace the reader is looking at stays open across page changes.
        view: state.view,
        trace: state.trace,
        traceHandledAt: state.traceHandledAt,
      };
    case 'step':
      return { ...state, phase: { kind: 'working', step: action.step, detail: action.detail ?? null } };
    case 'extracted':
      return { ...state, article: action.article, anyway: action.anyway === true, url: action.article.url ?? state.url };
    case 'not-article':
      return { ...state, phase: { kind: 'not-article', reason: action.reason } };
    case 'unreachable':
      return { ...state, phase: { kind: 'unreachable', detail: action.detail } };
    case 'corpus':
      return { ...state, corpusCount: action.count, inCorpus: action.inCorpus };
    case 'empty-corpus':
      return { ...state, corpusCount: 0, phase: { kind: 'empty-corpus' } };
    case 'report':
      return { ...state, report: action.report, phase: { kind: 'ready' } };
    case 'error':
      return { ...state, phase: { kind: 'error', message: action.message } };
    case 'add-start':
      return { ...state, add: { kind: 'adding' } };
    case 'add-done':
      return { ...state, add: { kind: 'added', id: action.id }, inCorpus: action.id };
    case 'add-error':
      return { ...state, add: { kind: 'error', message: action.message } };
    case 'highlight-start':
      return { ...state, highlight: { ...state.highlight, on: action.on, busy: true, error: null } };
    case 'highlight-done':
      return {
        ...state,
        highlight: { on: action.on, busy: false, anchored: action.anchored, error: null },
      };
    case 'highlight-error':
      return {
        ...state,
        highlight: { on: false, busy: false, anchored: null, error: action.message },
      };
    case 'scroll':
      return { ...state, scroll: { i: action.i, found: action.found, error: action.error ?? null } };
    case 'trace-start':
      return {
        ...state,
        view: 'trace',
        trace: { selection: action.selection, trace: null, loading: true, error: null },
        traceHandledAt: action.at ?? state.traceHandledAt,
      };
    case 'trace-done':
      return state.trace
        ? { ...state, trace: { ...state.trace, trace: action.trace, loading: false, error: null } }
        : state;
    case 'trace-error':
      return state.trace
        ? { ...state, trace: { ...state.trace, loading: false, error: action.message } }
        : state;
    case 'back':
      return { ...state, view: 'compare', trace: null };
  }
}

export interface Store {
  getState(): SidebarState;
  dispatch(action: Action): void;
  subscribe(listener: (state: SidebarState) => void): () => void;
}

export function createStore(state: SidebarState = initialState): Store {
  const listeners = new Set<(state: SidebarState) => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Selectors on the state itself (report-derived views live in ./view.ts).

/** Position of the current step, 1-based, and the number of steps, for a progress bar. */
export function stepProgress(phase: Phase): { index: number; count: number } | null {
  if (phase.kind !== 'working') return null;
  return { index: STEPS.indexOf(phase.step) + 1, count: STEPS.length };
}

export function isBusy(state: SidebarState): boolean {
  return state.phase.kind === 'working' || state.add.kind === 'adding';
}
