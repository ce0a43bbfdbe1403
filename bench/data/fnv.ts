/** FNV-1a (32-bit) of a string's UTF-16 code units: the text-blind order and dev / held splits of the bench sets. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Eight-word shingles of a text (lower case, words only), hashed: how an article another source also holds is found. */
export function shingles(text: string): number[] {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: number[] = [];
  for (let i = 0; i + 8 <= w.length; i++) out.push(fnv1a(w.slice(i, i + 8).join(' ')));
  return out;
}
