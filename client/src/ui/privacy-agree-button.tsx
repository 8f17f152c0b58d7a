import { privacyAgreeButtonId } from '../lib/privacy/privacy-consent'
import { Button } from './button'

interface PrivacyAgreeButtonProps {
  readonly label: string
  readonly onAgree: () => void
}

/** The browser has no WeChat agree button; an ordinary one stands in, so the screen renders in tests. */
export function PrivacyAgreeButton({ label, onAgree }: PrivacyAgreeButtonProps) {
  return (
    <Button block id={privacyAgreeButtonId} onPress={onAgree}>
      {label}
    </Button>
  )
}
