import type { ChosenFile } from '../../../lib/local-files/types'

export interface EvidencePickerProps {
  /** How many more files may be added (9 in all). */
  readonly left: number
  readonly onChosen: (files: readonly ChosenFile[]) => void
}

const types: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  pdf: 'application/pdf',
}

/** The type a file's name suggests; only for showing it, the server decides from the bytes. */
export function typeFromName(name: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  return types[extension] ?? ''
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
