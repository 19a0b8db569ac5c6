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

const variableOf = (id: TestDatabaseId) =>
  `BACKSTAGE_TEST_DATABASE_${id.replace('_', '')}_CONNECTION_STRING`;

/**
 * SQLite always, plus the PostgreSQL whose connection string is set (by
 * scripts/with-postgres.sh). Under CI, PostgreSQL is required: a database
 * test that quietly ran on SQLite alone would prove half of what it claims.
 */
export function createTestDatabases(what: string): TestDatabases {
  const postgres = POSTGRES_IDS.find(id => process.env[variableOf(id)]);
  if (!postgres && process.env.CI) {
    throw new Error(
      `${what} must run against PostgreSQL when CI is set; run them through scripts/with-postgres.sh`,
    );
  }
  return TestDatabases.create({
    ids: postgres ? [postgres, 'SQLITE_3'] : ['SQLITE_3'],
    disableDocker: true,
  });
}
