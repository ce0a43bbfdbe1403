/**
 * Windows-1252 maps bytes 0x80–0x9F to these characters. A UTF-8 text decoded as cp1252 shows its
 * continuation bytes as them (`’` = E2 80 99 → "â€™"). Bytes cp1252 leaves undefined (81 8D 8F 90 9D)
 * come through as the C1 control of the same value when the text was decoded as latin-1.
 */
export const CP1252_HIGH: Record<number, string> = {
  0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020',
  0x87: '\u2021', 0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
  0x8e: '\u017D', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022',
  0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02DC', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A',
  0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178',
};
