import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/** PostgreSQL majors TestDatabases knows, newest first. */
const POSTGRES_IDS: TestDatabaseId[] = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
];

function connectionStringVariable(id: TestDatabaseId): string {
  return `BACKSTAGE_TEST_DATABASE_${id.replace('_', '')}_CONNECTION_STRING`;
}

/**
 * The PostgreSQL to test against: the major whose connection string is set
 * (scripts/with-postgres.sh sets the one of the server it starts), else 15.
 */
export function postgresTestDatabaseId(): TestDatabaseId {
  return (
    POSTGRES_IDS.find(id => process.env[connectionStringVariable(id)]) ??
    'POSTGRES_15'
  );
}

/**
 * Under CI every database-backed test must also run on PostgreSQL: fail
 * loudly instead of quietly testing SQLite alone.
 */
export function failUnderCiWithoutPostgres(
  what: string,
  variables: string[],
): void {
  if (process.env.CI && !variables.some(name => process.env[name])) {
    throw new Error(
      `${what} must run against PostgreSQL when CI is set, but none of ${variables.join(
        ', ',
      )} is set; run the tests through scripts/with-postgres.sh`,
    );
  }
}

/**
 * SQLite always, plus PostgreSQL when a server is configured (required under
 * CI). Docker is never used: the server comes from the environment.
 */
export function createTestDatabases(what: string): TestDatabases {
  const postgresId = postgresTestDatabaseId();
  failUnderCiWithoutPostgres(what, [connectionStringVariable(postgresId)]);
  return TestDatabases.create({
    ids: [postgresId, 'SQLITE_3'],
    disableDocker: true,
  });
}

/** Environment variables that may hold a PostgreSQL connection string. */
export const POSTGRES_URL_VARIABLES = [
  'PG_TEST_URL',
  connectionStringVariable(postgresTestDatabaseId()),
];

/** A PostgreSQL connection string from the environment, if any. */
export function postgresConnectionString(): string | undefined {
  return (
    POSTGRES_URL_VARIABLES.map(name => process.env[name]).find(Boolean) ||
    undefined
  );
}
