import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import { listProgrammes } from '@renshe/shared/training/programmes-contract'
import type { ProgrammeStatus } from '@renshe/shared/training/schemas'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Button } from '../../../../ui/button'
import { ChoiceChips } from '../../../../ui/choice-chips'
import { Heading } from '../../../../ui/heading'
import { Link, openPage } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadProgrammes } from '../../api'
import { Ledger } from '../../components/ledger'
import { LoginFirst } from '../../components/login-first'
import { trainingMessages } from '../../messages'
import '../../training.css'

export default function TrainingProgrammesPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const [status, setStatus] = useState<ProgrammeStatus>('open')
  // The server filters and pages by status: the other status is another list, from its first page.
  const programmes = usePaged(
    useCallback((cursor: string | undefined) => loadProgrammes(status)(cursor), [status]),
    session !== null,
  )
  // Back from opening or stopping one: the list shows it as it now stands.
  useDidShow(() => {
    if (session && programmes.status !== 'loading') programmes.reload()
  })

  return (
    <PageShell title={t('programmes.title')} operation={listProgrammes}>
      {!session ? <LoginFirst back={routes.trainingProgrammes} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('programmes.lead')}</Text>
          <View className='training-actions'>
            <Button block onPress={() => openPage(routes.newTrainingProgramme)}>
              {t('programmes.new')}
            </Button>
          </View>
          <View className='training-links'>
            <Link to={routes.trainingSubsidies}>{t('programmes.subsidiesLink')}</Link>
          </View>
          <ChoiceChips<ProgrammeStatus>
            id='programmes-status'
            legend={t('programmes.filter')}
            options={[
              { value: 'open', label: t('programmes.open') },
              { value: 'closed', label: t('programmes.closed') },
            ]}
            value={status}
            onChange={(chosen) => {
              setStatus(chosen)
              programmes.reload()
            }}
          />
          <PagedList
            paged={programmes}
            empty={status === 'open' ? t('programmes.noneOpen') : t('programmes.noneClosed')}
            keyOf={(programme) => programme.id}
            listClassName='training-list'
            itemClassName={(programme) => `training-list__item training-list__item--${programme.status}`}
          >
            {(programme) => (
              <View className='training-programme'>
                <Heading level={2} className='training-voucher__title'>
                  {programme.name}
                </Heading>
                <Text className='training-line'>
                  {t(`kind.${programme.kind}`)} · {t(`payment.${programme.payment}`)} · {t(`reach.${programme.reach}`)}
                </Text>
                <Ledger ledger={programme.ledger} />
                <View className='training-links'>
                  <Link to={pageLink('trainingProgramme', { id: programme.id })}>{t('programmes.detail', { name: programme.name })}</Link>
                </View>
              </View>
            )}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  )
}
