/** A photo just taken, ready to upload: a WeChat temporary path, or a `blob:` URL in the browser. */
export interface ChosenPhoto {
  readonly filePath: string
  readonly name: string
  readonly size: number
}

export interface VisitPhotoPickerProps {
  /** The error summary's link target. */
  readonly id: string
  readonly label: string
  readonly describedBy: string
  readonly onChosen: (photo: ChosenPhoto) => void
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
