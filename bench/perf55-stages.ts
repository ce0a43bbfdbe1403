/**
 * perf55: a CPU profile of compares broken down by stage. Reads a DevTools protocol profile
 * (bench/browser.ts `--fresh-profile FILE`: the bench page's cold compares, code bundled unminified
 * from lib/, so function names are the source's) and gives each sample to the innermost stage
 * function on its stack (the stage lists below; first match from the leaf up), or, with none on it,
 * to the database (a frame inside Dexie's part of the bundle: its request callbacks and promise
 * plumbing, from `--bundle FILE` written by `PX_BENCH_BUNDLE=FILE`), the garbage collector,
 * V8/Blink's own work ("(program)") or "other script". Idle samples (waiting for IndexedDB, timers)
 * are counted apart and are not CPU.
 *
 *   nice npx tsx bench/perf55-stages.ts PROFILE.cpuprofile [--bundle BUNDLE.js] [--top 25]
 *
 * Sampled wall time of the page's main thread: at a high machine load a sample may cover time the
 * thread waited for a core; the shares, not the milliseconds, are what to compare. Not a test.
 */
import { readFileSync } from 'node:fs';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && a.endsWith('.cpuprofile')) ?? args[0]!;
const bundle = optionValue('--bundle', args);
const TOP = Number(optionValue('--top', args) ?? 25);
/** `--within WORD`: also the top self times of the stages whose name holds WORD. */
const WITHIN = optionValue('--within', args);

/** Stage → the engine functions that start it (by source name). Order matters only for ties of depth. */
const STAGES: Array<[string, string[]]> = [
  ['story vectors (doc, names, figures; packing, fingerprint)', ['storyVectors', 'docVector', 'nameVector', 'figureSet', 'titleVector', 'tokensOf', 'textFigures', 'vectorsFingerprint', 'unpackVectors', 'packVectors', 'packedVectorsOf', 'storedVectorsOf', 'storyVectorsOf', 'vectorsInto', 'docOf', 'namesOf', 'figuresOf', 'vectorsToKeep', 'keepStoredVectors']],
  ['unit features (derived per article)', ['featuresOf', 'derivedOf', 'articleFeatures', 'articleFeaturesAfter', 'unitFeatures', 'idfFeatures', 'idfTerms', 'baseFeatures', 'storyFacts', 'idfFacts', 'countedFacts', 'reportFeatures', 'ownFeatures', 'resolvePeople', 'resolveLeadNames']],
  ['unit IDF + weighing', ['unitIdf', 'weighAll', 'prepareVector', 'packPrepared', 'preparedOf', 'addGrams', 'addAll']],
  ['alignment', ['align', 'alignPair', 'packedDot']],
  ['report (build, rank, conflicts, furniture)', ['buildReport', 'rankReport', 'describeConflicts', 'withoutFurniture', 'furnitureOf', 'withoutFurnitureRelations']],
  ['story decision (pool, candidates, probability, closure)', ['findRelated', 'makeStage', 'poolStage', 'storyPool', 'closeStory', 'cohereStory', 'consistStory', 'twoGroups', 'storyProbability', 'queryKeys', 'guessQueryKeys', 'keysOf', 'rankHits', 'detailsDecide', 'relatedStory', 'likelyAsked']],
  ['database calls (lib/store Corpus, read cache)', ['getMany', 'keyIds', 'keyCounts', 'frequentKeys', 'findSame', 'repeatCounts', 'candidates', 'perKey', 'keepVectors', 'prefetch', 'fetch']],
];
const stageOf = new Map<string, string>();
for (const [stage, names] of STAGES) for (const n of names) if (!stageOf.has(n)) stageOf.set(n, stage);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };

// Dexie's lines in the bench bundle: from its first declaration to its last export's line.
let dexie: [number, number] | null = null;
if (bundle) {
  const lines = readFileSync(bundle, 'utf8').split('\n');
  const first = lines.findIndex((l) => l.includes('var extendStatics = function'));
  let last = -1;
  for (let k = lines.length - 1; k >= 0; k--)
    if (lines[k]!.includes('Dexie$1')) {
      last = k;
      break;
    }
  if (first >= 0 && last > first) dexie = [first, last];
}

const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(p.nodes.map((n) => [n.id, n]));

const totals = new Map<string, number>();
const self = new Map<string, number>();
const selfWithin = new Map<string, number>();
let all = 0;
let idle = 0;
for (let k = 0; k < p.samples.length; k++) {
  const dt = (p.timeDeltas[k + 1] ?? 0) / 1000;
  const leaf = byId.get(p.samples[k]!)!;
  const name = leaf.callFrame.functionName;
  if (name === '(idle)') {
    idle += dt;
    continue;
  }
  all += dt;
  let stage: string | null = null;
  if (name === '(garbage collector)') stage = 'garbage collector';
  else if (name === '(program)') stage = '(program): V8 and Blink outside script (compile, IDB results, tasks)';
  else {
    let inDexie = false;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      const s = stageOf.get(f.functionName);
      if (s) {
        stage = s;
        break;
      }
      if (dexie && f.url.includes('px-bench-page') && f.lineNumber >= dexie[0] && f.lineNumber <= dexie[1]) inDexie = true;
    }
    stage ??= inDexie ? 'Dexie (IndexedDB callbacks, promise plumbing)' : 'other script';
  }
  totals.set(stage, (totals.get(stage) ?? 0) + dt);
  const key = leaf.callFrame.url ? `${name || '(anonymous)'} :${leaf.callFrame.lineNumber + 1}` : name;
  self.set(key, (self.get(key) ?? 0) + dt);
  if (WITHIN && stage.includes(WITHIN)) selfWithin.set(key, (selfWithin.get(key) ?? 0) + dt);
}

console.log(`${file}: ${Math.round(all)} ms sampled busy, ${Math.round(idle)} ms idle${dexie ? `; Dexie at bundle lines ${dexie[0] + 1}–${dexie[1] + 1}` : ''}\n`);
console.log('| stage (innermost stage function on the stack) | ms | share of busy |\n|---|---|---|');
for (const [s, t] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`| ${s} | ${Math.round(t)} | ${((100 * t) / all).toFixed(1)} % |`);
console.log(`\nTop ${TOP} self times:`);
for (const [s, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${Math.round(t)} ms  ${((100 * t) / all).toFixed(1)} %  ${s}`);
if (WITHIN) {
  console.log(`\nTop ${TOP} self times within stages matching "${WITHIN}":`);
  for (const [s, t] of [...selfWithin].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${Math.round(t)} ms  ${((100 * t) / all).toFixed(1)} %  ${s}`);
}
