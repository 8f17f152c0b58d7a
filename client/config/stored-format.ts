import { createHash } from 'node:crypto'
import { z } from 'zod'
import { Me, ProxyClient } from '../../shared/src/identity/schemas'

/** What the app keeps on the phone from the API and reads back as it starts: the session's person, the citizen acted for. */
export const storedFromApi: readonly z.ZodType[] = [Me, ProxyClient]

/**
 * A stamp of the shapes the app keeps from the API, built into the client as `STORED_FORMAT`.
 * A stored value carries the stamp it was written with, and a client reads back only values of
 * its own format: the first screen need not load zod to check them (they were checked when they
 * arrived), and a release that changes one of the shapes finds older values gone (their holders
 * log in again) instead of reading them into the wrong shape.
 */
export function storedFormat(shapes: readonly z.ZodType[] = storedFromApi): string {
  return createHash('sha256')
    .update(JSON.stringify(shapes.map((shape) => z.toJSONSchema(shape))))
    .digest('hex')
    .slice(0, 16)
}
