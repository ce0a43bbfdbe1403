/**
 * The options page's first script (opts34): a small classic script in the page's head that starts
 * reading the newest rows as soon as the page is parsed, while the page's modules (Preact, Dexie,
 * the table: ~360 kB in 7 files) are fetched and compiled; the page takes the read
 * (lib/store/first-rows.ts) and shows those rows in its first render.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DB_NAME } from '../lib/store/constants';
import { startFirstRows } from '../lib/store/first-rows';
import { FIRST_ROWS } from './options/first-rows';

export default defineUnlistedScript(() => startFirstRows(DB_NAME, FIRST_ROWS));
