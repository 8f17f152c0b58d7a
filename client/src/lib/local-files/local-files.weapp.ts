import Taro from '@tarojs/taro'
import { z } from 'zod'
import { readStored, writeStored } from '../storage'
import { newLocalId, type ChosenFile, type LocalFiles } from './types'

// WeChat: the chooser's temporary file is copied into the mini-program's own folder
// (USER_DATA_PATH), which outlives a restart; an index in storage remembers what is there.
const indexKey = 'renshe.localFiles'
const Entry = z.object({ localId: z.string(), name: z.string(), size: z.number(), mime: z.string(), path: z.string() })
const Index = z.record(z.string(), Entry)
type Index = z.infer<typeof Index>

const readIndex = (): Index => readStored(indexKey, Index) ?? {}
const writeIndex = (index: Index) => writeStored(indexKey, Object.keys(index).length > 0 ? index : null)

function extensionOf(name: string, mime: string): string {
  const fromName = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]
  if (fromName) return fromName.toLowerCase()
  if (mime === 'application/pdf') return 'pdf'
  if (mime === 'image/png') return 'png'
  return 'jpg'
}

function saveFile(tempFilePath: string, filePath: string): Promise<boolean> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().saveFile({
      tempFilePath,
      filePath,
      success: () => resolve(true),
      fail: () => resolve(false),
    })
  })
}

export const localFiles: LocalFiles = {
  async save(file: ChosenFile) {
    if (typeof file.source !== 'string') return null
    const localId = newLocalId()
    const path = `${Taro.env.USER_DATA_PATH}/evidence-${localId}.${extensionOf(file.name, file.mime)}`
    if (!(await saveFile(file.source, path))) return null
    const entry = { localId, name: file.name, size: file.size, mime: file.mime, path }
    writeIndex({ ...readIndex(), [localId]: entry })
    return { localId, name: file.name, size: file.size, mime: file.mime }
  },

  async url(localId: string) {
    return readIndex()[localId]?.path ?? null
  },

  async remove(localId: string) {
    const index = readIndex()
    const entry = index[localId]
    if (!entry) return
    delete index[localId]
    writeIndex(index)
    await new Promise<void>((resolve) => {
      Taro.getFileSystemManager().unlink({ filePath: entry.path, success: () => resolve(), fail: () => resolve() })
    })
  },
}
