import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env'

/** The step an operation does not take: `mountOperation` leaves it out of the operation's chain. */
export const passThrough: MiddlewareHandler<AppEnv> = async function passThrough(_c, next) {
  await next()
}
