import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pages } from '@renshe/shared/platform/pages'
import { localeStore } from '../lib/i18n/locale-store'
import { goBack } from './page-nav'
import { parentOf } from './page-parents'
import { PageShell } from './page-shell'

const router = vi.mocked(useRouter)
const stack = vi.mocked(Taro.getCurrentPages)

function openAt(path: string, nav?: 'home') {
  router.mockReturnValue({ params: {}, path } as unknown as ReturnType<typeof useRouter>)
  render(
    <PageShell title='参保证明' {...(nav ? { nav } : {})}>
      <span>内容</span>
    </PageShell>,
  )
}

const pageNav = () => screen.getByRole('navigation', { name: '返回与首页' })

test('a sub-page shows Back and Home above its heading', () => {
  openAt(`${pages.certificate}?id=c-1`)
  const links = within(pageNav()).getAllByRole('link')
  expect(links.map((link) => link.textContent)).toEqual(['返回', '首页'])
  // Before the page's own content, where a phone's back button is.
  expect(pageNav().compareDocumentPosition(screen.getByRole('main')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
})

test('Back returns to the page it came from when there is one', () => {
  stack.mockReturnValue([{}, {}])
  openAt(pages.certificate)
  fireEvent.click(within(pageNav()).getByRole('link', { name: '返回' }))
  expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 1 })
  expect(Taro.redirectTo).not.toHaveBeenCalled()
})

test('opened from a link or a message, Back goes to the page it belongs under, not out of the app', () => {
  stack.mockReturnValue([{}])
  openAt(`${pages.certificate}?id=c-1`)
  fireEvent.keyDown(within(pageNav()).getByRole('link', { name: '返回' }), { key: 'Enter' })
  expect(Taro.navigateBack).not.toHaveBeenCalled()
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: pages.certificates })
})

test('when the parent cannot be opened in place, the app starts again there', async () => {
  stack.mockReturnValue([{}])
  vi.mocked(Taro.redirectTo).mockRejectedValueOnce(new Error('no'))
  goBack(pages.me)
  await vi.waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: pages.me }))
})

test('Home closes the pages in between', () => {
  openAt(pages.recordsYear)
  fireEvent.click(within(pageNav()).getByRole('link', { name: '首页' }))
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: pages.home })
})

test('in English it says Back and Home', () => {
  localeStore.set('en')
  openAt(pages.verify)
  const nav = screen.getByRole('navigation', { name: 'Back and Home' })
  expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Back', 'Home'])
})

test('tab pages have the bottom navigation instead', () => {
  openAt(pages.home, 'home')
  expect(screen.queryByRole('navigation', { name: '返回与首页' })).toBeNull()
  expect(screen.getByRole('navigation', { name: '主要栏目' })).toBeTruthy()
})

test('each sub-page falls back to the page it is reached from, Home when nothing else', () => {
  expect(parentOf(`${pages.recordsYear}?year=2023`)).toBe(pages.recordsSummary)
  expect(parentOf(pages.complaint)).toBe(pages.myComplaints)
  expect(parentOf(pages.handleCase)).toBe(pages.caseQueue)
  expect(parentOf(pages.assistance)).toBe(pages.pensionAccount)
  expect(parentOf(pages.deathRecords)).toBe(pages.pensionCoverage)
  expect(parentOf(`${pages.trainingProgramme}?id=p-1`)).toBe(pages.trainingProgrammes)
  expect(parentOf(pages.newTrainingProgramme)).toBe(pages.trainingProgrammes)
  expect(parentOf(pages.recordsSummary)).toBe(pages.home)
  expect(parentOf('features/records/pages/certificate/index')).toBe(pages.certificates)
  expect(parentOf(undefined)).toBe(pages.home)
})
