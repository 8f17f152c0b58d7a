/**
 * Sharing and saving a certificate in the browser. The BFF gives a certificate as data (its
 * verification code, the address a school checks it at, and that address as a QR image), not
 * as a file, so "share" passes on the verification address and "save" keeps the QR image.
 */
import { copyText } from '../../lib/clipboard'

export interface VerificationLink {
  /** Says what it is, never whose: a share sheet shows it to the recipient. */
  readonly title: string
  readonly text: string
  readonly url: string
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'
export type SaveOutcome = 'saved' | 'failed'

interface ShareNavigator {
  share?(data: { title: string; text: string; url: string }): Promise<void>
}

/** The system share sheet where the browser has one (Web Share API), else the link copied. */
export async function shareVerification(link: VerificationLink): Promise<ShareOutcome> {
  const browser = (typeof navigator === 'undefined' ? {} : navigator) as ShareNavigator
  if (typeof browser.share === 'function') {
    try {
      await browser.share({ title: link.title, text: link.text, url: link.url })
      return 'shared'
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled'
      // Refused (no user gesture, or not allowed here): copying still works.
    }
  }
  return (await copyText(link.url)) ? 'copied' : 'failed'
}

/** Downloads a `data:image/png;base64,…` image under `fileName`, through a Blob (no fetch of a data: URL). */
export function saveQrImage(dataUrl: string, fileName: string): Promise<SaveOutcome> {
  try {
    const [head, base64] = dataUrl.split(',', 2)
    const type = /^data:([^;]+);base64$/.exec(head ?? '')?.[1]
    if (!type || !base64) return Promise.resolve('failed')
    const binary = atob(base64)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
    const url = URL.createObjectURL(new Blob([bytes], { type }))
    const anchor = document.createElement('a')
    anchor.href = url
    anchor.download = fileName
    anchor.style.display = 'none'
    document.body.appendChild(anchor)
    anchor.click()
    document.body.removeChild(anchor)
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return Promise.resolve('saved')
  } catch {
    return Promise.resolve('failed')
  }
}

/** WeChat's share menu; nothing to set up in a browser. */
export function useShareMenu(_share: { readonly title: string; readonly path: string; readonly imageDataUrl: string } | null): void {
  // The browser has no share menu of its own: the page's share button does it.
}
