/**
 * Text from a page, a file or a feed (a title, an outlet, an address) as it is shown: bidi controls
 * and zero-width characters removed (lib/text/display.ts) and the rest isolated in `<bdi>`, so a
 * right-to-left title keeps its direction without reordering what stands next to it, and a title
 * holding "\u202Eevil" never displays as "live".
 */
import { displayText } from '../lib/text/display';

export function SafeText(props: { text: string | null | undefined; fallback?: string; class?: string }) {
  const shown = displayText(props.text) || props.fallback || '';
  return <bdi class={props.class}>{shown}</bdi>;
}
