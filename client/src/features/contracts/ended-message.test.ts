import { expect, test } from 'vitest'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { messageText } from '../../pages/inbox/message-text'

const ended: InboxMessage = {
  id: 'm1',
  template: 'contracts.ended',
  params: { contractNumber: 'HT3303022026000001-H2VAJR', employerName: '温州瓯江建设有限公司', lastDay: '2027-11-30', contractId: 'ct-1' },
  link: '/features/contracts/pages/contract/index?id=ct-1',
  createdAt: '2027-11-30T08:00:00.000Z',
  readAt: null,
  action: null,
}

test('the worker is told her contract ended, with its last day as a date, in either language', () => {
  expect(messageText(ended, 'zh-CN')).toBe('温州瓯江建设有限公司已解除或终止劳动合同 HT3303022026000001-H2VAJR，最后工作日为 2027年11月30日。点开查看依据、是否有经济补偿，并免费下载终止证明。')
  expect(messageText(ended, 'en')).toBe(
    '温州瓯江建设有限公司 has ended labour contract HT3303022026000001-H2VAJR; your last working day is 30 Nov 2027. Open it to see the ground, whether economic compensation is owed, and to download the certificate of ending free.',
  )
})
