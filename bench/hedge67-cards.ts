/**
 * hedge67: the judged top-5 Left-out / Added cards of the dev card sheets (bench/cards63-cards.ts), with the engine's
 * own reports saved once, so that document-level evidence that an outlet "missing" a card's sentence tells it in other
 * words can be measured against the sheets' R / P / W verdicts (docs/notes/hedge67.md). Texts go to /tmp only.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/hedge67-cards.ts --save=/tmp/x.json [--only=gvc,mn,c40,c41,c42,c43,wns,pac]
 */
import { writeFileSync } from 'node:fs';
import { cardsOf } from './audit-cards.ts';
import { events } from './cards63-cards.ts';
import { readings } from './cards59-wns.ts';

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
if (opt('save')) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  const out: unknown[] = [];
  for await (const { ev, r } of readings(events(opt('only')?.split(',')))) out.push({ half: ev.half, event: ev.event, cards: cardsOf(ev.event, r), report: r });
  writeFileSync(opt('save')!, JSON.stringify(out));
  console.log(`${out.length} readings`);
}
