/**
 * Sentence boundaries inside one paragraph. wink-nlp with its English lite model splits news text
 * best of the splitters measured (it keeps "U.S. Secretary", "Mr. Smith", "Jan. 5" whole, where
 * Intl.Segmenter breaks after "Mr." and "Jan."); see scripts/segment-eval notes in the report.
 * Intl.Segmenter is kept as the fallback (non-English text, or if the model fails to load).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
let nlpFailed = false;

function getNlp(): Nlp | null {
  if (nlp || nlpFailed) return nlp;
  try {
    nlp = winkNLP(model, ['sbd']);
  } catch {
    nlpFailed = true;
  }
  return nlp;
}

export type Splitter = 'wink' | 'intl';

/** Sentence spans [start, end) of `text` (trimmed of surrounding spaces), in order, covering all non-space text. */
export function sentenceSpans(text: string, splitter: Splitter = 'wink', lang = 'en'): Array<[number, number]> {
  const pieces: string[] = [];
  const n = splitter === 'wink' && (lang === 'en' || !lang) ? getNlp() : null;
  if (n) {
    n.readDoc(text)
      .sentences()
      .each((s: { out(): string }) => {
        pieces.push(s.out());
      });
  } else {
    const seg = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    for (const s of seg.segment(text)) pieces.push(s.segment);
  }
  // Locate each piece in the original text (the splitter may drop or re-space characters).
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const raw of pieces) {
    const p = raw.trim();
    if (!p) continue;
    let at = text.indexOf(p, cursor);
    if (at < 0) {
      // Fall back to locating by the first few characters.
      at = text.indexOf(p.slice(0, 12), cursor);
      if (at < 0) continue;
    }
    const end = Math.min(text.length, at + p.length);
    spans.push([at, end]);
    cursor = end;
  }
  // Make spans cover the text: each span runs to the start of the next one (minus spaces).
  const out: Array<[number, number]> = [];
  for (let k = 0; k < spans.length; k++) {
    const start = k === 0 ? firstNonSpace(text, 0) : spans[k]![0];
    const nextStart = k + 1 < spans.length ? spans[k + 1]![0] : text.length;
    out.push([start, trimEnd(text, nextStart)]);
  }
  if (!out.length && text.trim()) out.push([firstNonSpace(text, 0), trimEnd(text, text.length)]);
  return out.filter(([a, b]) => b > a);
}

function firstNonSpace(s: string, from: number): number {
  let k = from;
  while (k < s.length && /\s/.test(s[k]!)) k++;
  return k;
}
function trimEnd(s: string, end: number): number {
  let k = end;
  while (k > 0 && /\s/.test(s[k - 1]!)) k--;
  return k;
}
