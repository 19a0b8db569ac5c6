import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

// TestDatabases reads a server's connection string from
// BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING.
const POSTGRES_VARIABLE =
  /^BACKSTAGE_TEST_DATABASE_POSTGRES(\d+)_CONNECTION_STRING$/;

/** The PostgreSQL whose server the environment names, if any. */
function configuredPostgres(): TestDatabaseId | undefined {
  const majors = Object.keys(process.env)
    .map(name => POSTGRES_VARIABLE.exec(name)?.[1])
    .filter(
      (major): major is string =>
        !!major &&
        !!process.env[
          `BACKSTAGE_TEST_DATABASE_POSTGRES${major}_CONNECTION_STRING`
        ],
    );
  return majors.length
    ? (`POSTGRES_${Math.max(...majors.map(Number))}` as TestDatabaseId)
    : undefined;
}

/**
 * SQLite, and the PostgreSQL server the environment names (the repository's
 * test script starts one). Under CI, PostgreSQL is required.
 */
export function citationTestDatabases(what: string): TestDatabases {
  const postgres = configuredPostgres();
  if (!postgres && process.env.CI) {
    throw new Error(
      `${what} must also run on PostgreSQL when CI is set; run them with a server whose connection string is in BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING`,
    );
  }
  return TestDatabases.create({
    ids: postgres ? [postgres, 'SQLITE_3'] : ['SQLITE_3'],
    disableDocker: true,
  });
}
