const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * A key for one submission attempt (22 characters of [A-Za-z0-9_-]). It only has to be unique,
 * not secret, and WeChat's runtime has no Web Crypto, so time plus Math.random is enough.
 */
export function newIdempotencyKey(): string {
  let random = ''
  for (let i = 0; i < 14; i += 1) random += alphabet[Math.floor(Math.random() * alphabet.length)]
  return `${Date.now().toString(36)}_${random}`
}
