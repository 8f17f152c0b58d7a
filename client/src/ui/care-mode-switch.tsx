import { actingForStore } from '../lib/acting-for/acting-for-store'
import { setCareMode, useCareMode } from '../lib/care-mode/care-mode-store'
import { useT } from '../lib/i18n/translate'
import { useStore } from '../lib/store'
import { uiMessages } from './messages'
import { Toggle } from './toggle'

export function CareModeSwitch() {
  const t = useT(uiMessages)
  const on = useCareMode()
  // Switched while acting, it is for the citizen: stopping gives the staff member's own back.
  const acting = useStore(actingForStore) !== null
  return <Toggle id='care-mode' label={t('careMode.label')} hint={t(acting ? 'careMode.hintActing' : 'careMode.hint')} on={on} onChange={setCareMode} />
}
