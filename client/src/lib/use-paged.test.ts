import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { usePaged, type PageResult } from './use-paged'

/** A page load answered when the test says, so answers can arrive in any order. */
function deferred() {
  let answer: (result: PageResult<string>) => void = () => undefined
  const promise = new Promise<PageResult<string>>((resolve) => {
    answer = resolve
  })
  return { promise, answer }
}

const page = (items: string[], nextCursor: string | null = null): PageResult<string> => ({ ok: true, value: { items, nextCursor } })

test('a list asked for again shows the last answer asked for, even when the earlier one arrives after it', async () => {
  const asked: { kind: string; answer: ReturnType<typeof deferred> }[] = []
  const { result, rerender } = renderHook(({ kind }) =>
    usePaged((_cursor) => {
      const answer = deferred()
      asked.push({ kind, answer })
      return answer.promise
    }),
  { initialProps: { kind: 'all' } })
  await waitFor(() => expect(asked).toHaveLength(1))

  // The kind changes before the first list has come: the second is asked for.
  rerender({ kind: 'day' })
  act(() => result.current.reload())
  await waitFor(() => expect(asked).toHaveLength(2))

  await act(async () => asked[1]?.answer.answer(page(['day work'])))
  await act(async () => asked[0]?.answer.answer(page(['every kind'])))

  expect(asked.map((a) => a.kind)).toEqual(['all', 'day'])
  expect(result.current.items).toEqual(['day work'])
  expect(result.current.status).toBe('ready')
})

test('"more" tapped twice adds the next page once', async () => {
  const answers = new Map<string, ReturnType<typeof deferred>[]>()
  const { result } = renderHook(() =>
    usePaged((cursor) => {
      const answer = deferred()
      answers.set(cursor ?? 'first', [...(answers.get(cursor ?? 'first') ?? []), answer])
      return answer.promise
    }),
  )
  await waitFor(() => expect(answers.get('first')).toHaveLength(1))
  await act(async () => answers.get('first')?.[0]?.answer(page(['a', 'b'], 'after-b')))

  act(() => result.current.loadMore())
  act(() => result.current.loadMore())
  const more = answers.get('after-b') ?? []
  expect(more).toHaveLength(2)
  await act(async () => more[0]?.answer(page(['c'])))
  await act(async () => more[1]?.answer(page(['c'])))

  expect(result.current.items).toEqual(['a', 'b', 'c'])
})
