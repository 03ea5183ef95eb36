import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

const DATABASE_IDS: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];

/**
 * TestDatabases for SQLite and PostgreSQL. When READINESS_REQUIRE_POSTGRES is
 * set (the README's test command sets it), a missing PostgreSQL fails the
 * test file instead of silently skipping it.
 */
export function createTestDatabases(): {
  databases: TestDatabases;
  ids: TestDatabaseId[];
} {
  const databases = TestDatabases.create({ ids: DATABASE_IDS });
  const ids = databases.eachSupportedId().map(([id]) => id);
  if (process.env.READINESS_REQUIRE_POSTGRES && !ids.includes('POSTGRES_15')) {
    throw new Error(
      'PostgreSQL-backed tests would be skipped: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (scripts/test.sh does this)',
    );
  }
  return { databases, ids };
}
