// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file of
// the h5 build, for the BFF to send as they are (decision 034). Compressing once, here, lets the
// slowest and smallest settings be used; compressing per request could not afford them.
import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** What compresses: text. Images and fonts are compressed already. */
export const compressible = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map', '.txt', '.xml', '.webmanifest'])
/** Below this, headers outweigh what compression saves. */
export const minimumBytes = 1024

const encodings = {
  br: (data) =>
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gz: (data) => gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? filesUnder(full) : [full]
    }),
  )
  return nested.flat()
}

async function compressFile(file) {
  const original = await readFile(file)
  const { atime, mtime } = await stat(file)
  const sizes = { file, identity: original.length }
  for (const [suffix, encode] of Object.entries(encodings)) {
    const variant = `${file}.${suffix}`
    const encoded = original.length >= minimumBytes ? await encode(original) : null
    // A variant no smaller than the file is not worth a Content-Encoding; a stale one must not stay.
    if (encoded === null || encoded.length >= original.length) {
      await rm(variant, { force: true })
      continue
    }
    await writeFile(variant, encoded)
    // The same Last-Modified whichever variant is sent.
    await utimes(variant, atime, mtime)
    sizes[suffix] = encoded.length
  }
  return sizes
}

/**
 * Precompresses every compressible file under `dir` and returns the sizes of each
 * (`identity`, and `br` and `gz` where written).
 */
export async function compressH5(dir) {
  const files = (await filesUnder(dir)).filter((file) => compressible.has(path.extname(file).toLowerCase()))
  return Promise.all(files.map(compressFile))
}
