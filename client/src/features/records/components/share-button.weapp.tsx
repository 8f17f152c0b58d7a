import { Button } from '@tarojs/components'
import '../../../ui/button.css'

interface ShareButtonProps {
  readonly label: string
  readonly onShare: () => void
}

/** WeChat: its own share button, which opens the chat picker with what the page's share menu gives. */
export function ShareButton({ label }: ShareButtonProps) {
  return (
    <Button openType='share' className='ui-button ui-button--secondary ui-button--block share-button'>
      {label}
    </Button>
  )
}
