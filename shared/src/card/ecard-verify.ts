import * as ed from '@noble/ed25519'
import { sha512 } from '@noble/hashes/sha2.js'
import type { Ed25519Verify } from './ecard-token'

/*
 * Ed25519 verification for a verifier with no node:crypto — the venue's phone, in a browser or in
 * WeChat — through @noble/ed25519 (audited, dependency-free; decision 064) with @noble/hashes'
 * SHA-512, so it runs synchronously wherever Web Crypto is missing. Strict RFC 8032 (no ZIP 215),
 * the rules node:crypto's Ed25519 follows, so the portal and every verifier agree on each token.
 */

ed.hashes.sha512 = sha512

export const nobleVerify: Ed25519Verify = (signature, message, publicKey) => ed.verify(signature, message, publicKey, { zip215: false })
