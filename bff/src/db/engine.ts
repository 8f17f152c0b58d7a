export type Engine = 'sqlite' | 'postgres'

export function engineOfUrl(url: string | undefined): Engine {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite'
}

/**
 * The engine this process runs on, fixed when it starts: `DATABASE_URL=postgres://…` selects
 * PostgreSQL, no `DATABASE_URL` the SQLite file. The tables repos import are built for it (see
 * schema.ts), so one process never mixes the two; `openDatabase` refuses a config that disagrees.
 */
export const processEngine: Engine = engineOfUrl(process.env.DATABASE_URL)
