import { useT } from '../../../lib/i18n/translate'
import { LoginNotice } from '../../../ui/login-notice'
import { injuryMessages } from '../injury-messages'

/** Shown instead of a work-injury page that needs a login, with the way back here after it. */
export function InjuryLoginFirst({ back }: { readonly back: string }) {
  return <LoginNotice back={back} lead={useT(injuryMessages)('login.lead')} />
}
