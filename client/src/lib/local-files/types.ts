/** A file the person just chose, before it is kept. */
export interface ChosenFile {
  readonly name: string
  readonly size: number
  /** The type the phone reports; the server decides the type from the bytes. */
  readonly mime: string
  /** On WeChat a temporary file path; in the browser the File itself. */
  readonly source: string | Blob
}

/** A file kept on this phone until it has been uploaded. */
export interface LocalFile {
  readonly localId: string
  readonly name: string
  readonly size: number
  readonly mime: string
}

export interface LocalFiles {
  /** Keeps a copy that outlives the chooser's temporary file; null when the phone has no room. */
  save(file: ChosenFile): Promise<LocalFile | null>
  /** Something `upload` and `Image` accept: a saved file path, or a `blob:` URL. */
  url(localId: string): Promise<string | null>
  remove(localId: string): Promise<void>
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Names a kept file; unique on this phone, not secret. */
export function newLocalId(): string {
  let random = ''
  for (let i = 0; i < 10; i += 1) random += alphabet[Math.floor(Math.random() * alphabet.length)]
  return `lf${Date.now().toString(36)}${random}`
}
