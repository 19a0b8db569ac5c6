import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

// Our own migrations table: backends that give several plugins one database
// (tests, some deployments) must not mix our migrations with theirs.
const MIGRATIONS_TABLE = 'conference_takeaways_radar__knex_migrations';

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
      tableName: MIGRATIONS_TABLE,
    });
  }
  return client;
}
