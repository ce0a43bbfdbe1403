/**
 * cards43: the next fresh blind judgment of "Left out by others" cards on Multi-News held stories no card audit has
 * read (docs/notes/cards43.md): positions 53..64 of the held walk (audit31 read 1..16, cards40 17..28, cards41
 * 29..40, cards42 41..52). Same protocol and functions as bench/cards40-held.ts:
 *
 *   npx tsx bench/cards43-held.ts --dump=/tmp/x.json        # this code tree's top-5 left-out cards (text: keep in /tmp)
 *   npx tsx bench/cards43-held.ts --sheet A.json B.json      # the union, by story then hash (no side shown), to judge blind
 *   npx tsx bench/cards43-held.ts --score A.json [B.json…]   # strict / lenient against bench/data/cards43-held.tsv
 */
import { heldMain, READ, SKIP } from './cards40-held.ts';

await heldMain(SKIP + 3 * READ, READ, 'bench/data/cards43-held.tsv');
