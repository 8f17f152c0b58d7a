import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { z } from 'zod'

// WeChat allows 2 MB a package; the portal keeps half of that free for the modules still to come.
const kb = 1024
const mainBudget = 1024 * kb
const subpackageBudget = 500 * kb

const weappDir = fileURLToPath(new URL('../../client/dist/weapp/', import.meta.url))
const AppJson = z.object({
  subPackages: z.array(z.object({ root: z.string().min(1) })).optional(),
  subpackages: z.array(z.object({ root: z.string().min(1) })).optional(),
  lazyCodeLoading: z.string().optional(),
})
const JsonObject = z.record(z.string(), z.unknown())

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

function readAppJson() {
  const appJsonPath = path.join(weappDir, 'app.json')
  if (!existsSync(appJsonPath)) throw new Error(`no weapp build at ${weappDir}: run npm run build:weapp first`)
  return AppJson.parse(JSON.parse(readFileSync(appJsonPath, 'utf8')))
}

function measure() {
  const appJson = readAppJson()
  const roots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) => p.root.replace(/\/+$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((root): [string, number] => [root, 0])])
  for (const file of filesUnder(weappDir)) {
    const relative = path.relative(weappDir, file).split(path.sep).join('/')
    const owner = roots.find((root) => relative.startsWith(`${root}/`)) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size)
  }
  return { roots, sizes }
}

test('the weapp build keeps its main package and every subpackage within budget', () => {
  const { roots, sizes } = measure()
  const lines = [...sizes].map(([name, bytes]) => {
    const budget = name === 'main' ? mainBudget : subpackageBudget
    return `${name.padEnd(24)} ${(bytes / kb).toFixed(1).padStart(8)} KB of ${budget / kb} KB`
  })
  console.log(`weapp package sizes\n${lines.join('\n')}`)

  expect(roots.length, 'app.json lists the subpackages').toBeGreaterThan(0)
  expect(sizes.get('main') ?? 0, 'main package').toBeLessThanOrEqual(mainBudget)
  for (const root of roots) {
    const bytes = sizes.get(root) ?? 0
    expect(bytes, `subpackage ${root} has files`).toBeGreaterThan(0)
    expect(bytes, `subpackage ${root}`).toBeLessThanOrEqual(subpackageBudget)
  }
})

test('the jobs and training subpackages are within budget, and the occupation classification loads with each of them, not with the main package', () => {
  const { roots, sizes } = measure()
  // The pages that name or pick occupations: job seeking and posting, and training vouchers.
  const users = ['features/jobs', 'features/training']
  for (const root of users) {
    expect(roots).toContain(root)
    expect(sizes.get(root) ?? 0, `subpackage ${root}`).toBeLessThanOrEqual(subpackageBudget)
  }
  // Codes of the 640-entry table (shared/src/jobs/occupations.ts), first and last: the table is
  // for those pages only, and would cost every visitor of Home its weight in the main package.
  // A module two subpackages share is copied into each (mini.optimizeMainPackage): one copy each.
  const codes = ['4-01-01-00', '6-31-07-03']
  const scripts = filesUnder(weappDir).filter((file) => file.endsWith('.js'))
  const holding = scripts.filter((file) => codes.every((code) => readFileSync(file, 'utf8').includes(code)))
  const relative = holding.map((file) => path.relative(weappDir, file).split(path.sep).join('/'))
  const owners = relative.map((file) => users.find((root) => file.startsWith(`${root}/`)) ?? `main (${file})`)
  expect(owners.sort(), 'the subpackages holding the occupation table, one script each').toEqual(users)
})

test('the weapp json files carry no h5-only keys, and app.json has components injected on demand', () => {
  // Keys of Taro's h5 (lib/page-config.ts) that WeChat's app.json and page.json schemas lack.
  const h5Only = ['usingWindowScroll', 'animation']
  const offending = filesUnder(weappDir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const config = JsonObject.parse(JSON.parse(readFileSync(file, 'utf8')))
      return h5Only.filter((key) => key in config).map((key) => `${path.relative(weappDir, file)}: ${key}`)
    })
  expect(offending, 'h5-only keys in the weapp json').toEqual([])
  expect(readAppJson().lazyCodeLoading).toBe('requiredComponents')
})
