/** The corpus as a whole: export to one JSON file, import such a file, reset to the seeds, storage used. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StorageUse } from '../../lib/store/corpus';
import { formatBytes, plural } from './format';

export interface ManagePanelProps {
  count: number;
  storage: StorageUse | null;
  /** Whether the browser keeps the corpus under storage pressure (navigator.storage.persist()). */
  persistence?: 'persisted' | 'granted' | 'denied' | 'unsupported' | null;
  onExport: () => void;
  /** Opens the same file picker as "Add articles" (a corpus file is imported like any file). */
  onImportFile: () => void;
  onReset: () => Promise<void>;
  busy: boolean;
  /** Articles in the trash: they still take storage until the trash lets them go (optional). */
  trashCount?: number;
  /**
   * Articles were removed on this page (a reset to the seeds): the browser's figure does not drop at
   * once, it can even grow (Chromium's IndexedDB writes a removal like any write and frees the space
   * when it next compacts its files; docs/notes/ui32.md), so the line says so.
   */
  freedLater?: boolean;
  /**
   * The extension holds the "unlimitedStorage" permission. Chromium then never picks its storage to evict
   * under disk pressure (the quota database's eviction skips origins whose storage is unlimited), even
   * though `navigator.storage.persist()` answers false there; Firefox grants persistence with it.
   * The quota figure is then no limit of Parallax's either, so the line leaves it out.
   */
  unlimited?: boolean;
}

export function ManagePanel({ count, storage, persistence = null, onExport, onImportFile, onReset, busy, trashCount, freedLater, unlimited = false }: ManagePanelProps) {
  const kept = unlimited || persistence === 'persisted' || persistence === 'granted';
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <section class="px-card" aria-labelledby="px-manage-title">
      <div class="px-card-head">
        <h2 id="px-manage-title">Corpus file</h2>
      </div>
      <div class="px-button-row">
        <button type="button" class="px-button" onClick={onExport} disabled={busy || count === 0}>
          Export corpus
        </button>
        <button type="button" class="px-button" onClick={onImportFile} disabled={busy}>
          Import a corpus file…
        </button>
        {!confirming && (
          <button
            type="button"
            class="px-button px-button--danger"
            ref={resetButton}
            onClick={() => setConfirming(true)}
            disabled={busy}
          >
            Reset to seeds…
          </button>
        )}
      </div>
      <p class="px-muted px-small">
        The export is one JSON file holding every article; importing it elsewhere gives the same corpus.
      </p>
      {confirming && (
        <div class="px-confirm" role="alertdialog" aria-labelledby="px-confirm-text">
          <p id="px-confirm-text">
            Replace all {plural(count, 'article')} with the seed articles? Articles you added are removed; export first to
            keep them.
          </p>
          <div class="px-button-row">
            <button
              type="button"
              class="px-button px-button--danger-solid"
              ref={confirmButton}
              onClick={async () => {
                setConfirming(false);
                await onReset();
                resetButton.current?.focus();
              }}
            >
              Replace with seeds
            </button>
            <button
              type="button"
              class="px-button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => resetButton.current?.focus(), 0);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <dl class="px-stats">
        <div>
          <dt>Articles</dt>
          <dd>{count.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Storage used</dt>
          <dd>
            {storage
              ? unlimited
                ? `${formatBytes(storage.usage)} on this device`
                : `${formatBytes(storage.usage)}${storage.quota ? ` of ${formatBytes(storage.quota)} available` : ''}`
              : 'Unknown'}
            {storage && trashCount ? ` (the trash's ${plural(trashCount, 'article')} included)` : ''}
          </dd>
        </div>
        {(persistence || unlimited) && (
          <div>
            <dt>Kept by the browser</dt>
            <dd>{kept ? 'Yes' : persistence === 'denied' ? 'Not guaranteed' : 'Unknown'}</dd>
          </div>
        )}
      </dl>
      {storage && freedLater && (
        <p class="px-muted px-small" id="px-storage-later">
          Storage used does not drop at once after a reset: the browser gives back the space of removed articles later.
        </p>
      )}
      {(persistence || unlimited) && (
        <p class="px-muted px-small" id="px-storage-kept">
          {kept
            ? 'The browser will not clear the corpus to make room on the disk. Removing Parallax from the browser deletes it: export it to keep a copy.'
            : 'The browser may clear the corpus when the disk is full: export it to keep a copy.'}
        </p>
      )}
    </section>
  );
}
