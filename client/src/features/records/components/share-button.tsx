import { Button } from '../../../ui/button'

interface ShareButtonProps {
  readonly label: string
  readonly onShare: () => void
}

/** The browser: an ordinary button; the page shares (or copies) when it is pressed. */
export function ShareButton({ label, onShare }: ShareButtonProps) {
  return (
    <Button variant='secondary' block onPress={onShare}>
      {label}
    </Button>
  )
}
