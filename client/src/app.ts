import './lib/zod-jitless'
import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { sessionStore } from './lib/auth/session-store'
import { careSuggestedStore } from './lib/care-mode/care-mode-store'
import { applyDocumentLanguage } from './lib/i18n/document-language'
import { currentLocale, localeStore } from './lib/i18n/locale-store'
import { listenForPrivacyRequests } from './lib/privacy/privacy-platform'
import { startWebApp } from './lib/web-app/web-app'
import './app.css'

function followSession() {
  careSuggestedStore.set(sessionStore.get()?.me.suggestCareMode ?? false)
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    applyDocumentLanguage(currentLocale())
    localeStore.subscribe(() => applyDocumentLanguage(currentLocale()))
    followSession()
    sessionStore.subscribe(followSession)
    // WeChat asks for consent to the privacy guide through this; a browser never does.
    listenForPrivacyRequests()
    // h5: the index.html shell gives way to the first page; the service worker keeps the app for offline reloads.
    startWebApp()
  })
  return children
}

export default App
