/** A file the person chose for a dispute, ready to give to `upload`. */
export interface PickedFile {
  readonly name: string
  readonly size: number
  /** The type the phone reports; only a first guess, the server decides from the bytes. */
  readonly mime: string
  /** A WeChat temporary path, or a `blob:` URL in the browser. */
  readonly filePath: string
  /** Gives back what holding the file costs (a browser's object URL); nothing on WeChat. */
  readonly release: () => void
}

export interface PickerProps {
  readonly id: string
  readonly label: string
  /** How many more files may be chosen. */
  readonly remaining: number
  readonly onPicked: (files: readonly PickedFile[]) => void
}
