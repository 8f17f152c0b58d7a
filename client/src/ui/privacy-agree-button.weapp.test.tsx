import { render } from '@testing-library/react'
import { expect, test, vi } from 'vitest'

const seen: Record<string, unknown>[] = []

vi.mock('@tarojs/components', () => ({
  Button: (props: Record<string, unknown>) => {
    seen.push(props)
    return null
  },
}))

test('on WeChat the agree button is WeChat’s own agreePrivacyAuthorization button, answering only after its event', async () => {
  const { PrivacyAgreeButton } = await import('./privacy-agree-button.weapp')
  const onAgree = vi.fn()
  render(<PrivacyAgreeButton label='同意并继续' onAgree={onAgree} />)
  const props = seen.at(-1)
  expect(props).toMatchObject({ id: 'privacy-agree', openType: 'agreePrivacyAuthorization', children: '同意并继续' })
  expect(onAgree).not.toHaveBeenCalled()
  ;(props?.onAgreePrivacyAuthorization as () => void)()
  expect(onAgree).toHaveBeenCalledOnce()
})
