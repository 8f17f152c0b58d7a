import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { deathRecord, officer } from '../../components/office-sample-data'
import DeathRecordsPage from './index'

const request = vi.mocked(Taro.request)

function openDeaths(params: Record<string, string> = {}) {
  vi.mocked(useRouter).mockReturnValue({ params } as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-officer', me: officer })
  render(<DeathRecordsPage />)
}

/** The linked record and the list load side by side: each answer by the address asked. */
function answerByUrl(route: (url: string) => ReturnType<typeof answer>) {
  request.mockImplementation(((options: { url: string }) => Promise.resolve(route(options.url))) as unknown as typeof Taro.request)
}

const reason = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: '撤销理由' })

test('an officer sees each record to check: who, the date of death, who sent it, when, and the money held', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
  openDeaths()

  const list = await screen.findByRole('list', { name: '死亡信息' })
  expect(sent(request).url).toBe('/api/retiree/office/deaths?status=pending')
  expect(screen.getByRole('heading', { level: 1, name: '死亡信息核实' })).toBeTruthy()
  const [item] = within(list).getAllByRole('listitem')
  expect(within(item!).getByRole('heading', { level: 2, name: '周*明' })).toBeTruthy()
  expect(within(item!).getByText('待核实，暂停发放')).toBeTruthy()
  expect(within(item!).getByText('88 岁')).toBeTruthy()
  expect(within(item!).getByText('网格：WG330302001')).toBeTruthy()
  expect(within(item!).getByText('2026年9月14日')).toBeTruthy()
  expect(within(item!).getByText('温州市民政局')).toBeTruthy()
  expect(within(item!).getByText('2026年11月20日 10:00')).toBeTruthy()
  expect(within(item!).getByText('¥2,980.00')).toBeTruthy()
  expect(within(item!).getByRole('button', { name: '确认死亡（停发养老金）' })).toBeTruthy()
  expect(within(item!).getByRole('button', { name: '记录有误（撤销）' })).toBeTruthy()
})

test('a certification after the recorded death, and a second source giving another date, are warned of in words', async () => {
  request.mockResolvedValueOnce(
    answer(200, {
      items: [
        deathRecord('d-1', {
          certifiedSince: { on: '2026-11-02', method: 'face' },
          secondPartnerName: '温州市人民医院',
          secondDiedOn: '2026-09-20',
        }),
        deathRecord('d-2', { pensionerMaskedName: '李*', secondPartnerName: '温州市公安局', secondDiedOn: '2026-09-14' }),
      ],
    }),
  )
  openDeaths()

  const [first, second] = within(await screen.findByRole('list', { name: '死亡信息' })).getAllByRole('listitem')
  expect(within(first!).getByText('在记录的死亡日期之后，此人于 2026年11月2日 完成了认证（刷脸认证）。')).toBeTruthy()
  expect(within(first!).getByText('两个来源的死亡日期不一致：温州市人民医院 记录为 2026年9月20日。')).toBeTruthy()
  expect(within(first!).getAllByText('这条死亡信息可能有误，请核实。')).toHaveLength(2)
  expect(within(second!).getByText('温州市公安局 报送的死亡日期相同。')).toBeTruthy()
  expect(within(second!).queryByText(/可能有误|不一致/)).toBeNull()
})

test('confirming asks once more, saying what follows, and then the record shows the pension stopped', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
    .mockResolvedValueOnce(answer(200, deathRecord('d-1', { status: 'confirmed', confirmedVia: 'officer', decidedAt: '2026-11-21T03:00:00.000Z', heldFen: 0 })))
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '确认死亡（停发养老金）' }))
  expect(screen.getByRole('heading', { name: '确认后会怎样' })).toBeTruthy()
  expect(screen.getByText(/养老金停发。死亡次月起已经发放的月份记为多发/)).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(screen.getByRole('button', { name: '是的，确认死亡' }))
  expect(await screen.findByRole('heading', { name: '已确认死亡，养老金已停发。' })).toBeTruthy()
  const confirmation = sent(request, 1)
  expect(confirmation.url).toBe('/api/retiree/office/deaths/d-1/confirm')
  expect(confirmation.method).toBe('POST')
  expect(confirmation.header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByText('已确认死亡，已停发')).toBeTruthy()
  expect(screen.getByText('经办人员核实确认')).toBeTruthy()
  expect(screen.getByText('2026年11月21日 11:00')).toBeTruthy()
  expect(screen.getByRole('link', { name: '查看多发待追回' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认死亡（停发养老金）' })).toBeNull()
  // A confirmed record can still be found wrong.
  expect(screen.getByRole('button', { name: '记录有误（撤销）' })).toBeTruthy()
})

test('cancelling the confirmation changes nothing', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '确认死亡（停发养老金）' }))
  fireEvent.click(screen.getByRole('button', { name: '取消' }))

  expect(screen.queryByRole('button', { name: '是的，确认死亡' })).toBeNull()
  expect(screen.getByRole('button', { name: '确认死亡（停发养老金）' })).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test('reversing needs a reason; a missing or short one is said in the error summary and nothing is sent', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '记录有误（撤销）' }))
  fireEvent.click(screen.getByRole('button', { name: '确认撤销，恢复发放' }))
  expect(within(await screen.findByRole('alert')).getByText('撤销理由：请填写此项')).toBeTruthy()

  fireEvent.change(reason(), { target: { value: '本人' } })
  fireEvent.click(screen.getByRole('button', { name: '确认撤销，恢复发放' }))
  expect(await within(screen.getByRole('alert')).findByText('撤销理由：内容太短')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test("the server's objection to a reason is shown at the field in the officer's language, and the reason stays", async () => {
  localeStore.set('en')
  request
    .mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
    .mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.note', key: 'field.tooLong', message: '内容太长' }] })))
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: 'The record is wrong (reverse it)' }))
  const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Reason for reversing' })
  fireEvent.change(note, { target: { value: 'Visited at home on 21 Nov, alive and well' } })
  fireEvent.click(screen.getByRole('button', { name: 'Reverse and pay again' }))

  const summary = await screen.findByRole('alert')
  expect(within(summary).getByText('Reason for reversing: This is too long')).toBeTruthy()
  expect(screen.getByText('This is too long', { selector: '.field__error' })).toBeTruthy()
  expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Reason for reversing' }).value).toBe('Visited at home on 21 Nov, alive and well')
})

test('a reversal is sent with its reason, kept when the network fails, and then says the pension is paid again with what was held', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
    .mockRejectedValueOnce(noAnswer())
    .mockResolvedValueOnce(
      answer(200, deathRecord('d-1', { status: 'reversed', heldFen: 0, decidedAt: '2026-11-21T03:00:00.000Z', reversalNote: '网格员上门核实，本人健在' })),
    )
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '记录有误（撤销）' }))
  fireEvent.change(reason(), { target: { value: '网格员上门核实，本人健在' } })
  fireEvent.click(screen.getByRole('button', { name: '确认撤销，恢复发放' }))
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()
  expect(reason().value).toBe('网格员上门核实，本人健在')

  fireEvent.click(screen.getByRole('button', { name: '确认撤销，恢复发放' }))
  expect(await screen.findByRole('heading', { name: '已撤销这条死亡信息，养老金恢复发放。' })).toBeTruthy()
  expect(screen.getByText('暂存的 ¥2,980.00 已补发给本人。')).toBeTruthy()
  const reversal = sent(request, 2)
  expect(reversal.url).toBe('/api/retiree/office/deaths/d-1/reverse')
  expect(reversal.data).toEqual({ note: '网格员上门核实，本人健在' })
  expect(reversal.header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
  expect(screen.getByText('记录有误，已撤销')).toBeTruthy()
  expect(screen.getByText('网格员上门核实，本人健在')).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: '撤销理由' })).toBeNull()
  expect(screen.queryByRole('button', { name: /记录有误|确认死亡/ })).toBeNull()
})

test('a pension that was suspended before the record came stays held until the person certifies, and the officer is told so', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1', { heldFen: 502_000 })] }))
    .mockResolvedValueOnce(answer(200, deathRecord('d-1', { status: 'reversed', heldFen: 502_000, reversalNote: '本人到柜台办理了认证' })))
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '记录有误（撤销）' }))
  fireEvent.change(reason(), { target: { value: '本人到柜台办理了认证' } })
  fireEvent.click(screen.getByRole('button', { name: '确认撤销，恢复发放' }))

  expect(await screen.findByText('此人的养老金在记录送达前已因未认证暂停，暂存的 ¥5,020.00 在其完成认证后补发。')).toBeTruthy()
  expect(screen.queryByText(/已补发给本人/)).toBeNull()
})

test('a record another officer decided first is shown as it stands now', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1')] }))
    .mockResolvedValueOnce(answer(409, problem('illegal_transition', 409)))
    .mockResolvedValueOnce(answer(200, deathRecord('d-1', { status: 'confirmed', confirmedVia: 'second_source', heldFen: 0, decidedAt: '2026-11-21T03:00:00.000Z' })))
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '确认死亡（停发养老金）' }))
  fireEvent.click(screen.getByRole('button', { name: '是的，确认死亡' }))

  expect(await screen.findByText('这条记录已由其他经办人员处理，下面是它现在的状态。')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/retiree/office/deaths/d-1')
  expect(screen.getByText('两个部门报送的死亡日期一致，自动确认')).toBeTruthy()
  expect(screen.queryByRole('alert')).toBeNull()
})

test('opened from a message, the record it names comes first and marked, and is not listed twice', async () => {
  answerByUrl((url) =>
    url.endsWith('/deaths/d-2')
      ? answer(200, deathRecord('d-2', { pensionerMaskedName: '李*' }))
      : answer(200, { items: [deathRecord('d-1'), deathRecord('d-2', { pensionerMaskedName: '李*' })] }),
  )
  openDeaths({ id: 'd-2' })

  const linked = await screen.findByRole('list', { name: '消息中提到的记录' })
  expect(within(linked).getByRole('heading', { name: '李*' })).toBeTruthy()
  const others = await screen.findByRole('list', { name: '死亡信息' })
  expect(within(others).getAllByRole('listitem')).toHaveLength(1)
  expect(within(others).getByRole('heading', { name: '周*明' })).toBeTruthy()
  expect(screen.getAllByRole('heading', { name: '李*' })).toHaveLength(1)
})

test('when the linked record is the only one, the list below says there are no others, not that there are none', async () => {
  answerByUrl((url) => (url.endsWith('/deaths/d-1') ? answer(200, deathRecord('d-1')) : answer(200, { items: [deathRecord('d-1')] })))
  openDeaths({ id: 'd-1' })

  expect(await screen.findByText('这里没有其他记录。')).toBeTruthy()
  expect(screen.queryByText('没有待核实的死亡信息。')).toBeNull()
})

test('once a record is reversed, what spoke against it stays on file without asking to check it again', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [] })).mockResolvedValueOnce(
    answer(200, {
      items: [deathRecord('d-4', { status: 'reversed', certifiedSince: { on: '2026-11-02', method: 'home_visit' }, reversalNote: '网格员上门核实，本人健在', decidedAt: '2026-11-21T03:00:00.000Z' })],
    }),
  )
  openDeaths()

  fireEvent.click(await screen.findByRole('button', { name: '已撤销' }))
  expect(await screen.findByText('在记录的死亡日期之后，此人于 2026年11月2日 完成了认证（网格员上门认证）。')).toBeTruthy()
  expect(screen.queryByText('这条死亡信息可能有误，请核实。')).toBeNull()
  expect(screen.getByText('撤销时间')).toBeTruthy()
  expect(screen.queryByRole('button', { name: /记录有误|确认死亡/ })).toBeNull()
})

test('a linked record that is not found is said kindly, and the list is still there', async () => {
  answerByUrl((url) => (url.endsWith('/deaths/d-9') ? answer(404, problem('not_found', 404)) : answer(200, { items: [deathRecord('d-1')] })))
  openDeaths({ id: 'd-9' })

  expect(await screen.findByText('没有找到消息中提到的记录，可能不属于您的辖区。下面是其他记录。')).toBeTruthy()
  expect(await screen.findByRole('heading', { name: '周*明' })).toBeTruthy()
})

test('the confirmed and reversed records are a tap away, each with how it was decided', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [] }))
    .mockResolvedValueOnce(answer(200, { items: [deathRecord('d-3', { status: 'confirmed', confirmedVia: 'before_review', heldFen: 0, decidedAt: '2026-10-01T02:00:00.000Z' })] }))
    .mockResolvedValueOnce(answer(200, { items: [] }))
  openDeaths()

  expect(await screen.findByText('没有待核实的死亡信息。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '已确认' }))
  expect(await screen.findByText('启用核实前已停发')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/retiree/office/deaths?status=confirmed')
  expect(screen.getByRole('button', { name: '已确认' }).getAttribute('aria-pressed')).toBe('true')
  expect(screen.queryByRole('button', { name: '确认死亡（停发养老金）' })).toBeNull()
  expect(screen.getByRole('button', { name: '记录有误（撤销）' })).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: '已撤销' }))
  expect(await screen.findByText('没有已撤销的死亡信息。')).toBeTruthy()
})

test('in English, with nothing to check', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  openDeaths()

  expect(await screen.findByText('There are no death records to check.')).toBeTruthy()
  expect(screen.getByRole('heading', { level: 1, name: 'Death records to check' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'To check' }).getAttribute('aria-pressed')).toBe('true')
})

test('in English, a record reads in English, dates included', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { items: [deathRecord('d-1', { certifiedSince: { on: '2026-11-02', method: 'face' } })] }))
  openDeaths()

  expect(await screen.findByText('After the recorded date of death, this person was certified on 2 Nov 2026 (Face check).')).toBeTruthy()
  expect(screen.getByText('The record may be wrong: please check.')).toBeTruthy()
  expect(screen.getByText('14 Sep 2026')).toBeTruthy()
  expect(screen.getByText('20 Nov 2026 10:00')).toBeTruthy()
  expect(screen.getByText('To check: pension on hold')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Confirm the death (stop the pension)' })).toBeTruthy()
})
