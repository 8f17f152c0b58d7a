import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useEffect, useRef } from 'react'

/**
 * Sharing and saving a certificate in WeChat: the share menu and a share button send the public
 * verification page (with the code) to a chat; "save" puts the QR image in the photo album.
 */

export interface VerificationLink {
  readonly title: string
  readonly text: string
  readonly url: string
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'
export type SaveOutcome = 'saved' | 'failed'

/** The share button is WeChat's own (`open-type="share"`); this is never called here. */
export function shareVerification(_link: VerificationLink): Promise<ShareOutcome> {
  return Promise.resolve('failed')
}

/** Writes the image to a file of the mini-program's own, and returns its path. */
function writeImage(dataUrl: string, fileName: string): Promise<string> {
  const base64 = dataUrl.split(',', 2)[1] ?? ''
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(filePath),
      fail: (error) => reject(new Error(error.errMsg)),
    })
  })
}

export async function saveQrImage(dataUrl: string, fileName: string): Promise<SaveOutcome> {
  try {
    const filePath = await writeImage(dataUrl, fileName)
    await Taro.saveImageToPhotosAlbum({ filePath })
    return 'saved'
  } catch {
    return 'failed'
  }
}

/**
 * The share menu of the page ("…" and the share button): the verification page with the code,
 * titled by what it is, never by whose; its picture is the QR code, not a screenshot of the
 * page, which would show the holder.
 */
export function useShareMenu(share: { readonly title: string; readonly path: string; readonly imageDataUrl: string } | null): void {
  const current = useRef(share)
  const image = useRef<string | undefined>(undefined)
  current.current = share

  useEffect(() => {
    if (!share) return
    Taro.showShareMenu({ withShareTicket: false }).catch(() => undefined)
    writeImage(share.imageDataUrl, 'certificate-share.png')
      .then((path) => {
        image.current = path
      })
      .catch(() => undefined)
  }, [share?.path])

  useShareAppMessage(() => {
    const now = current.current
    if (!now) return {}
    return image.current ? { title: now.title, path: now.path, imageUrl: image.current } : { title: now.title, path: now.path }
  })
}
