// Writes the h5 client's service worker, `sw.js`, into the finished build with Workbox's
// generateSW (decision 038). It keeps the app shell for a reload without a network:
// - precached: index.html, the icon and every script and style sheet of this build, so any
//   page opens offline and reads what the phone keeps (a queued complaint, the session);
// - navigations go to the network first; only when it fails is the precached index.html used;
// - nothing else is cached: /api answers carry personal data and are never stored by the worker.
import path from 'node:path'
import { generateSW } from 'workbox-build'

export const serviceWorkerFile = 'sw.js'

/** webpack's `[contenthash:8]` names (client/config/index.ts): the name is the revision. */
const hashedName = /\.[0-9a-f]{8}\.[A-Za-z0-9]+$/

export async function writeServiceWorker(outputDir) {
  const { count, size, warnings } = await generateSW({
    swDest: path.join(outputDir, serviceWorkerFile),
    globDirectory: outputDir,
    globPatterns: ['index.html', 'favicon.ico', 'js/**/*.js', 'css/**/*.css'],
    // The compressed copies are the server's business: the worker asks for each file once and the
    // server picks the encoding, as for the page.
    globIgnores: ['**/*.br', '**/*.gz', '**/*.LICENSE.txt', serviceWorkerFile],
    dontCacheBustURLsMatching: hashedName,
    // Navigations never hit the precache by URL: `/` is not mapped to index.html here, so the
    // navigation route below answers them, from the network while there is one.
    directoryIndex: '',
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/api/'),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/index.html' } },
      },
    ],
    navigationPreload: true,
    // The first visit's page is taken over as soon as the worker is ready, so a reload without a
    // network right after it still finds the shell. A new worker waits for the old pages to close
    // (no skipWaiting): a running page keeps loading its own build's chunks.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    cacheId: 'renshe-portal',
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  })
  for (const warning of warnings) console.warn(`service worker: ${warning}`)
  return { count, size }
}
