/**
 * The last resort of a runtime with no secure source (a very old browser, an old WeChat base
 * library). Enough for a device id: it only has to differ from other phones', and a trainee who
 * wants to cheat can send any id she likes anyway; the id is a hint for supervision, not a secret.
 * In a file of its own: in the weapp build `./random-bytes` is the weapp file itself.
 */
export function weakRandomBytes(bytes: Uint8Array): Uint8Array {
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}
