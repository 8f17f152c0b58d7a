import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { getComplaint } from '@renshe/shared/wages/contract'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { focusById } from '../../../../lib/a11y/focus'
import { focusTarget, roleProps } from '../../../../lib/a11y/pressable'
import { formatDateTime, formatFen, formatMonth } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { Banner } from '../../../../ui/banner'
import { Card } from '../../../../ui/card'
import { domainLabels } from '../../../../ui/domain-labels'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { CaseArbitration } from '../../components/case-arbitration'
import { CaseRating } from '../../components/case-rating'
import { CaseReply } from '../../components/case-reply'
import { CaseWithdraw } from '../../components/case-withdraw'
import { Deadlines } from '../../components/deadlines'
import { OfficeEvidence } from '../../components/office-evidence'
import { Timeline } from '../../components/timeline'
import { wagesMessages } from '../../messages'
import { useRegionName } from '../../../../ui/region-name'
import '../../office.css'
import '../../wages.css'
import { whereOf } from '../../site-where'

/** The rating's part of the page, which "please rate" (on Home, in a message) opens at. */
const ratingId = 'case-rating'

export default function ComplaintPage() {
  const t = useT(wagesMessages)
  const { id = '', focus } = useRouter().params
  const [loaded, reload] = useOperation(getComplaint, { params: { id } })
  // The answer to the worker's last act, newer than what was loaded.
  const [changed, setChanged] = useState<CaseDetail | null>(null)
  const [notice, setNotice] = useState<'withdrawn' | 'rated' | null>(null)
  const detail = changed ?? (loaded.status === 'ok' ? loaded.value : null)
  const focused = useRef(false)

  // Asked to rate: the page opens at the rating (or at the rating given, if it was given meanwhile).
  useEffect(() => {
    if (focus !== 'rating' || focused.current || !detail) return
    focused.current = true
    if (detail.rating || detail.allowedActions.includes('rate')) setTimeout(() => focusById(ratingId, 'start'), 0)
  }, [detail, focus])

  return (
    <PageShell title={t('case.title')} operation={getComplaint}>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'problem' || loaded.status === 'network' ? (
        <ProblemNotice problem={loaded.status === 'problem' ? loaded.problem : null} onRetry={reload} loading />
      ) : null}
      {notice === 'withdrawn' ? <Banner tone='success'>{t('case.withdrawn')}</Banner> : null}
      {notice === 'rated' ? <Banner tone='success'>{t('case.thanks')}</Banner> : null}
      {detail ? (
        <CaseView
          detail={detail}
          onChanged={(next, what) => {
            setChanged(next)
            setNotice(what)
          }}
        />
      ) : null}
    </PageShell>
  )
}

interface CaseViewProps {
  readonly detail: CaseDetail
  readonly onChanged: (detail: CaseDetail, what: 'withdrawn' | 'rated' | null) => void
}

function CaseView({ detail, onChanged }: CaseViewProps) {
  const t = useT(wagesMessages)
  const label = useT(domainLabels)
  const locale = useLocale()
  const regionName = useRegionName()
  const messages = detail.timeline.filter((event) => event.kind === 'message')
  const responses = detail.timeline.filter((event) => event.kind === 'employer_responded' && event.note)

  const facts: { readonly key: string; readonly label: string; readonly value: string }[] = [
    { key: 'number', label: t('case.caseNumber'), value: detail.caseNumber },
    { key: 'status', label: t('case.status'), value: label(`caseStatus.${detail.status}`) },
    { key: 'submittedAt', label: t('case.submittedAt'), value: formatDateTime(detail.submittedAt, locale) },
    { key: 'employer', label: t('case.employer'), value: [detail.employer.name, detail.employer.creditCode].filter(Boolean).join(' · ') },
    {
      key: 'site',
      label: t('case.site'),
      value: [detail.site.projectName ?? detail.site.siteName, whereOf(regionName(detail.site.regionCode), detail.site.address)].filter(Boolean).join(' · '),
    },
    {
      key: 'period',
      label: t('case.period'),
      value: t('review.periodValue', { from: formatMonth(detail.wages.fromMonth, locale), to: formatMonth(detail.wages.toMonth, locale) }),
    },
    { key: 'amount', label: t('case.amount'), value: formatFen(detail.wages.amountFen) },
    { key: 'payUnit', label: t('case.payUnit'), value: label(`payUnit.${detail.wages.payUnit}`) },
    { key: 'coWorkers', label: t('case.coWorkers'), value: t('review.coWorkersValue', { count: detail.wages.coWorkers }) },
    { key: 'evidence', label: t('case.evidence'), value: t('case.evidenceCount', { count: detail.evidence.length }) },
  ]
  if (detail.description) facts.push({ key: 'description', label: t('case.description'), value: detail.description })
  if (detail.recoveredFen > 0) facts.push({ key: 'recovered', label: t('case.recovered'), value: formatFen(detail.recoveredFen) })

  return (
    <View>
      <View className='case-head'>
        <Text className='status-tag'>{label(`caseStatus.${detail.status}`)}</Text>
        <Text className='case-head__number'>{detail.caseNumber}</Text>
      </View>
      <Card title={t('deadlines.title')}>
        <Deadlines deadlines={detail.deadlines} status={detail.status} />
      </Card>

      <CaseArbitration detail={detail} />

      <Card title={t('case.detailsTitle')}>
        {detail.filedByStaff ? (
          <Text className='muted'>
            {detail.filedByStaffName
              ? t('case.filedByStaffNamed', { name: detail.filedByStaffName, staffCode: detail.filedByStaff })
              : t('case.filedByStaff', { staffCode: detail.filedByStaff })}
          </Text>
        ) : null}
        <View {...roleProps('list')} className='answers'>
          {facts.map((fact) => (
            <View key={fact.key} {...roleProps('listitem')} className='answers__row'>
              <View className='answers__text'>
                <Text className='answers__label'>{fact.label}</Text>
                <Text className={fact.key === 'number' ? 'answers__value case-number--small' : 'answers__value'}>{fact.value}</Text>
              </View>
            </View>
          ))}
        </View>
      </Card>

      {responses.length > 0 ? (
        <Card title={t('case.employerResponse')}>
          {responses.map((event) => (
            <View key={event.id} className='message'>
              <Text className='timeline__when'>{formatDateTime(event.at, locale)}</Text>
              <Text className='timeline__note'>{event.note}</Text>
            </View>
          ))}
        </Card>
      ) : null}

      <Card title={t('case.messagesTitle')}>
        {messages.length === 0 ? <Text className='muted'>{t('case.noMessages')}</Text> : null}
        {messages.length > 0 ? (
          <View {...roleProps('list')}>
            {messages.map((event) => (
              <View key={event.id} {...roleProps('listitem')} className={event.by === 'worker' || event.by === 'grid_staff' ? 'message message--mine' : 'message'}>
                <Text className='message__who'>
                  {label(`caseParty.${event.by}`)} · {formatDateTime(event.at, locale)}
                </Text>
                {event.note ? <Text className='timeline__note'>{event.note}</Text> : null}
                {event.attachments.length > 0 ? <OfficeEvidence files={event.attachments} /> : null}
              </View>
            ))}
          </View>
        ) : null}
        {detail.canMessage ? <CaseReply caseId={detail.id} onSent={(next) => onChanged(next, null)} /> : null}
      </Card>

      <Card title={t('timeline.title')}>
        <Timeline events={detail.timeline} attachments='counted' />
      </Card>

      {detail.rating || detail.allowedActions.includes('rate') ? (
        <View id={ratingId} {...focusTarget()}>
          <Card title={t('case.rateTitle')}>
            {detail.rating ? (
              <>
                <Text>{t('case.rated', { stars: detail.rating.stars })}</Text>
                {detail.rating.comment ? <Text className='timeline__note'>{detail.rating.comment}</Text> : null}
              </>
            ) : (
              <CaseRating caseId={detail.id} onDone={(next) => onChanged(next, 'rated')} />
            )}
          </Card>
        </View>
      ) : null}

      {detail.allowedActions.includes('withdraw') ? (
        <Card title={t('case.withdrawTitle')}>
          <CaseWithdraw caseId={detail.id} onDone={(next) => onChanged(next, 'withdrawn')} />
        </Card>
      ) : null}
    </View>
  )
}
