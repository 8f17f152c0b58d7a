import pg from 'pg'

/** Runs one statement (create or drop the bench's database) on the server `adminUrl` names. */
export async function onAdmin(adminUrl: string | undefined, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}
