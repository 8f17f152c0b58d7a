import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { listInstitutionSubsidies } from '@renshe/shared/training/subsidy-contract'
import { sessionStore } from '../../../../lib/auth/session-store'
import { useT } from '../../../../lib/i18n/translate'
import { useStore } from '../../../../lib/store'
import { usePaged } from '../../../../lib/use-paged'
import { routes } from '../../../../routes'
import { Heading } from '../../../../ui/heading'
import { Link } from '../../../../ui/link'
import { PageShell } from '../../../../ui/page-shell'
import { PagedList } from '../../../../ui/paged-list'
import { loadInstitutionSubsidies } from '../../api'
import { LoginFirst } from '../../components/login-first'
import { SubsidyFacts, SubsidyStatusTag } from '../../components/subsidy-facts'
import { trainingMessages } from '../../messages'
import '../../training.css'

/** A training institution's subsidy applications, newest first, each with where it stands and, once approved, its payment (decisions 062, 063). */
export default function InstitutionSubsidiesPage() {
  const t = useT(trainingMessages)
  const session = useStore(sessionStore)
  const applications = usePaged(loadInstitutionSubsidies, session !== null)
  // Back from a roster where one was applied for: the list shows it.
  useDidShow(() => {
    if (session && applications.status !== 'loading') applications.reload()
  })

  return (
    <PageShell title={t('institutionSubsidies.title')} operation={listInstitutionSubsidies}>
      {!session ? <LoginFirst back={routes.institutionSubsidies} /> : null}
      {session ? (
        <View>
          <Text className='page__lead'>{t('institutionSubsidies.lead')}</Text>
          <View className='training-links'>
            <Link to={routes.institutionAccount}>{t('institutionSubsidies.accountLink')}</Link>
          </View>
          <PagedList
            paged={applications}
            empty={t('institutionSubsidies.none')}
            keyOf={(application) => application.id}
            listClassName='training-list'
            itemClassName={(application) => `training-list__item training-list__item--${application.status}`}
          >
            {(application) => (
              <View className='training-programme'>
                <Heading level={2} className='training-voucher__title'>
                  {application.traineeMaskedName} · {application.courseName}
                </Heading>
                <SubsidyStatusTag application={application} />
                <SubsidyFacts application={application} ownInstitution />
              </View>
            )}
          </PagedList>
          <View className='training-links'>
            <Link to={routes.institutionCourses}>{t('roster.toList')}</Link>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
