import { fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pageLink, pages } from '@renshe/shared/platform/pages'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { expectNoAxeViolations } from '../../test-a11y'
import NoWrittenContractPage from './index'

/** The page as the inbox message links to it, its query as the message carries it. */
function openFromMessage(query: Record<string, string>) {
  const link = pageLink('noWrittenContract', query)
  const params = Object.fromEntries(link.split('?')[1]!.split('&').map((pair) => pair.split('=') as [string, string]))
  vi.mocked(useRouter).mockReturnValue({ params } as unknown as ReturnType<typeof useRouter>)
  render(<NoWrittenContractPage />)
}

const fromPayroll = { employerName: '温州市鹿城建工有限公司', startedOn: '2026-10-08', doubleFrom: '2026-11-08', doubleUntil: '2027-10-08' }

test('she reads in plain words what working without a written contract means for her, with her days, and can complain about her wages', async () => {
  openFromMessage(fromPayroll)
  expect(screen.getByRole('heading', { name: '没有签书面劳动合同', level: 1 })).toBeTruthy()
  expect(screen.getByText('温州市鹿城建工有限公司从 2026年10月8日 起用您工作，已经超过一个月，还没有和您签订书面劳动合同。')).toBeTruthy()
  expect(screen.getByText('单位应当在用工之日起一个月内和您签订书面劳动合同（《劳动合同法》第十条）。')).toBeTruthy()
  expect(screen.getByText(/每月向您支付两倍的工资，也就是在应发工资之外再多付一倍，最多 11 个月.*按您的情况，是 2026年11月8日 至 2027年10月8日 这段时间。$/)).toBeTruthy()
  expect(screen.getByText(/满一年仍然没有签的，视为您和单位已经订立了无固定期限劳动合同/)).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '投诉：要求签合同、支付两倍工资' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.fileComplaint })
  fireEvent.click(screen.getByRole('button', { name: '查看我的劳动合同' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myContracts })
  await expectNoAxeViolations()
})

test('without the message’s details, or with days that are not days, it says the same in general', () => {
  openFromMessage({ employerName: '温州市鹿城建工有限公司', startedOn: 'soon', doubleFrom: '2026-13-01', doubleUntil: '' })
  expect(screen.getByText('单位用您工作已经超过一个月，还没有和您签订书面劳动合同。')).toBeTruthy()
  expect(screen.queryByText(/按您的情况/)).toBeNull()
  expect(screen.queryByText(/soon/)).toBeNull()
})

test('in English and care mode', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openFromMessage(fromPayroll)
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('温州市鹿城建工有限公司 has had you working since 8 Oct 2026, more than a month, without signing a written labour contract with you.')).toBeTruthy()
  expect(screen.getByText(/for at most 11 months \(art\. 82; Implementing Regulations, art\. 6\)\. For you, that is from 8 Nov 2026 to 8 Oct 2027\.$/)).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Complain: ask for a contract and the double wage' })).toBeTruthy()
  await expectNoAxeViolations()
})
