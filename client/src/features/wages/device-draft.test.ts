import { expect, test } from 'vitest'
import type { ComplaintDraft } from '@renshe/shared/wages/schemas'
import { DeviceDraft, mergeDrafts, newDeviceDraft, withSite } from './device-draft'
import { emptyValues } from './form-values'

const draftId = '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4'
const otherId = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'

function phone(changes: Partial<DeviceDraft> = {}): DeviceDraft {
  return { ...newDeviceDraft(draftId, new Date('2026-11-20T02:00:00.000Z')), ...changes }
}

function server(changes: Partial<ComplaintDraft> = {}): ComplaintDraft {
  return {
    draftId,
    step: 2,
    form: { employer: { employerId: null, name: '温州某建设有限公司', creditCode: '' }, evidenceIds: ['ev-1'] },
    updatedAt: '2026-11-20T03:00:00.000Z',
    ...changes,
  }
}

test('a worker who carried on on another phone finds the newer server draft', () => {
  const merged = mergeDrafts(phone({ values: { ...emptyValues, employerName: '旧名字' }, unsaved: true }), server())
  expect(merged?.values.employerName).toBe('温州某建设有限公司')
  expect(merged?.step).toBe(2)
  expect(merged?.manualEmployer).toBe(true)
  expect(merged?.evidence.map((item) => item.serverId)).toEqual(['ev-1'])
})

test('what was typed offline after the last save wins over the older server copy', () => {
  const typedLater = phone({ values: { ...emptyValues, employerName: '离线时写的' }, updatedAt: '2026-11-20T04:00:00.000Z', unsaved: true })
  expect(mergeDrafts(typedLater, server())).toBe(typedLater)
})

test('the phone keeps its own copy when the server holds exactly what it saved, even with clocks apart', () => {
  const saved = phone({ updatedAt: '2026-11-20T09:00:00.000Z', syncedAt: '2026-11-20T03:00:00.000Z', unsaved: false })
  expect(mergeDrafts(saved, server())).toBe(saved)
})

test('files kept on this phone and not yet uploaded survive a newer server draft of the same complaint', () => {
  const local = { key: 'lf1', localId: 'lf1', serverId: null, uploadKey: 'k1', name: '工资条.jpg', size: 2048, mime: 'image/jpeg' }
  const uploaded = { key: 'ev-1', localId: null, serverId: 'ev-1', uploadKey: 'k0', name: '欠条.pdf', size: 4096, mime: 'application/pdf' }
  const merged = mergeDrafts(phone({ evidence: [uploaded, local] }), server())
  expect(merged?.evidence).toEqual([uploaded, local])
})

test('a draft already sent or waiting in the outbox is not offered again', () => {
  expect(mergeDrafts(phone(), server(), new Set([draftId]))).toBeNull()
  const other = server({ draftId: otherId })
  expect(mergeDrafts(phone(), other, new Set([draftId]))?.draftId).toBe(otherId)
})

test('with nothing anywhere there is no draft, and with one copy that one is taken', () => {
  expect(mergeDrafts(null, null)).toBeNull()
  expect(mergeDrafts(null, server())?.syncedAt).toBe('2026-11-20T03:00:00.000Z')
  const mine = phone()
  expect(mergeDrafts(mine, null)).toBe(mine)
})

const site = { id: 'project-1', name: '瓯江府二期', regionCode: '330302', address: '鹿城区江滨西路 88 号' }

test('picking a known site puts what was typed for a site aside, and letting it go brings it back as typed', () => {
  const typed = phone({ values: { ...emptyValues, siteName: '江边的楼', regionCode: '330304', address: '桥头' } })
  const picked = withSite(typed, site)
  expect(picked.values).toMatchObject({ projectId: 'project-1', siteName: '瓯江府二期', regionCode: '330302', address: '鹿城区江滨西路 88 号' })
  // Picking another known site keeps the typed one aside still.
  const other = withSite(picked, { ...site, id: 'project-2', name: '滨江商务楼' })
  expect(other.typedSite).toEqual({ siteName: '江边的楼', regionCode: '330304', address: '桥头' })
  const released = withSite(other, null)
  expect(released.values).toMatchObject({ projectId: null, siteName: '江边的楼', regionCode: '330304', address: '桥头' })
  expect(released.typedSite).toBeNull()
})

test('letting a picked site go with nothing typed before leaves the site fields empty', () => {
  const released = withSite(withSite(phone(), site), null)
  expect(released.values).toMatchObject({ projectId: null, siteName: '', regionCode: '', address: '' })
})

test('a draft kept before sites were kept aside still reads', () => {
  const { typedSite: _dropped, ...older } = phone()
  expect(DeviceDraft.parse(JSON.parse(JSON.stringify(older))).typedSite).toBeNull()
})
