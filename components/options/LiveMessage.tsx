/**
 * The outcome of the last action, said to screen readers too: the polite region is on the page before any
 * message (a live region inserted together with its text is often not announced), an error is an alert.
 */
export function LiveMessage({ message }: { message: { text: string; error: boolean } | null }) {
  return (
    <>
      <div role="status" class="px-live">
        {message && !message.error && <p class="px-note">{message.text}</p>}
      </div>
      {message?.error && (
        <p class="px-error" role="alert">
          {message.text}
        </p>
      )}
    </>
  );
}
