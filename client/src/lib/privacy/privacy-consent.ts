import { createStore } from '../store'

/** What WeChat's `onNeedPrivacyAuthorization` wants back (`resolve`), per its documentation. */
export type PrivacyAnswer = { readonly event: 'agree'; readonly buttonId: string } | { readonly event: 'disagree' } | { readonly event: 'exposureAuthorization' }
export type PrivacyResolve = (answer: PrivacyAnswer) => void

/** The id of the `open-type="agreePrivacyAuthorization"` button: WeChat checks that this very button was tapped. */
export const privacyAgreeButtonId = 'privacy-agree'

/** What the person is asked about, named by the kind of thing they tried to do. */
export type PrivacyAction = 'photos' | 'file' | 'copy' | 'save' | 'other'

const actionOfReferrer: Readonly<Record<string, PrivacyAction>> = {
  chooseMedia: 'photos',
  chooseImage: 'photos',
  chooseVideo: 'photos',
  chooseMessageFile: 'file',
  setClipboardData: 'copy',
  getClipboardData: 'copy',
  saveImageToPhotosAlbum: 'save',
}

/** WeChat names the API that asked (`eventInfo.referrer`, e.g. "chooseMedia" or "button.getPhoneNumber"). */
export function privacyActionOf(referrer: string | undefined): PrivacyAction {
  return (referrer && actionOfReferrer[referrer]) || 'other'
}

/**
 * `asking`: the consent screen is up, the API that asked is waiting; `declined`: the person said
 * no, the API failed quietly, and the page they were on says that nothing they entered is lost.
 */
export type PrivacyPromptState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'asking'; readonly action: PrivacyAction }
  | { readonly kind: 'declined'; readonly action: PrivacyAction }

export const privacyPromptStore = createStore<PrivacyPromptState>({ kind: 'idle' })

// Every API waiting for the answer: two taps in quick succession both wait for the one answer.
let waiting: PrivacyResolve[] = []

function answerAll(answer: PrivacyAnswer): void {
  const resolves = waiting
  waiting = []
  for (const resolve of resolves) resolve(answer)
}

/**
 * The listener for WeChat's `onNeedPrivacyAuthorization`: shows the consent screen on whichever
 * page the person is, and tells WeChat it is on screen.
 */
export function askForPrivacyConsent(resolve: PrivacyResolve, referrer?: string): void {
  waiting.push(resolve)
  const current = privacyPromptStore.get()
  if (current.kind !== 'asking') privacyPromptStore.set({ kind: 'asking', action: privacyActionOf(referrer) })
  resolve({ event: 'exposureAuthorization' })
}

/** After WeChat's agree button reported its tap: every waiting API goes on. */
export function agreeToPrivacy(): void {
  privacyPromptStore.set({ kind: 'idle' })
  answerAll({ event: 'agree', buttonId: privacyAgreeButtonId })
}

/** The person said no: the waiting APIs fail, and the page they are on stays as it was. */
export function declinePrivacy(): void {
  const current = privacyPromptStore.get()
  privacyPromptStore.set({ kind: 'declined', action: current.kind === 'idle' ? 'other' : current.action })
  answerAll({ event: 'disagree' })
}

export function dismissPrivacyNotice(): void {
  privacyPromptStore.set({ kind: 'idle' })
}

/** For tests: forget any waiting API and go back to idle. */
export function resetPrivacyConsent(): void {
  waiting = []
  privacyPromptStore.set({ kind: 'idle' })
}
