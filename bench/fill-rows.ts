/**
 * The synthetic rows of the options-table benchmarks: titles from a Zipf-like vocabulary (so a search
 * matches some titles, not all or none), outlets (one in ten unknown), dates (one in twenty missing),
 * addresses and a two-sentence body, from a seeded generator — row k is the same wherever it is made.
 * bench/options-fill.ts writes them into the extension's database; bench/options-keystroke.ts uses them
 * as summaries in Node.
 */
const WORDS = [
  'harbour', 'strike', 'election', 'volcano', 'minister', 'budget', 'court', 'ferry', 'storm', 'prison',
  'envoy', 'council', 'museum', 'festival', 'bridge', 'hospital', 'school', 'railway', 'market', 'river',
  'café', 'élan', 'senate', 'mayor', 'airport', 'library', 'police', 'union', 'climate', 'energy',
];
const OUTLETS = ['Fox News', 'Reuters', 'AP', 'BBC', 'The Sun', 'Express', 'Guardian', 'Le Monde', 'NYT', 'WSJ'];

export interface FillRow {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string;
  /** One paragraph of two sentences. */
  sentences: [string, string];
}

/** Rows from..from+n-1. */
export function fillRows(from: number, n: number): FillRow[] {
  let seed = 1 + from;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const word = () => WORDS[Math.floor(WORDS.length * rand() ** 2)]!;
  const out: FillRow[] = [];
  for (let k = from; k < from + n; k++) {
    const title = `${word()} ${word()} ${word()} story ${k}`;
    out.push({
      id: `fill-${String(k).padStart(6, '0')}`,
      title: title[0]!.toUpperCase() + title.slice(1),
      outlet: rand() < 0.1 ? null : OUTLETS[k % OUTLETS.length]!,
      date: rand() < 0.05 ? null : `20${20 + (k % 6)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`,
      url: `https://outlet${k % 40}.example/news/${k}`,
      sentences: [`The ${word()} and the ${word()} met on day ${k}.`, `Officials said the ${word()} would follow.`],
    });
  }
  return out;
}
