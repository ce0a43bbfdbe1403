/**
 * Keeping the corpus tidy: the retention setting (feed articles kept N days, and/or at most N
 * articles in the corpus), saved, applied after every feed refresh and on demand ("Tidy now").
 * Props in, callbacks out; the rule itself is lib/store/retention.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RetentionPolicy } from '../../lib/store/retention';
import { LiveMessage } from './LiveMessage';

export interface RetentionPanelProps {
  /** The stored setting, or null while it loads. */
  policy: RetentionPolicy | null;
  /** Saves a setting; rejects with a plain message when a value is out of range. */
  onSave: (policy: RetentionPolicy) => Promise<void>;
  /** Applies the stored setting now. */
  onApply: () => void;
  busy: boolean;
  message: { text: string; error: boolean } | null;
  /** Days the trash keeps what retention moves there. */
  trashDays: number;
}

export function RetentionPanel({ policy, onSave, onApply, busy, message, trashDays }: RetentionPanelProps) {
  const [daysOn, setDaysOn] = useState(false);
  const [days, setDays] = useState('30');
  const [maxOn, setMaxOn] = useState(false);
  const [max, setMax] = useState('5000');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // The form follows the stored setting (loaded, or saved from another page).
  useEffect(() => {
    if (!policy) return;
    setDaysOn(policy.days !== null);
    if (policy.days !== null) setDays(String(policy.days));
    setMaxOn(policy.maxArticles !== null);
    if (policy.maxArticles !== null) setMax(String(policy.maxArticles));
  }, [policy?.days, policy?.maxArticles]);

  const dirty =
    !!policy && ((daysOn ? days.trim() : null) !== (policy.days === null ? null : String(policy.days)) || (maxOn ? max.trim() : null) !== (policy.maxArticles === null ? null : String(policy.maxArticles)));
  const on = !!policy && (policy.days !== null || policy.maxArticles !== null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await onSave({ days: daysOn ? (days.trim() === '' ? NaN : Number(days)) : null, maxArticles: maxOn ? (max.trim() === '' ? NaN : Number(max)) : null });
      setSaved(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section class="px-card" aria-labelledby="px-retention-title">
      <div class="px-card-head">
        <h2 id="px-retention-title">Keep the corpus tidy</h2>
      </div>
      <form class="px-retention" onSubmit={(e) => void submit(e)} aria-describedby="px-retention-note">
        <div class="px-retention-row">
          <input id="px-retention-days-on" type="checkbox" checked={daysOn} onChange={(e) => setDaysOn(e.currentTarget.checked)} />
          <label for="px-retention-days-on">Remove feed articles added more than</label>
          <input
            id="px-retention-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            step={1}
            value={days}
            disabled={!daysOn}
            aria-label="Number of days feed articles are kept"
            onInput={(e) => setDays(e.currentTarget.value)}
          />
          <span>days ago</span>
        </div>
        <div class="px-retention-row">
          <input id="px-retention-max-on" type="checkbox" checked={maxOn} onChange={(e) => setMaxOn(e.currentTarget.checked)} />
          <label for="px-retention-max-on">Keep at most</label>
          <input
            id="px-retention-max"
            type="number"
            inputMode="numeric"
            min={10}
            step={1}
            value={max}
            disabled={!maxOn}
            aria-label="Largest number of articles in the corpus"
            onInput={(e) => setMax(e.currentTarget.value)}
          />
          <span>articles (the oldest feed articles go first)</span>
        </div>
        <p id="px-retention-note" class="px-muted px-small">
          Only articles that came from feeds are removed, to the trash (kept {trashDays} days, restorable). The seed
          articles, files and pages you added yourself, and pinned articles are always kept. Applied after every feed
          refresh.
        </p>
        <div class="px-button-row">
          <button type="submit" class="px-button" disabled={busy || !policy || !dirty}>
            Save
          </button>
          <button type="button" class="px-button" onClick={onApply} disabled={busy || !on || dirty}>
            Tidy now
          </button>
        </div>
      </form>
      {error && (
        <p class="px-error" role="alert">
          {error}
        </p>
      )}
      <LiveMessage message={message ?? (!error && saved ? { text: 'Saved.', error: false } : null)} />
    </section>
  );
}

/** The outcome of applying retention, in words. */
export function retentionSummary(r: { trashed: string[]; count: number; overLimit: number } | { error: string }): { text: string; error: boolean } {
  if ('error' in r) return { text: `Could not tidy the corpus: ${r.error}`, error: true };
  const n = r.trashed.length;
  const moved = n === 0 ? 'Nothing to remove.' : `Moved ${n.toLocaleString('en')} feed ${n === 1 ? 'article' : 'articles'} to the trash.`;
  const over = r.overLimit > 0 ? ` The corpus still holds ${r.overLimit.toLocaleString('en')} more than the limit: the rest are seeds, your own or pinned articles.` : '';
  return { text: `${moved}${over} ${r.count.toLocaleString('en')} ${r.count === 1 ? 'article' : 'articles'} in the corpus.`, error: false };
}
