import { Text, View } from '@tarojs/components'
import type { Role } from '@renshe/shared/identity/roles'
import { pressable, roleProps } from '../../lib/a11y/pressable'
import { useT } from '../../lib/i18n/translate'
import { openPage } from '../../ui/link'
import { homeMessages } from './messages'
import { routes } from '../../routes'
import './service-grid.css'

type Service =
  | 'records'
  | 'issue'
  | 'certificates'
  | 'verify'
  | 'proxyGrants'
  | 'actFor'
  | 'inbox'
  | 'fileComplaint'
  | 'myComplaints'
  | 'caseQueue'
  | 'wagesStats'
  | 'employerDesk'
  | 'pension'
  | 'homeVisits'
  | 'pensionCoverage'
  | 'jobProfile'
  | 'openJobs'
  | 'jobMatches'
  | 'flexibleInsurance'
  | 'myJobPosts'
  | 'reviewJobPosts'
  | 'jobCallbacks'
  | 'jobsRegion'
  | 'myTraining'
  | 'trainingProgrammes'
  | 'trainingSupervision'
  | 'institutionCourses'
  | 'assessorCourses'
  | 'myCard'
  | 'myEcard'
  | 'venueCheck'
  | 'countyBenefits'
  | 'cardOutlets'
  | 'cardReconciliation'
  | 'arbitration'
  | 'arbitrationQueue'
  | 'injury'
  | 'injuryQueue'
  | 'contracts'
  | 'verifyContract'

const destinations: Record<Service, string> = {
  records: routes.recordsSummary,
  issue: routes.issueCertificate,
  certificates: routes.certificates,
  verify: routes.verify,
  proxyGrants: routes.proxyGrants,
  actFor: routes.actFor,
  inbox: routes.inbox,
  fileComplaint: routes.fileComplaint,
  myComplaints: routes.myComplaints,
  caseQueue: routes.caseQueue,
  wagesStats: routes.wagesStats,
  employerDesk: routes.employerDesk,
  pension: routes.pensionAccount,
  homeVisits: routes.homeVisits,
  pensionCoverage: routes.pensionCoverage,
  jobProfile: routes.jobProfile,
  openJobs: routes.openJobs,
  jobMatches: routes.jobMatches,
  flexibleInsurance: routes.flexibleInsurance,
  myJobPosts: routes.myJobPosts,
  reviewJobPosts: routes.reviewJobPosts,
  jobCallbacks: routes.jobCallbacks,
  jobsRegion: routes.jobsRegion,
  myTraining: routes.myTraining,
  trainingProgrammes: routes.trainingProgrammes,
  trainingSupervision: routes.trainingSupervision,
  institutionCourses: routes.institutionCourses,
  assessorCourses: routes.assessorCourses,
  myCard: routes.myCard,
  myEcard: routes.myEcard,
  venueCheck: routes.venueCheck,
  countyBenefits: routes.countyBenefits,
  cardOutlets: routes.cardOutlets,
  cardReconciliation: routes.cardReconciliation,
  arbitration: routes.myArbitrations,
  arbitrationQueue: routes.arbitrationQueue,
  injury: routes.myInjuries,
  injuryQueue: routes.injuryQueue,
  contracts: routes.myContracts,
  verifyContract: routes.verifyContract,
}

/** What needs no login: a school or an employer checks a certificate; anyone holding a contract's file checks it. */
const publicServices: ReadonlySet<Service> = new Set(['verify', 'verifyContract'])

/**
 * Only services that work for this person: citizens see their own, grid staff their clients'.
 * Before logging in, every service a citizen has, so a person sees what the portal offers
 * (wage complaints and pensions included) before deciding to log in.
 */
export function servicesFor(roles: readonly Role[] | null, acting: boolean): readonly Service[] {
  if (roles === null) return ['records', 'issue', 'certificates', 'pension', 'fileComplaint', 'myComplaints', 'proxyGrants', 'verify', 'verifyContract']
  if (acting) return ['pension', 'myCard', 'records', 'issue', 'certificates', 'fileComplaint', 'myComplaints', 'arbitration', 'injury', 'jobMatches', 'jobProfile', 'inbox']
  const services: Service[] = []
  if (roles.includes('citizen')) services.push('records', 'issue', 'certificates', 'myCard', 'myEcard', 'pension', 'fileComplaint', 'myComplaints', 'arbitration', 'injury', 'contracts', 'openJobs', 'jobMatches', 'jobProfile', 'flexibleInsurance', 'myTraining', 'proxyGrants')
  if (roles.includes('grid_staff')) services.push('actFor', 'homeVisits', 'jobCallbacks')
  if (roles.includes('officer') || roles.includes('supervisor')) services.push('caseQueue', 'wagesStats', 'arbitrationQueue', 'injuryQueue', 'pensionCoverage', 'jobsRegion')
  if (roles.includes('officer')) services.push('reviewJobPosts', 'trainingProgrammes', 'trainingSupervision', 'countyBenefits', 'cardOutlets', 'cardReconciliation')
  if (roles.includes('employer') && !roles.includes('citizen')) services.push('arbitration', 'injury', 'contracts')
  if (roles.includes('employer')) services.push('employerDesk', 'myJobPosts')
  if (roles.includes('institution')) services.push('institutionCourses')
  if (roles.includes('assessor')) services.push('assessorCourses')
  if (roles.includes('venue')) services.push('venueCheck')
  services.push('verify', 'verifyContract', 'inbox')
  return services
}

interface ServiceGridProps {
  readonly services: readonly Service[]
  /** Logged out: a service that needs a login says so, and leads to the login, then to itself. */
  readonly loginFirst: boolean
}

export function ServiceGrid({ services, loginFirst }: ServiceGridProps) {
  const t = useT(homeMessages)
  return (
    <View {...roleProps('list')} className='service-grid'>
      {services.map((service) => {
        const destination = destinations[service]
        const needsLogin = loginFirst && !publicServices.has(service)
        const open = () => openPage(needsLogin ? `${routes.login}?next=${encodeURIComponent(destination)}` : destination)
        return (
          <View key={service} {...roleProps('listitem')} className='service-grid__cell'>
            <View {...pressable(open, 'link')} className={`service-grid__tile service-grid__tile--${service} focusable`} onClick={open}>
              <Text className='service-grid__name'>{t(`service.${service}`)}</Text>
              <Text className='service-grid__hint'>{t(`service.${service}.hint`)}</Text>
              {needsLogin ? <Text className='service-grid__login'>{t('service.needsLogin')}</Text> : null}
              {loginFirst && !needsLogin ? <Text className='service-grid__open'>{t('service.noLogin')}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
