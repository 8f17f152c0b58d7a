import { Button } from '@tarojs/components'
import { privacyAgreeButtonId } from '../lib/privacy/privacy-consent'

interface PrivacyAgreeButtonProps {
  readonly label: string
  readonly onAgree: () => void
}

/**
 * WeChat's own agree button (`open-type="agreePrivacyAuthorization"`): WeChat records the
 * consent from its tap and checks, when told "agree", that the button with this id was tapped.
 * The answer is given only after its event, as WeChat's documentation asks.
 */
export function PrivacyAgreeButton({ label, onAgree }: PrivacyAgreeButtonProps) {
  return (
    <Button
      id={privacyAgreeButtonId}
      className='ui-button ui-button--primary ui-button--block privacy-prompt__agree'
      openType='agreePrivacyAuthorization'
      onAgreePrivacyAuthorization={onAgree}
    >
      {label}
    </Button>
  )
}
