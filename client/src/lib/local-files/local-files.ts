import { newLocalId, type ChosenFile, type LocalFile, type LocalFiles } from './types'

// The browser: the files are Blobs in IndexedDB, so they survive a reload or a closed tab.
interface StoredFile extends LocalFile {
  readonly blob: Blob
}

const databaseName = 'renshe-local-files'
const storeName = 'files'
const urls = new Map<string, string>()
// Where IndexedDB is missing (some private windows), the files live as long as the page.
const memory = new Map<string, StoredFile>()

let opening: Promise<IDBDatabase | null> | null = null

function database(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(null)
      const request = indexedDB.open(databaseName, 1)
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName, { keyPath: 'localId' })
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => resolve(null)
      request.onblocked = () => resolve(null)
    } catch {
      resolve(null)
    }
  })
  return opening
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  return database().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) return resolve(null)
        try {
          const request = work(db.transaction(storeName, mode).objectStore(storeName))
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => resolve(null)
        } catch {
          resolve(null)
        }
      }),
  )
}

async function read(localId: string): Promise<StoredFile | null> {
  const remembered = memory.get(localId)
  if (remembered) return remembered
  const found = await run<StoredFile | undefined>('readonly', (store) => store.get(localId) as IDBRequest<StoredFile | undefined>)
  return found ?? null
}

export const localFiles: LocalFiles = {
  async save(file: ChosenFile) {
    if (typeof file.source === 'string') return null
    const stored: StoredFile = { localId: newLocalId(), name: file.name, size: file.size, mime: file.mime, blob: file.source }
    const saved = await run('readwrite', (store) => store.put(stored))
    if (saved === null) memory.set(stored.localId, stored)
    return { localId: stored.localId, name: stored.name, size: stored.size, mime: stored.mime }
  },

  async url(localId: string) {
    const cached = urls.get(localId)
    if (cached) return cached
    const stored = await read(localId)
    if (!stored) return null
    const url = URL.createObjectURL(stored.blob)
    urls.set(localId, url)
    return url
  },

  async remove(localId: string) {
    const url = urls.get(localId)
    if (url) URL.revokeObjectURL(url)
    urls.delete(localId)
    memory.delete(localId)
    await run('readwrite', (store) => store.delete(localId))
  },
}
