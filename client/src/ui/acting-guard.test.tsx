import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { bindRealName } from '@renshe/shared/identity/contract'
import { getRecordsSummary } from '@renshe/shared/records/contract'
import { actingForStore } from '../lib/acting-for/acting-for-store'
import { PageShell } from './page-shell'

const wang = { grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', expiresAt: '2030-01-01T00:00:00.000Z' }

test('grid staff see whom they act for on every page, and can stop with one tap', () => {
  actingForStore.set({ ...wang, scopes: ['records.read'] })
  render(
    <PageShell title='社保缴费记录' operation={getRecordsSummary}>
      <p>records</p>
    </PageShell>,
  )

  expect(screen.getByRole('region', { name: '代办状态' }).textContent).toContain('正在代办：王**（3303…）')
  expect(screen.getByText('records')).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: '停止代办' }))

  expect(actingForStore.get()).toBeNull()
  expect(screen.queryByRole('region', { name: '代办状态' })).toBeNull()
})

test('a page the grant does not cover says so instead of failing', () => {
  actingForStore.set({ ...wang, scopes: ['profile.read'] })
  render(
    <PageShell title='社保缴费记录' operation={getRecordsSummary}>
      <p>records</p>
    </PageShell>,
  )

  expect(screen.queryByText('records')).toBeNull()
  expect(screen.getByRole('status').textContent).toContain('王**给您的授权不包含此事项')
})

test('something that can never be done for someone else says so while acting', () => {
  actingForStore.set({ ...wang, scopes: ['profile.read', 'records.read'] })
  render(
    <PageShell title='实名认证' operation={bindRealName}>
      <p>form</p>
    </PageShell>,
  )

  expect(screen.queryByText('form')).toBeNull()
  expect(screen.getByRole('status').textContent).toContain('此页面的事项不能代办')
})
