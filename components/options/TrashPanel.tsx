/**
 * The trash: deleted articles, kept for TRASH_DAYS days across reloads and browser restarts, each
 * restorable; emptied only by an explicit, confirmed action. Text only (titles are data).
 */
import { useState } from 'preact/hooks';
import { formatAgo, plural, UNKNOWN_OUTLET } from './format';

export interface TrashItem {
  key: string;
  title: string;
  outlet: string | null;
  deletedAt: number;
}

export interface TrashPanelProps {
  items: TrashItem[];
  /** Days an article stays in the trash before it is removed for good. */
  days: number;
  onRestore: (key: string) => void;
  onEmpty: () => Promise<void>;
  busy: boolean;
  now?: number;
}

export function TrashPanel({ items, days, onRestore, onEmpty, busy, now }: TrashPanelProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="px-card px-trash" aria-labelledby="px-trash-title">
      <div class="px-card-head">
        <h2 id="px-trash-title">Trash</h2>
      </div>
      <p class="px-muted px-small">
        Deleted articles stay here for {days} days, then are removed for good. They are not compared with.
      </p>
      {items.length === 0 ? (
        <p class="px-muted">The trash is empty.</p>
      ) : (
        <>
          <ul class="px-trash-list" aria-label="Deleted articles">
            {items.map((t) => (
              <li key={t.key} class="px-trash-item">
                <span dir="auto" title={t.title}>
                  <bdi>{t.title}</bdi>
                  <span class="px-muted px-small">
                    {' '}
                    · <bdi>{t.outlet ?? UNKNOWN_OUTLET}</bdi> · deleted {formatAgo(t.deletedAt, now)}
                  </span>
                </span>
                <button
                  type="button"
                  class="px-button"
                  onClick={() => onRestore(t.key)}
                  disabled={busy}
                  aria-label={`Restore “${t.title}”`}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
          {!confirming ? (
            <div class="px-button-row">
              <button type="button" class="px-button px-button--danger" onClick={() => setConfirming(true)} disabled={busy}>
                Empty trash…
              </button>
            </div>
          ) : (
            <div class="px-confirm" role="alertdialog" aria-labelledby="px-trash-confirm">
              <p id="px-trash-confirm">Remove {plural(items.length, 'deleted article')} for good? This cannot be undone.</p>
              <div class="px-button-row">
                <button
                  type="button"
                  class="px-button px-button--danger-solid"
                  onClick={async () => {
                    setConfirming(false);
                    await onEmpty();
                  }}
                >
                  Empty trash
                </button>
                <button type="button" class="px-button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
