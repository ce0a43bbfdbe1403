/** Rows read first (newest first) so the table shows them before the whole corpus is read. */
export const FIRST_ROWS = 100;
