import { useT } from '../../../lib/i18n/translate'
import { LoginNotice } from '../../../ui/login-notice'
import { contractsMessages } from '../messages'

/** Shown instead of a page that needs a login, with the way back here after it. */
export function LoginFirst({ back }: { readonly back: string }) {
  return <LoginNotice back={back} lead={useT(contractsMessages)('login.lead')} />
}
