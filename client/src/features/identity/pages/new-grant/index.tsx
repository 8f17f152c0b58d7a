import { useCallback, useState } from 'react'
import { createProxyGrant } from '@renshe/shared/identity/contract'
import { useT } from '../../../../lib/i18n/translate'
import { routes } from '../../../../routes'
import { openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { ConsentStep } from '../../components/consent-step'
import { NewGrantForm } from '../../components/new-grant-form'
import { identityMessages } from '../../messages'

export default function NewGrantPage() {
  const t = useT(identityMessages)
  const [step, setStep] = useState<{ readonly kind: 'consent'; readonly askAgain: boolean } | { readonly kind: 'form' }>({
    kind: 'consent',
    askAgain: false,
  })
  const agreed = useCallback(() => setStep({ kind: 'form' }), [])

  return (
    <PageShell title={t('newGrant.title')} operation={createProxyGrant}>
      {step.kind === 'consent' ? <ConsentStep purpose='proxy.sharing' onAgreed={agreed} askAgain={step.askAgain} /> : null}
      {step.kind === 'form' ? (
        <NewGrantForm
          onCreated={() => openPage(`${routes.proxyGrants}?created=1`, true)}
          onConsentRequired={() => setStep({ kind: 'consent', askAgain: true })}
        />
      ) : null}
    </PageShell>
  )
}
