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
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

function measure() {
  const appJsonPath = path.join(weappDir, 'app.json')
  if (!existsSync(appJsonPath)) throw new Error(`no weapp build at ${weappDir}: run npm run build:weapp first`)
  const appJson = AppJson.parse(JSON.parse(readFileSync(appJsonPath, 'utf8')))
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
