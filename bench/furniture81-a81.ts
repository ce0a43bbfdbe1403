/**
 * furniture81: audit81's three events (bench/audit81-shots.ts `LOADERS`) judged on audit81's sheet plus the cards the
 * furniture rules bring into a top 5 (bench/data/furniture81-cards.tsv, sheet `a81`, label80's conventions).
 *
 *   ZYTE_HTML_DIR= TMPDIR=… npx tsx bench/furniture81-a81.ts --dump=/tmp/x.json
 *   TMPDIR=… npx tsx bench/furniture81-a81.ts --score A.json [B.json…]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LOADERS } from './audit81-shots.ts';
import { panelAudit } from './audit70-shots.ts';

const both = `${process.env.TMPDIR ?? '/tmp'}/furniture81-a81-cards.tsv`;
const rows = ['bench/data/audit81-cards.tsv', 'bench/data/furniture81-cards.tsv'].flatMap((f, k) => readFileSync(f, 'utf8').trim().split('\n').slice(k === 0 ? 0 : 1));
writeFileSync(both, rows.join('\n') + '\n');
await panelAudit(LOADERS, 'a81', both, process.env.TMPDIR ?? '/tmp/furniture81');
