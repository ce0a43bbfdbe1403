/**
 * The life of one copy of the content script in a page, kept entirely in the content script's
 * isolated world: nothing here touches the page's DOM events or `window.postMessage`, so a page can
 * neither learn the extension's id from it nor stop it.
 *
 * Why not WXT's ContentScriptContext: it announces every start with a DOM CustomEvent (and, unless
 * told otherwise, a `window.postMessage`) named `<extension id>:<entrypoint>:wxt:content-script-started`
 * and invalidates itself when it sees one it did not send. The page sees the postMessage (the id), and
 * a page that knows the id — public for a store extension, and Firefox's is the gecko id in the
 * manifest — can dispatch the event itself and disable the script. Here instead:
 *
 * - copies are told apart through a slot on the isolated world's global object, which only the
 *   extension's own scripts share (a copy injected later takes the slot; the older one stops
 *   answering at once and stops watching at its next tick);
 * - a copy whose extension went away (update, reload, removal: `runtime.id` is gone) ends itself;
 * - in-place navigation (single-page sites) is noticed by polling `location.href`, as WXT does.
 *
 * Pure: the global slot, the runtime check, the URL and the timers are passed in (unit-tested).
 */

export interface ScriptLifeEnv {
  /** The isolated world's global object (`globalThis` in the content script). */
  slot: Record<string, unknown>;
  /** False once the extension that injected this copy is gone (`browser.runtime?.id` undefined). */
  runtimeAlive(): boolean;
  /** The page's current address. */
  url(): string;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** How often to look for in-place navigation and for the end of this copy (ms). Default 1000. */
  pollMs?: number;
}

export interface ScriptLife {
  /** True while this copy is the newest and its extension is alive. */
  readonly active: boolean;
  /** True while no newer copy has taken over (an orphaned copy still owns the page's marks). */
  readonly newest: boolean;
  /** Calls back when the page's address changes without a page load. */
  onLocationChange(cb: (url: string) => void): void;
  /** Calls back once when this copy stops (a newer copy took over, or the extension went away). */
  onEnd(cb: (why: 'replaced' | 'orphaned') => void): void;
  /** Stops this copy now. */
  end(why?: 'replaced' | 'orphaned'): void;
}

export const SLOT_KEY = '__parallaxContentScript';

let counter = 0;

export function startScriptLife(env: ScriptLifeEnv): ScriptLife {
  const me = `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2)}`;
  env.slot[SLOT_KEY] = me;
  const isNewest = () => env.slot[SLOT_KEY] === me;

  let ended = false;
  const endListeners: Array<(why: 'replaced' | 'orphaned') => void> = [];
  const locationListeners: Array<(url: string) => void> = [];
  let lastUrl = env.url();

  const end = (why: 'replaced' | 'orphaned' = isNewest() ? 'orphaned' : 'replaced') => {
    if (ended) return;
    ended = true;
    env.clearInterval(timer);
    for (const cb of endListeners.splice(0)) {
      try {
        cb(why);
      } catch {
        // one listener's failure must not keep the others from cleaning up
      }
    }
    // Free the slot only if it is still ours (a newer copy keeps its own).
    if (isNewest()) delete env.slot[SLOT_KEY];
  };

  const tick = () => {
    if (!isNewest()) return end('replaced');
    if (!env.runtimeAlive()) return end('orphaned');
    const now = env.url();
    if (now !== lastUrl) {
      lastUrl = now;
      for (const cb of locationListeners) cb(now);
    }
  };
  const timer = env.setInterval(tick, env.pollMs ?? 1000);

  return {
    get active() {
      return !ended && isNewest() && env.runtimeAlive();
    },
    get newest() {
      return isNewest();
    },
    onLocationChange(cb) {
      locationListeners.push(cb);
    },
    onEnd(cb) {
      if (ended) cb(isNewest() ? 'orphaned' : 'replaced');
      else endListeners.push(cb);
    },
    end,
  };
}
