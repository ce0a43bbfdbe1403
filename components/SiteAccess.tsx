/**
 * Access to pages, as the reader sees it. By default Parallax reads only a page the reader opens it
 * on (toolbar button, Alt+Shift+L, "Trace quote": activeTab). Reading every tab the reader switches
 * to, without a click, is an opt-in: `AllSitesAccess` explains it and asks the browser for the
 * optional http(s) access (inside the click, as both browsers require). `PageAccess` is what the
 * panel shows when it cannot read the tab in front of it: what to do, never a silent failure.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasAllSitesAccess, isNoAccessError, onAccessChanged, requestAllSitesAccess } from '../lib/extension/platform';

export const FOLLOW_REASON = 'Let the panel follow every tab without a click.';

/** The opt-in: a button with its reason, or a line saying it is on. */
export function AllSitesAccess(props: { onGranted?(): void; compact?: boolean }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => void hasAllSitesAccess().then((g) => live && setGranted(g));
    check();
    const off = onAccessChanged(check);
    return () => {
      live = false;
      off();
    };
  }, []);

  const ask = () => {
    setError(null);
    // Synchronously in the click: the browser refuses a request made after an await.
    requestAllSitesAccess().then(
      (ok) => {
        setGranted(ok);
        if (ok) props.onGranted?.();
        else setError('Not allowed: Parallax still reads a page only when you click its button there.');
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  if (granted === null) return null;
  if (granted) {
    return (
      <p class="px-access px-access--on" data-access="all-sites">
        The panel follows every tab: Parallax may read each http(s) page you open while it is open.
        Nothing is sent anywhere. You can withdraw this in the browser’s settings for extensions.
      </p>
    );
  }
  const control = (
    <>
      <button type="button" class="px-button" onClick={ask} data-access={props.compact ? 'on-click' : undefined}>
        {FOLLOW_REASON}
      </button>
      {error && (
        <p class="px-access-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
  if (props.compact) return control;
  return (
    <div class="px-access" data-access="on-click">
      <p class="px-access-text">
        Parallax reads a page only when you open it there (toolbar button, Alt+Shift+L or “Trace
        quote”). To have the panel follow you from tab to tab without a click, allow it to read
        the pages you open; nothing is sent anywhere.
      </p>
      {control}
    </div>
  );
}

/**
 * The panel's message for a tab it cannot read, with what the reader can do about it. Not a live region
 * itself: the panel's region around its state says it (components/sidebar/Sidebar.tsx).
 */
export function PageAccess(props: { detail: string; onRetry(): void }) {
  const noAccess = isNoAccessError(props.detail);
  return (
    <div class="px-state" data-state="unreachable" data-reason={noAccess ? 'no-access' : 'closed'}>
      <p class="px-state-title">Parallax cannot read this page.</p>
      {noAccess ? (
        <>
          <p class="px-state-detail">
            Parallax reads a page only when you ask: click the Parallax button in the toolbar (or press
            Alt+Shift+L) on this page, and the panel reads it. Browser pages (chrome:// or about:
            pages, the extension store, PDF viewers) stay closed to extensions.
          </p>
        </>
      ) : (
        <p class="px-state-detail">
          Browser pages (such as chrome:// or about: pages, the extension store and built-in PDF
          viewers) are closed to extensions. If this is a web page that was open before Parallax was
          installed or updated, reload it and try again.
        </p>
      )}
      <div class="px-actions">
        {noAccess && <AllSitesAccess onGranted={props.onRetry} compact />}
        <button type="button" class="px-button" onClick={props.onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}

/** The corpus manager's card for the same opt-in. */
export function SiteAccessCard() {
  return (
    <section class="px-card" aria-labelledby="px-access-title" data-card="site-access">
      <div class="px-card-head">
        <h2 id="px-access-title">Reading pages</h2>
      </div>
      <AllSitesAccess />
    </section>
  );
}
