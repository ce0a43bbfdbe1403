/** A short message at the bottom of the page, with an optional action (Undo). Announced politely. */
import { useEffect, useRef } from 'preact/hooks';

export interface ToastData {
  id: number;
  text: string;
  /** Button label and handler; omitted for plain notices. */
  action?: { label: string; run: () => void };
  error?: boolean;
}

export interface ToastProps {
  toast: ToastData | null;
  onDismiss: () => void;
  /** Move keyboard focus to the action when the toast appears (after a delete: Undo is next). */
  focusAction?: boolean;
}

export function Toast({ toast, onDismiss, focusAction = false }: ToastProps) {
  const actionButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.action && focusAction) actionButton.current?.focus();
  }, [toast?.id]);
  return (
    <div class="px-toast-region" role="status" aria-live="polite">
      {toast && (
        <div class={`px-toast${toast.error ? ' px-toast--error' : ''}`}>
          <span class="px-toast-text">{toast.text}</span>
          {toast.action && (
            <button type="button" class="px-button px-toast-action" ref={actionButton} onClick={toast.action.run}>
              {toast.action.label}
            </button>
          )}
          <button type="button" class="px-toast-close" onClick={onDismiss} aria-label="Dismiss message">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
