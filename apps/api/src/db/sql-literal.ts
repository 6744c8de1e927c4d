/** Writes a value as an SQLite literal, for SQL that must stand alone in a file (the seed); queries bind parameters instead. */

/**
 * @example sqlLiteral("Sả Hồ") // "'Sả Hồ'"
 * @example sqlLiteral("O'Neil") // "'O''Neil'"
 * @example sqlLiteral(null) // 'NULL'
 */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as an SQL literal`);
    return String(value);
  }
  if (value.includes('\u0000')) throw new RangeError('cannot write a NUL character in an SQL literal');
  return `'${value.replaceAll("'", "''")}'`;
}
