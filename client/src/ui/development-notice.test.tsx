import { render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { localeStore } from '../lib/i18n/locale-store'
import { PageShell } from './page-shell'

const build = vi.hoisted(() => ({ developmentApiBase: null as string | null }))
vi.mock('../lib/http/base-url', () => ({
  apiBaseUrl: '/api',
  get developmentApiBase() {
    return build.developmentApiBase
  },
}))

afterEach(() => {
  build.developmentApiBase = null
})

test('every page of a development mini-program names the API it calls, in both languages', () => {
  build.developmentApiBase = 'http://127.0.0.1:8787/api'
  const { unmount } = render(<PageShell title='我的'>…</PageShell>)
  expect(screen.getByText('开发版本：接口地址 http://127.0.0.1:8787/api')).toBeTruthy()
  unmount()

  localeStore.set('en')
  render(<PageShell title='Me'>…</PageShell>)
  expect(screen.getByText('Development build: API at http://127.0.0.1:8787/api')).toBeTruthy()
})

test('a release shows no development notice', () => {
  render(<PageShell title='我的'>…</PageShell>)
  expect(screen.queryByText(/开发版本/)).toBeNull()
})
