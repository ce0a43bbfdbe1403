/** The Parallax wordmark shown at the top of the sidebar and the corpus manager (styles: theme.css). */
export function Brand() {
  return (
    <p class="px-brand">
      <span class="px-brand-mark" aria-hidden="true">
        ∥
      </span>{' '}
      Parallax
    </p>
  );
}
