/** The corpus database's name; apart from lib/store/db.ts so a page can name it without loading Dexie (lib/store/first-rows.ts). */
export const DB_NAME = 'parallax';
