/**
 * cards41: the next fresh blind judgment of "Left out by others" cards on Multi-News held stories no card audit has
 * read (docs/notes/cards41.md): positions 29..40 of the held walk (audit31 read 1..16, cards40 17..28). Same protocol
 * and functions as bench/cards40-held.ts:
 *
 *   npx tsx bench/cards41-held.ts --dump=/tmp/x.json        # this code tree's top-5 left-out cards (text: keep in /tmp)
 *   npx tsx bench/cards41-held.ts --sheet A.json B.json      # the union, by story then hash (no side shown), to judge blind
 *   npx tsx bench/cards41-held.ts --score A.json [B.json…]   # strict / lenient against bench/data/cards41-held.tsv
 */
import { heldMain, READ, SKIP } from './cards40-held.ts';

await heldMain(SKIP + READ, READ, 'bench/data/cards41-held.tsv');
