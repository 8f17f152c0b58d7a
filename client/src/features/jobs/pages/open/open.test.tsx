import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { cleaningJob } from '../../test-fixtures'
import OpenJobsPage from './index'

const request = vi.mocked(Taro.request)

const cleaning = { id: 'post-1', organisationName: '温州瓯江建设有限公司', openedAt: '2026-11-16T02:00:00.000Z', post: cleaningJob }
const welding = { ...cleaning, id: 'post-2', post: { ...cleaningJob, title: '电焊工', kind: 'full_time' as const } }

const box = () => screen.getByRole('textbox', { name: '搜索工作' })

test('a seeker searches the open posts: the words stay in the box, the results say what they are for, and clearing brings the whole list back', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [cleaning, welding], nextCursor: null }))
  render(<OpenJobsPage />)
  expect(await screen.findByText('电焊工')).toBeTruthy()
  expect(screen.getByRole('search', { name: '搜索工作' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '清除搜索' })).toBeNull()

  request.mockResolvedValueOnce(answer(200, { items: [cleaning], nextCursor: 'next' }))
  fireEvent.change(box(), { target: { value: ' 日结保洁 ' } })
  fireEvent.click(screen.getByRole('button', { name: '搜索' }))
  expect(await screen.findByText('“日结保洁”的搜索结果，最相关的在前。')).toBeTruthy()
  expect(screen.queryByText('电焊工')).toBeNull()
  expect(sent(request, 1).url).toMatch(/\/jobs\/posts\?limit=30&q=%E6%97%A5%E7%BB%93%E4%BF%9D%E6%B4%81$/)
  expect((box() as HTMLInputElement).value).toBe(' 日结保洁 ')

  // The next page of the results goes on from the results' cursor, with the same words.
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  await screen.findByText('南浦小区保洁（日结）')
  await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 2).url).toMatch(/\/jobs\/posts\?cursor=next&limit=30&q=/)

  request.mockResolvedValueOnce(answer(200, { items: [cleaning, welding], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '清除搜索' }))
  expect(await screen.findByText('电焊工')).toBeTruthy()
  expect((box() as HTMLInputElement).value).toBe('')
  expect(sent(request, 3).url).toMatch(/\/jobs\/posts\?limit=30$/)
  expect(screen.queryByText(/的搜索结果/)).toBeNull()
})

test('choosing a kind asks the server for that kind from the first page, with the words searched, and the box keeps what was typed', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  // The first page holds no full-time post, though later pages do: the server is asked, not the page.
  request.mockResolvedValueOnce(answer(200, { items: [cleaning], nextCursor: 'page-2' }))
  render(<OpenJobsPage />)
  await screen.findByText('南浦小区保洁（日结）')

  request.mockResolvedValueOnce(answer(200, { items: [welding], nextCursor: 'welding-2' }))
  fireEvent.click(screen.getByRole('button', { name: '全职' }))
  expect(await screen.findByText('电焊工')).toBeTruthy()
  expect(screen.queryByText('南浦小区保洁（日结）')).toBeNull()
  expect(sent(request, 1).url).toMatch(/\/jobs\/posts\?limit=30&kind=full_time$/)
  expect(screen.getByRole('button', { name: '全职' }).getAttribute('aria-pressed')).toBe('true')

  // Further pages go on from the kind's own cursor, for the same kind.
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 2).url).toMatch(/\/jobs\/posts\?cursor=welding-2&limit=30&kind=full_time$/)

  // Searched words stay with the kind; what is typed stays in the box when the kind changes.
  request.mockResolvedValueOnce(answer(200, { items: [welding], nextCursor: null }))
  fireEvent.change(box(), { target: { value: '电焊' } })
  fireEvent.click(screen.getByRole('button', { name: '搜索' }))
  await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(4))
  expect(sent(request, 3).url).toMatch(/\/jobs\/posts\?limit=30&q=%E7%94%B5%E7%84%8A&kind=full_time$/)
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '日结' }))
  expect(await screen.findByText('没有找到与“电焊”相关的工作。试试换个说法，或少输入几个词。')).toBeTruthy()
  expect(sent(request, 4).url).toMatch(/\/jobs\/posts\?limit=30&q=%E7%94%B5%E7%84%8A&kind=day$/)
  expect((box() as HTMLInputElement).value).toBe('电焊')

  request.mockResolvedValueOnce(answer(200, { items: [cleaning, welding], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '全部' }))
  expect(await screen.findByText('电焊工')).toBeTruthy()
  expect(sent(request, 5).url).toMatch(/\/jobs\/posts\?limit=30&q=%E7%94%B5%E7%84%8A$/)
})

test('no results say what was searched for; the keyboard’s search key searches too', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [cleaning], nextCursor: null }))
  render(<OpenJobsPage />)
  await screen.findByText('南浦小区保洁（日结）')
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.change(box(), { target: { value: '木工' } })
  fireEvent.keyDown(box(), { key: 'Enter' })
  expect(await screen.findByText('没有找到与“木工”相关的工作。试试换个说法，或少输入几个词。')).toBeTruthy()
  expect(screen.getByRole('button', { name: '清除搜索' })).toBeTruthy()
})

test('in English and care mode the search speaks English, and a refusal is said with a retry', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [cleaning], nextCursor: null }))
  render(<OpenJobsPage />)
  await screen.findByText('南浦小区保洁（日结）')
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  const english = screen.getByRole<HTMLInputElement>('textbox', { name: 'Search jobs' })
  expect(english.maxLength).toBe(40)
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.change(english, { target: { value: 'forklift' } })
  fireEvent.click(screen.getByRole('button', { name: 'Search' }))
  expect(await screen.findByText('No jobs found for “forklift”. Try other words, or fewer of them.')).toBeTruthy()
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  fireEvent.click(screen.getByRole('button', { name: 'Search' }))
  expect(await screen.findByRole('button', { name: /Try again/ })).toBeTruthy()
})
