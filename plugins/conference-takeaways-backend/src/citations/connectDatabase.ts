import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/**
 * The plugin's database client, its schema migrated to the latest version
 * (unless the backend's `database.migrations.skip` says migrations are run
 * elsewhere). The migrations ship in the package's `migrations` directory.
 */
export async function connectDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({
      directory: resolvePackagePath(
        '@conference-takeaways/backstage-plugin-conference-takeaways-backend',
        'migrations',
      ),
    });
  }
  return client;
}

/** A timestamp column as read back: a Date (PostgreSQL) or text (SQLite). */
export function isoTimestamp(value: Date | string | number): string {
  return new Date(value).toISOString();
}
