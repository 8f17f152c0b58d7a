import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localFiles } from '../../../../lib/local-files/local-files'
import { startNetworkWatch } from '../../../../lib/network/network'
import { outboxStore } from '../../complaint-outbox'
import { newDeviceDraft, writeDeviceDraft } from '../../device-draft'
import { emptyValues } from '../../form-values'
import { ownerKey } from '../../owner'
import { submittedCase } from '../../test-fixtures'
import FileComplaintPage from './index'

const request = vi.mocked(Taro.request)
const draftId = '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4'
const me = { userId: citizen.id, grantId: null }

function completeDraft(id: string) {
  return {
    ...newDeviceDraft(id, new Date('2026-11-27T01:00:00.000Z')),
    step: 5,
    values: {
      ...emptyValues,
      employerName: '温州某建设有限公司',
      siteName: '瓯江花园二期',
      regionCode: '330302',
      fromMonth: '2026-06',
      toMonth: '2026-09',
      amountYuan: '8500',
      payUnit: 'month',
      coWorkers: '3',
      phone: '13812345678',
    },
    unsaved: true,
  }
}

test('a worker without a network sends the complaint, is told it is safe on the phone, and it goes once the network is back', async () => {
  sessionStore.set({ token: 'token-abc', me: citizen })
  writeDeviceDraft(ownerKey(me), completeDraft(draftId))
  startNetworkWatch()
  window.dispatchEvent(new Event('offline'))
  request.mockRejectedValue(noAnswer())

  render(<FileComplaintPage />)
  expect(await screen.findByText('检查您的投诉')).toBeTruthy()
  expect(screen.getByText('138****5678')).toBeTruthy()

  fireEvent.click(screen.getByText('提交投诉'))

  expect(await screen.findByText('已保存在本手机，联网后自动发送')).toBeTruthy()
  expect(outboxStore.get()).toMatchObject([{ draftId, state: 'waiting' }])
  const key = outboxStore.get()?.[0]?.idempotencyKey

  request.mockReset()
  request.mockResolvedValue(answer(201, submittedCase))
  await act(async () => {
    window.dispatchEvent(new Event('online'))
  })

  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/wages/pages/submitted/index?id=case-1' }))
  const submission = request.mock.calls.findIndex((call) => String((call[0] as { url: string }).url).endsWith('/wages/complaints'))
  expect(submission).toBeGreaterThanOrEqual(0)
  expect(sent(request, submission).header['Idempotency-Key']).toBe(key)
  expect(sent(request, submission).data).toMatchObject({ draftId })
  expect(outboxStore.get()).toBeNull()
})

test('a complaint the server refuses comes back to the screen of the problem, with the message at its field and nothing lost', async () => {
  const otherDraft = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'
  sessionStore.set({ token: 'token-abc', me: citizen })
  writeDeviceDraft(ownerKey(me), { ...completeDraft(otherDraft), values: { ...completeDraft(otherDraft).values, employerId: 'emp-gone' } })
  startNetworkWatch()
  window.dispatchEvent(new Event('online'))
  // The draft is asked for first, then the complaint is sent.
  request
    .mockResolvedValueOnce(answer(200, { draft: null }))
    .mockResolvedValue(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.form.employer.employerId', key: 'employer.unknown', message: '…' }] })))

  render(<FileComplaintPage />)
  fireEvent.click(await screen.findByText('提交投诉'))

  expect(await screen.findByText('请修改以下问题')).toBeTruthy()
  expect(screen.getByText('第 1 步，共 5 步')).toBeTruthy()
  expect(screen.getAllByText('没有找到所选的用人单位，请重新选择').length).toBeGreaterThan(0)
  expect(outboxStore.get()).toBeNull()
  fireEvent.click(screen.getByText('下一步'))
  expect(await screen.findByText('在哪里干活？')).toBeTruthy()
  expect(screen.getByLabelText<HTMLInputElement>('项目或工地名称').value).toBe('瓯江花园二期')
})

test('a complaint with a photo queued offline goes with its photo once when the network is back: the form does not upload it beside the outbox', async () => {
  const photoDraft = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98'
  sessionStore.set({ token: 'token-abc', me: citizen })
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/photo')
  const kept = await localFiles.save({ name: '工资条.png', size: 2048, mime: 'image/png', source: new Blob(['x']) })
  if (!kept) throw new Error('the photo was not kept')
  const evidence = [{ key: kept.localId, localId: kept.localId, serverId: null, uploadKey: 'upload-key-1', name: kept.name, size: kept.size, mime: kept.mime }]
  writeDeviceDraft(ownerKey(me), { ...completeDraft(photoDraft), evidence })
  startNetworkWatch()
  window.dispatchEvent(new Event('offline'))
  request.mockRejectedValue(noAnswer())
  const uploads = vi.fn((_options: { readonly filePath: string }) =>
    Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify({ id: 'ev-1', mime: 'image/png', size: 2048, name: '工资条.png', uploadedAt: '2026-11-27T02:00:00.000Z' }), errMsg: 'uploadFile:ok' }), {
      onProgressUpdate: () => undefined,
    }),
  )
  Object.assign(Taro, { uploadFile: uploads })

  render(<FileComplaintPage />)
  fireEvent.click(await screen.findByText('提交投诉'))
  expect(await screen.findByText('已保存在本手机，联网后自动发送')).toBeTruthy()

  request.mockReset()
  request.mockResolvedValue(answer(201, submittedCase))
  await act(async () => {
    window.dispatchEvent(new Event('online'))
  })

  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/wages/pages/submitted/index?id=case-1' }))
  expect(uploads).toHaveBeenCalledTimes(1)
  Object.assign(Taro, { uploadFile: undefined })
})
