import { Knex } from 'knex';

/** Ids are positive integers; anything else names no row. */
export function rowId(id: string): number | undefined {
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : undefined;
}

/** Deletes the row with that id; false when there is none. */
export async function deleteRow(
  db: Knex,
  table: string,
  id: string,
): Promise<boolean> {
  const key = rowId(id);
  return key !== undefined && (await db(table).where('id', key).delete()) > 0;
}

/** A timestamp column as read back: a Date (PostgreSQL) or text (SQLite). */
export function isoTimestamp(value: Date | string | number): string {
  return new Date(value).toISOString();
}
