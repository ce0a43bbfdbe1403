/** "Add what I read" (issue 11 item 7): the opt-in switch and its privacy note, in the corpus manager. */
export interface AddWhatIReadProps {
  on: boolean;
  onChange: (on: boolean) => void;
  busy?: boolean;
}

export function AddWhatIReadCard({ on, onChange, busy }: AddWhatIReadProps) {
  return (
    <section class="px-card" aria-labelledby="px-reading-title">
      <div class="px-card-head">
        <h2 id="px-reading-title">Add what I read</h2>
      </div>
      <label class="px-check" for="px-add-what-i-read">
        <input id="px-add-what-i-read" type="checkbox" checked={on} disabled={busy} aria-describedby="px-add-what-i-read-note" onChange={(e) => onChange(e.currentTarget.checked)} />{' '}
        Add every article I open Parallax on to the corpus
      </label>
      <p class="px-muted px-small" id="px-add-what-i-read-note">
        Off unless you turn it on. When on, each news article you open the Parallax panel on is stored in this browser's
        corpus — its address, title, outlet, date and text — as if you had pressed “Add this page to the corpus”, so the
        articles you read later are compared with it. It stays on this device: nothing is sent anywhere. Pages that are
        not articles are never added. Turning it off stops adding; articles already added stay until you delete them
        from the table below.
      </p>
    </section>
  );
}
