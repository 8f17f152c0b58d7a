import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import { compressible, minimumBytes } from '../../client/scripts/compress-h5.mjs'

// What a phone downloads: the BFF sends the h5 build's text files as the brotli or gzip
// variants `npm run build:h5` writes beside them (decision 034).
const h5Dir = fileURLToPath(new URL('../../client/dist/h5/', import.meta.url))
const kb = 1024

interface Sizes {
  readonly file: string
  readonly identity: number
  readonly gzip: number | null
  readonly brotli: number | null
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** A file's sizes as sent, each variant checked to hold exactly the file. */
function sizesOf(file: string): Sizes {
  const original = readFileSync(file)
  const variant = (suffix: string, decompress: (data: Buffer) => Buffer): number | null => {
    if (!existsSync(`${file}.${suffix}`)) return null
    const encoded = readFileSync(`${file}.${suffix}`)
    expect(decompress(encoded).equals(original), `${file}.${suffix} holds ${file}`).toBe(true)
    return encoded.length
  }
  return { file: path.relative(h5Dir, file), identity: original.length, gzip: variant('gz', gunzipSync), brotli: variant('br', brotliDecompressSync) }
}

function row(name: string, cells: readonly string[]): string {
  return `${name.padEnd(30)}${cells.map((cell) => cell.padStart(11)).join('')}`
}

function sizesRow(name: string, sizes: readonly Sizes[]): string {
  const sum = (pick: (size: Sizes) => number) => sizes.reduce((total, size) => total + pick(size), 0)
  const inKb = (bytes: number) => `${(bytes / kb).toFixed(1)} KB`
  return row(name, [sum((s) => s.identity), sum((s) => s.gzip ?? s.identity), sum((s) => s.brotli ?? s.identity)].map(inKb))
}

test('the h5 build carries a brotli and a gzip variant of every text file over 1 KB, the first load’s scripts included', () => {
  const indexPath = path.join(h5Dir, 'index.html')
  if (!existsSync(indexPath)) throw new Error(`no h5 build at ${h5Dir}: run npm run build:h5 first`)
  const firstLoad = [...readFileSync(indexPath, 'utf8').matchAll(/(?:src|href)="\/([^"?#]+\.(?:js|css))"/g)].map((match) => path.join(h5Dir, match[1] ?? ''))
  const textFiles = filesUnder(h5Dir).filter((file) => compressible.has(path.extname(file).toLowerCase()))
  const all = textFiles.map(sizesOf)
  const first = firstLoad.map(sizesOf)

  console.log(
    [
      'h5 transfer sizes',
      row('', ['identity', 'gzip', 'brotli']),
      ...first.map((size) => sizesRow(size.file, [size])),
      sizesRow('first load (index.html)', first),
      sizesRow(`all ${all.length} text files`, all),
    ].join('\n'),
  )

  const firstScripts = first.filter((size) => size.file.endsWith('.js') && size.identity >= minimumBytes)
  expect(firstScripts.length, 'index.html loads scripts').toBeGreaterThan(0)
  for (const size of [...firstScripts, ...all.filter((s) => s.identity >= minimumBytes)]) {
    expect(size.brotli, `${size.file}.br`).not.toBeNull()
    expect(size.gzip, `${size.file}.gz`).not.toBeNull()
  }
})

test('the h5 build has the /favicon.ico every browser asks for', () => {
  const icon = readFileSync(path.join(h5Dir, 'favicon.ico'))
  // An ICO file: reserved 0, type 1 (icon), at least one image.
  expect([...icon.subarray(0, 4)]).toEqual([0, 0, 1, 0])
  expect(icon.readUInt16LE(4)).toBeGreaterThan(0)
})
