/**
 * What bench/panel-time.ts and bench/browser.ts read from one side panel load: the controller's
 * User Timing marks and measures (lib/sidebar/controller.ts MARKS, `parallax:db:*`) and when the
 * first report section entered the DOM (a MutationObserver installed before the page's scripts).
 */

/** Init script for the panel page: records `window.__dom.report` when `[data-section]` first appears. */
export const OBSERVE = `(() => {
  window.__name = window.__name || ((f) => f);
  window.__dom = {};
  new MutationObserver(() => {
    if (window.__dom.report === undefined && document.querySelector('[data-section]')) window.__dom.report = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Evaluated in the panel page (times from its navigation start, ms); NaN for a mark not set. */
export const READ_MARKS = () => {
  const at = (n: string) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
  // The page's arrival: main.tsx's early request marks it as it comes (it may come before the
  // controller takes it in); otherwise the controller's own mark.
  const arrived = at('parallax:page-arrived');
  const text = Number.isNaN(arrived) ? at('parallax:page-text') : Math.min(arrived, at('parallax:page-text'));
  const reads = performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('parallax:db:') && m.startTime >= text)
    .reduce((s, m) => s + m.duration, 0);
  return {
    text,
    ingested: at('parallax:ingested'),
    corpus: at('parallax:corpus'),
    compared: at('parallax:compared'),
    report: at('parallax:report'),
    reads,
    dom: (window as unknown as { __dom: { report: number } }).__dom.report,
  };
};

/** Ready to read: the report is in the DOM and its mark is set. */
export const REPORT_SHOWN = () =>
  (window as unknown as { __dom: { report?: number } }).__dom.report !== undefined && performance.getEntriesByName('parallax:report').length > 0;
