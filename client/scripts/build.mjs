// `taro build` exits 0 even when its config fails validation, so the output is checked here.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compressH5 } from './compress-h5.mjs'
import { writeServiceWorker } from './service-worker.mjs'

const target = process.argv[2]
const expected = { weapp: 'app.json', h5: 'index.html' }
if (!(target in expected)) {
  console.error(`usage: node scripts/build.mjs <${Object.keys(expected).join('|')}>`)
  process.exit(2)
}

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outputDir = path.join(clientDir, 'dist', target)
rmSync(outputDir, { recursive: true, force: true })

const started = Date.now()
const result = spawnSync('npx', ['taro', 'build', '--type', target], {
  cwd: clientDir,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
})
if (result.status !== 0) process.exit(result.status ?? 1)

const marker = path.join(outputDir, expected[target])
if (!existsSync(marker)) {
  console.error(`build of ${target} produced no ${path.relative(clientDir, marker)}: see the messages above`)
  process.exit(1)
}
if (target === 'h5') {
  // The service worker lists the finished build's files, so it is written after Taro is done (decision 038).
  const precached = await writeServiceWorker(outputDir)
  console.log(`service worker precaches ${precached.count} files, ${(precached.size / 1024).toFixed(1)} KB`)
  // The BFF sends the h5 client's text files as these precompressed variants (decision 034).
  const sizes = await compressH5(outputDir)
  const total = (key) => sizes.reduce((sum, size) => sum + (size[key] ?? size.identity), 0)
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(`precompressed ${sizes.filter((size) => size.br !== undefined).length} files: ${kb(total('identity'))} → gzip ${kb(total('gz'))}, brotli ${kb(total('br'))}`)
}
console.log(`built ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(clientDir, outputDir)}`)
