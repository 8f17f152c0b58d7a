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
}

/** Only services that work for this person: citizens see their own, grid staff their clients'. */
export function servicesFor(roles: readonly Role[] | null, acting: boolean): readonly Service[] {
  if (roles === null) return ['records', 'issue', 'verify']
  if (acting) return ['pension', 'records', 'issue', 'certificates', 'fileComplaint', 'myComplaints', 'inbox']
  const services: Service[] = []
  if (roles.includes('citizen')) services.push('records', 'issue', 'certificates', 'pension', 'fileComplaint', 'myComplaints', 'proxyGrants')
  if (roles.includes('grid_staff')) services.push('actFor', 'homeVisits')
  if (roles.includes('officer') || roles.includes('supervisor')) services.push('caseQueue', 'wagesStats', 'pensionCoverage')
  if (roles.includes('employer')) services.push('employerDesk')
  services.push('verify', 'inbox')
  return services
}

interface ServiceGridProps {
  readonly services: readonly Service[]
  /** Where a logged-out person goes instead of a service that needs a login. */
  readonly loginFirst: boolean
}

export function ServiceGrid({ services, loginFirst }: ServiceGridProps) {
  const t = useT(homeMessages)
  return (
    <View {...roleProps('list')} className='service-grid'>
      {services.map((service) => {
        const destination = destinations[service]
        const open = () =>
          openPage(loginFirst && service !== 'verify' ? `${routes.login}?next=${encodeURIComponent(destination)}` : destination)
        return (
          <View key={service} {...roleProps('listitem')} className='service-grid__cell'>
            <View {...pressable(open, 'link')} className={`service-grid__tile service-grid__tile--${service} focusable`} onClick={open}>
              <Text className='service-grid__name'>{t(`service.${service}`)}</Text>
              <Text className='service-grid__hint'>{t(`service.${service}.hint`)}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
