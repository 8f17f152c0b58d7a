import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { Config } from '../config'
import type { Random } from './random'

const KeyFile = z.object({ dataEncryptionKey: z.string(), blindIndexKey: z.string() })

export interface Keys {
  readonly dataEncryption: Buffer
  readonly blindIndex: Buffer
}

/**
 * Keys come from the environment. In development only, missing keys are generated once into
 * the data folder (never committed), so a fresh clone starts without any setup.
 */
export function resolveKeys(config: Config, random: Random): Keys {
  const { dataEncryption, blindIndex } = config.keys
  if (dataEncryption && blindIndex) return { dataEncryption, blindIndex }
  if (config.mode === 'production') throw new Error('DATA_ENCRYPTION_KEY and BLIND_INDEX_KEY are required in production')

  const path = join(config.dataDir, 'keys.development.json')
  if (!existsSync(path)) {
    mkdirSync(config.dataDir, { recursive: true })
    const generated = { dataEncryptionKey: random.bytes(32).toString('base64'), blindIndexKey: random.bytes(32).toString('base64') }
    writeFileSync(path, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
    chmodSync(path, 0o600)
  }
  const stored = KeyFile.parse(JSON.parse(readFileSync(path, 'utf8')))
  return {
    dataEncryption: dataEncryption ?? Buffer.from(stored.dataEncryptionKey, 'base64'),
    blindIndex: blindIndex ?? Buffer.from(stored.blindIndexKey, 'base64'),
  }
}
