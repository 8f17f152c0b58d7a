import { crc32 } from 'node:zlib'

type Part = string | readonly number[] | Uint8Array

function bytes(...parts: Part[]): Uint8Array {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))
}

const filler = new Uint8Array(64)

function u16(value: number): Buffer {
  const out = Buffer.alloc(2)
  out.writeUInt16LE(value)
  return out
}

function u32(value: number): Buffer {
  const out = Buffer.alloc(4)
  out.writeUInt32LE(value)
  return out
}

/** A real ZIP holding one stored file: the shape of DOCX, APK and JAR files too. */
export function zipOf(name: string, content: string): Uint8Array {
  const fileName = Buffer.from(name)
  const data = Buffer.from(content)
  const crc = u32(crc32(data))
  const sizes = [u32(data.length), u32(data.length), u16(fileName.length)]
  const local = Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(0), u16(0), u16(0), crc, ...sizes, u16(0), fileName, data])
  const central = Buffer.concat([
    u32(0x02014b50), u16(20), u16(20), u16(0), u16(0), u16(0), u16(0), crc, ...sizes,
    u16(0), u16(0), u16(0), u16(0), u32(0), u32(0), fileName,
  ])
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(1), u16(1), u32(central.length), u32(local.length), u16(0)])
  return Buffer.concat([local, central, end])
}

/** The first bytes of each kind of file a citizen may attach: enough for the content check. */
export const evidenceSamples = {
  'image/jpeg': bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0], filler),
  'image/png': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0], [0x1f, 0x15, 0xc4, 0x89], filler),
  'image/webp': bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 ', filler),
  'image/heic': bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic', filler),
  'image/heif': bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1heic', filler),
  'application/pdf': bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
} as const

/** Files that must never pass as evidence, whatever they are called. */
export const hostileSamples = {
  html: bytes('<!DOCTYPE html><html><body><script>fetch("/api/me")</script></body></html>'),
  svg: bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  zip: zipOf('payload.txt', 'hello'),
  brokenZip: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], filler),
  exe: bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], filler),
  elf: bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], filler),
  gif: bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], filler),
  text: new Uint8Array(Buffer.from('姓名,身份证号\n张伟,330304198807214523\n', 'utf8')),
} as const
