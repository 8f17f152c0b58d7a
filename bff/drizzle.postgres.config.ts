import { defineConfig } from 'drizzle-kit'

// PostgreSQL migrations, generated from the same description as SQLite's.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/postgres.ts',
  out: './src/db/migrations/postgres',
})
