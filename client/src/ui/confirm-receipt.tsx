import { View } from '@tarojs/components'
import { useState } from 'react'
import type { PayoutConfirmation } from '@renshe/shared/platform/payout-confirmation'
import type { Problem } from '@renshe/shared/platform/problem'
import { defineCatalog, useT } from '../lib/i18n/translate'
import { confirmTransfer, transferConfirmationAvailable, type TransferConfirmationOutcome } from '../lib/transfer-confirmation'
import { Banner } from './banner'
import { Button } from './button'
import { ProblemNotice } from './problem-notice'

// Its own texts, not the main package's: only the subpackages that pay subsidies load it.
const confirmReceiptMessages = defineCatalog(
  {
    button: '确认收款',
    inWechat: '补贴正等待您确认收款。请在微信中打开本服务的小程序，在此页面点“确认收款”。',
    outdated: '您的微信版本过低，无法确认收款。请升级微信后再试。',
    error: '未能打开微信的确认收款页面，请稍后再试。',
  },
  {
    button: 'Confirm receipt',
    inWechat: 'The subsidy is waiting for you to confirm receipt. Open this service’s mini-program in WeChat and tap “Confirm receipt” on this page.',
    outdated: 'Your WeChat is too old to confirm the receipt. Update WeChat and try again.',
    error: 'WeChat’s page to confirm the receipt did not open. Please try again later.',
  },
)

/** What the portal answered when asked to check the transfer. */
export type ReceiptCheck = { readonly ok: true } | { readonly ok: false; readonly network: true } | { readonly ok: false; readonly network: false; readonly problem: Problem }

interface ConfirmReceiptProps {
  readonly confirmation: PayoutConfirmation
  /** Asks the portal to check the transfer with WeChat Pay (and to record what it says). */
  readonly check: () => Promise<ReceiptCheck>
  /** After the portal answered the check. */
  readonly onChecked?: () => void
}

/**
 * The payee confirms a transfer waiting for her on WeChat's own page (WeChat Pay's user
 * confirmation mode); then the portal is asked to check it with WeChat Pay, since only WeChat
 * Pay's word says the money arrived. Outside WeChat there is no such page: she is told where to
 * confirm.
 */
export function ConfirmReceipt({ confirmation, check, onChecked }: ConfirmReceiptProps) {
  const t = useT(confirmReceiptMessages)
  const [opening, setOpening] = useState(false)
  const [checking, setChecking] = useState(false)
  const [outcome, setOutcome] = useState<TransferConfirmationOutcome | null>(null)
  const [failure, setFailure] = useState<{ readonly problem: Problem | null } | null>(null)
  if (!transferConfirmationAvailable()) return <Banner tone='info'>{t('inWechat')}</Banner>

  const ask = async () => {
    setFailure(null)
    setChecking(true)
    const result = await check()
    setChecking(false)
    if (!result.ok) return setFailure({ problem: result.network ? null : result.problem })
    onChecked?.()
  }
  const confirm = async () => {
    setOpening(true)
    const done = await confirmTransfer(confirmation)
    setOpening(false)
    setOutcome(done)
    if (done === 'confirmed') await ask()
  }

  return (
    <View className='stack'>
      {outcome === 'outdated' ? <Banner tone='warning'>{t('outdated')}</Banner> : null}
      {outcome === 'error' ? <Banner tone='warning'>{t('error')}</Banner> : null}
      {failure ? <ProblemNotice problem={failure.problem} onRetry={() => void ask()} /> : null}
      <Button block busy={opening || checking} onPress={() => void confirm()}>
        {t('button')}
      </Button>
    </View>
  )
}
