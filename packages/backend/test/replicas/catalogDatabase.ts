import { Knex } from 'knex';

/**
 * Holds a lock that stops every session but this one from writing `table`
 * (reads go on) until the returned function is called.
 */
export async function blockWrites(
  db: Knex,
  table: string,
): Promise<() => Promise<void>> {
  const trx = await db.transaction();
  await trx.raw(`LOCK TABLE ?? IN SHARE ROW EXCLUSIVE MODE`, [table]);
  return async () => {
    if (!trx.isCompleted()) {
      await trx.commit();
    }
  };
}

/** Whether a session named `applicationName` waits for a lock in `database`. */
export async function isWaitingForLock(
  db: Knex,
  database: string,
  applicationName: string,
): Promise<boolean> {
  const rows = await db('pg_stat_activity')
    .where({
      datname: database,
      application_name: applicationName,
      wait_event_type: 'Lock',
    })
    .select('pid');
  return rows.length > 0;
}

/** How many entities stored for processing mention `text` in their source. */
export async function countStoredEntitiesMentioning(
  db: Knex,
  text: string,
): Promise<number> {
  const [{ count }] = await db('refresh_state')
    .where('unprocessed_entity', 'like', `%${text}%`)
    .count({ count: '*' });
  return Number(count);
}
