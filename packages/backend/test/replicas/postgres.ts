import { knex as knexFactory, Knex } from 'knex';

/** A connection to one database of the server at `serverUrl`. */
export function connectTo(serverUrl: string, database: string): Knex {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: 3 },
  });
}

/** Drops every database whose name starts with `prefix`. */
export async function dropDatabases(
  serverUrl: string,
  prefix: string,
): Promise<void> {
  const admin = connectTo(serverUrl, 'postgres');
  try {
    const rows: Array<{ datname: string }> = await admin('pg_database')
      .select('datname')
      .where('datname', 'like', `${prefix.replace(/_/g, '\\_')}%`);
    for (const { datname } of rows) {
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    }
  } finally {
    await admin.destroy();
  }
}
