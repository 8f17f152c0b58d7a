import { constants, createDecipheriv, createSign, createVerify, publicEncrypt, type KeyObject } from 'node:crypto'

/**
 * WeChat Pay API v3's signatures (签名生成 / 签名验证): SHA256 with RSA (PKCS#1 v1.5) over
 * lines each ended by `\n`, the last one included, in standard base64.
 */
export function signLines(privateKey: KeyObject, lines: readonly string[]): string {
  return createSign('RSA-SHA256').update(lines.map((line) => `${line}\n`).join(''), 'utf8').sign(privateKey, 'base64')
}

export function verifyLines(publicKey: KeyObject, lines: readonly string[], signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(lines.map((line) => `${line}\n`).join(''), 'utf8').verify(publicKey, signature, 'base64')
  } catch {
    return false
  }
}

/**
 * The `Authorization` header of a request: the merchant's signature over
 * `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`, where URL is the path with its query and BODY is
 * empty for a GET.
 */
export function authorizationOf(options: {
  readonly mchId: string
  readonly serialNo: string
  readonly privateKey: KeyObject
  readonly method: 'GET' | 'POST'
  readonly pathAndQuery: string
  readonly timestamp: string
  readonly nonce: string
  readonly body: string
}): string {
  const signature = signLines(options.privateKey, [options.method, options.pathAndQuery, options.timestamp, options.nonce, options.body])
  return `WECHATPAY2-SHA256-RSA2048 mchid="${options.mchId}",nonce_str="${options.nonce}",timestamp="${options.timestamp}",serial_no="${options.serialNo}",signature="${signature}"`
}

const gcmTagBytes = 16

/**
 * Opens an `AEAD_AES_256_GCM` resource: the APIv3 key (32 characters) as the key, `nonce` and
 * `associated_data` as their UTF-8 bytes, `ciphertext` in base64 with the 16-byte tag at its end.
 * Null when it does not open (wrong key, anything changed).
 */
export function openResource(apiV3Key: string, resource: { readonly nonce: string; readonly associatedData: string; readonly ciphertext: string }): string | null {
  const sealed = Buffer.from(resource.ciphertext, 'base64')
  if (sealed.length <= gcmTagBytes) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(resource.nonce, 'utf8'))
    decipher.setAAD(Buffer.from(resource.associatedData, 'utf8'))
    decipher.setAuthTag(sealed.subarray(sealed.length - gcmTagBytes))
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - gcmTagBytes)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

/**
 * A sensitive field of a request (敏感信息加密, e.g. a transfer's `user_name`): RSAES-OAEP with
 * SHA-1 and MGF1-SHA-1 (Java's `RSA/ECB/OAEPWithSHA-1AndMGF1Padding`, Node's
 * `RSA_PKCS1_OAEP_PADDING`) under WeChat Pay's public key, in standard base64. The request then
 * names that key in `Wechatpay-Serial`. Throws when the text is too long for the key (214 bytes
 * for RSA-2048).
 */
export function sealSensitive(publicKey: KeyObject, text: string): string {
  return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(text, 'utf8')).toString('base64')
}
