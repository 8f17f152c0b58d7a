/**
 * What only the h5 client does as it starts (decision 038): it takes down the light shell that
 * index.html shows until the first page has rendered, and it registers the service worker that
 * lets a reload without a network open the app instead of the browser's error page. The
 * mini-program has neither (web-app.weapp.ts).
 */
export function startWebApp(): void {
  removeShellOnceAPageShows()
  registerServiceWorker()
}

/** `<div id="app-shell">` in client/src/index.html: the logged-out home's heading and login link, as plain HTML. */
const shellId = 'app-shell'

/**
 * The shell stays until a page of the app has content, then goes at once, before the browser
 * paints again: a screen reader never meets the heading twice, and the screen is never blank.
 */
function removeShellOnceAPageShows(): void {
  const shell = document.getElementById(shellId)
  if (!shell) return
  const pageShown = () => Array.from(document.querySelectorAll('#app .taro_page')).some((page) => (page.textContent ?? '').trim() !== '')
  if (pageShown()) return shell.remove()
  const observer = new MutationObserver(() => {
    if (!pageShown()) return
    observer.disconnect()
    shell.remove()
  })
  observer.observe(document.getElementById('app') ?? document.body, { childList: true, subtree: true, characterData: true })
}

/** Browsers allow service workers on https and on the machine itself (localhost, 127.0.0.1) only. */
function secureOrigin(): boolean {
  return location.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname)
}

/**
 * Production builds only (the worker is written by `npm run build:h5`, which `taro build --watch`
 * does not run), and after the page has loaded, so precaching never competes with the first screen.
 */
function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !secureOrigin()) return
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
