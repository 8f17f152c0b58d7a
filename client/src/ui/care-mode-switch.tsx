import { setCareMode, useCareMode } from '../lib/care-mode/care-mode-store'
import { useT } from '../lib/i18n/translate'
import { uiMessages } from './messages'
import { Toggle } from './toggle'

export function CareModeSwitch() {
  const t = useT(uiMessages)
  const on = useCareMode()
  return <Toggle id='care-mode' label={t('careMode.label')} hint={t('careMode.hint')} on={on} onChange={setCareMode} />
}
