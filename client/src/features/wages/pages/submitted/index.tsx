import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { getComplaint } from '@renshe/shared/wages/contract'
import { roleProps } from '../../../../lib/a11y/pressable'
import { formatDate } from '../../../../lib/format'
import { useLocale } from '../../../../lib/i18n/locale-store'
import { useT } from '../../../../lib/i18n/translate'
import { useOperation } from '../../../../lib/use-operation'
import { routes } from '../../../../routes'
import { Banner } from '../../../../ui/banner'
import { Button } from '../../../../ui/button'
import { Card } from '../../../../ui/card'
import { openPage } from '../../../../ui/link'
import { Loading } from '../../../../ui/loading'
import { PageShell } from '../../../../ui/page-shell'
import { ProblemNotice } from '../../../../ui/problem-notice'
import { copyText } from '../../../../lib/clipboard'
import { Deadlines } from '../../components/deadlines'
import { SubscribeReminders } from '../../components/subscribe-reminders'
import { wagesMessages } from '../../messages'
import '../../wages.css'

export default function ComplaintSubmittedPage() {
  const t = useT(wagesMessages)
  const locale = useLocale()
  const id = useRouter().params.id ?? ''
  const [complaint, reload] = useOperation(getComplaint, { params: { id } })
  const [copied, setCopied] = useState<boolean | null>(null)

  return (
    <PageShell title={t('submitted.title')} operation={getComplaint}>
      {complaint.status === 'loading' ? <Loading /> : null}
      {complaint.status === 'problem' || complaint.status === 'network' ? (
        <ProblemNotice problem={complaint.status === 'problem' ? complaint.problem : null} onRetry={reload} loading />
      ) : null}
      {complaint.status === 'ok' ? (
        <View>
          <Banner tone='success' title={t('submitted.caseNumber')}>
            <Text className='case-number' selectable>
              {complaint.value.caseNumber}
            </Text>
            <Button
              variant='secondary'
              onPress={() => {
                void copyText(complaint.value.caseNumber).then(setCopied)
              }}
            >
              {t('submitted.copy')}
            </Button>
            <View {...roleProps('status')}>{copied ? <Text>{t('submitted.copied')}</Text> : null}</View>
          </Banner>

          <Card title={t('deadlines.title')}>
            <Deadlines deadlines={complaint.value.deadlines} status={complaint.value.status} />
          </Card>

          <Card title={t('submitted.next')}>
            <View className='steps-list'>
              <Text>{t('submitted.nextAccept', { acceptBy: formatDate(complaint.value.deadlines.acceptBy, locale) })}</Text>
              <Text>{t('submitted.nextHandle')}</Text>
              {complaint.value.deadlines.settleBy ? (
                <Text>{t('submitted.nextSettle', { settleBy: formatDate(complaint.value.deadlines.settleBy, locale) })}</Text>
              ) : null}
            </View>
          </Card>

          <SubscribeReminders />

          <View className='stack'>
            <Button block onPress={() => openPage(`${routes.complaint}?id=${encodeURIComponent(complaint.value.id)}`)}>
              {t('submitted.toCase')}
            </Button>
            <Button variant='secondary' block onPress={() => openPage(routes.myComplaints, true)}>
              {t('submitted.toMyCases')}
            </Button>
            <Button variant='secondary' block onPress={() => openPage(routes.home, true)}>
              {t('submitted.toHome')}
            </Button>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}
