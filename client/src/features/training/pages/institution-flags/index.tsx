import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { pageLink } from '@renshe/shared/platform/pages'
import type { SupervisedInstitution, SupervisionFlag } from '@renshe/shared/training/attendance'
import { listInstitutionFlags } from '@renshe/shared/training/attendance-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { formatDateTime } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadInstitutionFlags } from '../../api'
import { FlagCounts } from '../../components/flag-counts'
import { InstitutionStatus } from '../../components/institution-status'
import { LoginFirst } from '../../components/login-first'
import { SuspensionControl } from '../../components/suspension-control'
import { dayText } from '../../labels'
import { trainingMessages } from '../../messages'
import '../../training.css'

/** One institution of the officer's region: its status, its flags newest first, and suspending or reinstating it. */
export default function InstitutionFlagsPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const { id = '' } = useRouter().params
  return (
    <PageShell title={t('flags.title')} operation={listInstitutionFlags}>
      {!session ? <LoginFirst back={pageLink('institutionFlags', { id })} /> : null}
      {session ? <FlagsView id={id} /> : null}
    </PageShell>
  )
}

function FlagsView({ id }: { readonly id: string }) {
  const t = useT(trainingMessages)
  // Each page of flags carries the institution as it stands; a suspension or reinstatement here replaces it.
  const [institution, setInstitution] = useState<SupervisedInstitution | null>(null)
  const [changed, setChanged] = useState<SupervisedInstitution['status'] | null>(null)
  const flags = usePaged(
    useCallback(
      async (cursor: string | undefined) => {
        const result = await loadInstitutionFlags(id)(cursor)
        if (result.ok && cursor === undefined) setInstitution(result.value.institution)
        return result
      },
      [id],
    ),
  )
  return (
    <View>
      {institution ? (
        <View className='training-voucher'>
          <Heading level={2} className='training-voucher__title'>
            {institution.name}
          </Heading>
          {changed ? <Banner tone='success'>{t(changed === 'suspended' ? 'suspend.done' : 'reinstate.done')}</Banner> : null}
          <InstitutionStatus institution={institution} />
          <FlagCounts flags={institution.flags} label={t('flag.countsLabel')} />
          <View className='training-actions'>
            <SuspensionControl
              institution={institution}
              onChanged={(now) => {
                setInstitution(now)
                setChanged(now.status)
              }}
            />
          </View>
        </View>
      ) : null}
      <Card title={t('flags.listTitle')}>
        <PagedList paged={flags} empty={t('flags.none')} keyOf={(flag) => flag.id} listClassName='training-list' itemClassName={() => 'training-list__item'}>
          {(flag) => <FlagItem flag={flag} />}
        </PagedList>
      </Card>
      <View className='training-links'>
        <Link to={routes.trainingSupervision}>{t('flags.toList')}</Link>
      </View>
    </View>
  )
}

/** One flag: what it is, on which course and session, about which trainee (masked), and when. */
function FlagItem({ flag }: { readonly flag: SupervisionFlag }) {
  const t = useT(trainingMessages)
  const locale = useLocale()
  return (
    <View className='training-voucher'>
      <Heading level={3} className='training-voucher__title'>
        {t(`flag.${flag.kind}`)}
      </Heading>
      <Text className='training-line'>{t(`flag.${flag.kind}.explain`)}</Text>
      <Text className='training-line'>{t('flags.course', { name: flag.courseName })}</Text>
      <Text className='training-line'>{flag.sessionDate ? t('flags.session', { date: dayText(flag.sessionDate, locale) }) : t('flags.wholeCourse')}</Text>
      <Text className='training-line'>{t('flags.trainee', { name: flag.traineeMaskedName })}</Text>
      <Text className='training-line muted'>{t('flags.raisedAt', { time: formatDateTime(flag.raisedAt, locale) })}</Text>
    </View>
  )
}
