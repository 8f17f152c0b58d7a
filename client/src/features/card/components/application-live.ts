import type { CardApplication } from '@renshe/shared/card/applications'

/** Under way: neither collected nor withdrawn. One such a person at a time (decision 067). */
export function isUnderWay(application: CardApplication | null): application is CardApplication {
  return application !== null && application.status !== 'collected' && application.status !== 'withdrawn'
}
