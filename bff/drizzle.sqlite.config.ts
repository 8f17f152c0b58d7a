import { defineConfig } from 'drizzle-kit'

// The embedded default: SQLite migrations, generated from the same description as PostgreSQL's.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/sqlite.ts',
  out: './src/db/migrations/sqlite',
})
