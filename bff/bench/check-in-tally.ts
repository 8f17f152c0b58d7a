import { loadConfig } from '../src/config'
import { createDeps } from '../src/platform/create-deps'
import { tallyTrainingClass } from './training-class'

// Run by `npm run bench` after the check-in figure, in a process of its own on the engine its
// environment names (as prepare-data.ts is): prints what the check-ins wrote, as JSON.

const loaded = loadConfig(process.env)
if (!loaded.ok) throw new Error(loaded.message)
const deps = createDeps(loaded.config)
const tally = await tallyTrainingClass(deps)
await deps.db.close()
process.stdout.write(`${JSON.stringify(tally)}\n`)
