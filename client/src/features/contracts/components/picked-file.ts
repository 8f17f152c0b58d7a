/** A file chosen to be checked, ready to give to `upload`. */
export interface PickedFile {
  readonly name: string
  readonly size: number
  /** The type the phone reports: only a first guess, the server reads the bytes. */
  readonly mime: string
  /** A WeChat temporary path, or a `blob:` URL in the browser. */
  readonly filePath: string
  /** Gives back what holding the file costs (a browser's object URL); nothing on WeChat. */
  readonly release: () => void
}

export interface PickerProps {
  readonly id: string
  readonly label: string
  readonly hint: string
  readonly error?: string | undefined
  readonly disabled: boolean
  readonly onPicked: (file: PickedFile) => void
}
