import { loadConfig } from '../src/config'
import { openDatabase } from '../src/db/client'
import { migrateDatabase } from '../src/db/migrate'
import { contributions, insuredPersons } from '../src/db/schema'
import { seedDemoData } from '../src/db/seed/seed'
import { createDeps } from '../src/platform/create-deps'
import type { Deps } from '../src/platform/deps'

// Run by `npm run bench` in a process of its own, on the engine its environment names (the
// tables a process uses are those of the engine it starts with): migrates the fresh database
// and fills it. Prints the number of contribution rows.

/**
 * A register the size the benchmark reads against: `people` insured persons with `months`
 * months of pension each, beside the demo data (the citizen whose records are read).
 */
async function prepareBenchData(deps: Deps, people: number, months: number): Promise<number> {
  await seedDemoData(deps)
  let rows = 0
  const perTransaction = 1000
  for (let from = 0; from < people; from += perTransaction) {
    await deps.db.transaction(async (tx) => {
      for (let p = from; p < Math.min(people, from + perTransaction); p += 1) {
        const id = `bench-${p}`
        await tx.insert(insuredPersons).values({ id, idNumberIndex: `bench-index-${p}`, idNumberEnc: 'v1.bench', nameEnc: 'v1.bench', regionCode: '330302', retiredFrom: null })
        const batch = Array.from({ length: months }, (_, m) => {
          const month = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
          return {
            id: `${id}-${month}`,
            personId: id,
            month,
            type: 'pension' as const,
            baseFen: 720000,
            personalFen: 57600,
            employerFen: 115200,
            employerName: '温州测试有限公司',
            regionCode: '330302',
          }
        })
        await tx.insert(contributions).values(batch)
        rows += batch.length
      }
    })
  }
  return rows
}

const loaded = loadConfig(process.env)
if (!loaded.ok) throw new Error(loaded.message)
const fresh = openDatabase(loaded.config.database)
await migrateDatabase(fresh)
await fresh.close()
const deps = createDeps(loaded.config)
const rows = await prepareBenchData(deps, Number(process.env.BENCH_PEOPLE ?? 10_000), Number(process.env.BENCH_MONTHS ?? 24))
await deps.db.close()
process.stdout.write(`${rows}\n`)
