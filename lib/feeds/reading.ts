/**
 * "Add what I read" (issue 11 item 7): an opt-in setting that stores every article the reader opens
 * the panel on, through the panel's own "Add this page to the corpus" path (controller.addToCorpus).
 * Off by default. Kept in the corpus database's settings table, so the options page and the panel
 * see the same value (the panel follows changes live).
 */
import type { SidebarState } from '../sidebar/store';

/** Settings key (corpus db `settings` table): true when every article read is added. */
export const ADD_WHAT_I_READ_KEY = 'addWhatIRead';

interface SettingsHolder {
  db: { settings: { get(key: string): Promise<{ value: unknown } | undefined>; put(rec: { key: string; value: unknown }): Promise<unknown> } };
}

export async function getAddWhatIRead(corpus: SettingsHolder): Promise<boolean> {
  return (await corpus.db.settings.get(ADD_WHAT_I_READ_KEY))?.value === true;
}

export async function setAddWhatIRead(corpus: SettingsHolder, on: boolean): Promise<void> {
  await corpus.db.settings.put({ key: ADD_WHAT_I_READ_KEY, value: on });
}

/**
 * True when the panel holds an article that "Add this page" would add now: the comparison is done
 * (a report, or the corpus was empty), the page is not in the corpus, and no add is running or failed
 * (a failed add is not retried on its own; the button stays for the reader). A page refused as not a
 * news article and compared only because the reader said "Compare anyway" is not an article read: the
 * switch promises such pages are never added, so only the reader's own "Add this page" adds it.
 */
export function shouldAutoAdd(state: Pick<SidebarState, 'phase' | 'article' | 'inCorpus' | 'add'> & { anyway?: boolean }): boolean {
  return (
    (state.phase.kind === 'ready' || state.phase.kind === 'empty-corpus') &&
    state.article !== null &&
    state.anyway !== true &&
    state.article.units.length > 0 &&
    state.inCorpus === null &&
    state.add.kind === 'idle'
  );
}

/**
 * Watches the panel's store and adds each article read while `enabled()` says so. Each article
 * (by id) is added at most once per panel, whatever happens after. Returns `check` (call it when
 * the setting turns on, to add the article shown now) and `off` (stop watching).
 */
export function autoAddWhatIRead(
  store: { getState(): SidebarState; subscribe(l: (s: SidebarState) => void): () => void },
  addToCorpus: () => Promise<void> | void,
  enabled: () => boolean,
): { check: () => void; off: () => void } {
  const tried = new Set<string>();
  const check = (s: SidebarState) => {
    if (!enabled() || !shouldAutoAdd(s) || tried.has(s.article!.id)) return;
    tried.add(s.article!.id);
    void addToCorpus();
  };
  const off = store.subscribe(check);
  check(store.getState());
  return { check: () => check(store.getState()), off };
}
