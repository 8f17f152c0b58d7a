import { Text, View } from '@tarojs/components'
import { payText } from '@renshe/shared/jobs/match-messages'
import type { JobPostInput } from '@renshe/shared/jobs/posts'
import { langProps, roleProps } from '../../../lib/a11y/pressable'
import { useLocale } from '../../../lib/i18n/locale-store'
import { useT } from '../../../lib/i18n/translate'
import { Heading } from '../../../ui/heading'
import { useRegionName } from '../../../ui/region-name'
import { datesText, occupationLabel, placeText, shiftsText } from '../labels'
import { jobsMessages } from '../messages'

interface JobFactsProps {
  readonly post: JobPostInput
  readonly organisationName: string
  /** The whole post (the employer's and the officer's views); the open list shows the essentials. */
  readonly full?: boolean
  /** Something beside the title, such as the post's status, with its tone. */
  readonly badge?: string
  readonly badgeTone?: 'ok' | 'warn' | 'plain'
}

/** A job as people scan it: what, the pay, what kind, where, when; then the rest for those deciding on it. */
export function JobFacts({ post, organisationName, full = false, badge, badgeTone = 'plain' }: JobFactsProps) {
  const t = useT(jobsMessages)
  const locale = useLocale()
  const regionName = useRegionName()
  const requires = [...post.skills, ...post.certificates]
  return (
    <View className='jobs-job'>
      <TitleWithTag title={post.title} tag={badge} tone={badgeTone} />
      <Text className='jobs-job__org'>{organisationName}</Text>
      <View className='jobs-job__pay-row'>
        <Text className='jobs-job__pay'>{payText(post.pay, locale)}</Text>
        <Text className={`jobs-kind jobs-kind--${post.kind}`}>{t(`kind.${post.kind}`)}</Text>
      </View>
      <View {...roleProps('list')} className='jobs-job__facts'>
        <Fact label={t('job.place')} value={placeText(post.place, regionName)} />
        <Fact label={t('job.dates')} value={datesText(post.startDate, post.endDate, t, locale)} />
        <Fact label={t('job.shifts')} value={shiftsText(post.shifts, t, locale)} />
        <Fact label={t('job.people')} value={t('job.headcount', { count: post.headcount })} />
        {full ? <Fact label={t('job.occupation')} value={occupationLabel(post.occupation, locale)} lang={locale === 'zh-CN' ? undefined : 'zh-CN'} /> : null}
        {requires.length > 0 ? <Fact label={t('job.requires')} value={requires.join(t('list.and'))} /> : null}
        {full && post.description ? <Fact label={t('job.description')} value={post.description} /> : null}
      </View>
    </View>
  )
}

/** An item's title as its heading, with its status tag beside it (toned: done, needing someone, or plain). */
export function TitleWithTag({ title, tag, tone = 'plain' }: { readonly title: string; readonly tag?: string | undefined; readonly tone?: 'ok' | 'warn' | 'plain' }) {
  return (
    <View className='jobs-job__head'>
      <Heading level={3} className='jobs-job__title'>
        {title}
      </Heading>
      {tag ? <Text className={tone === 'plain' ? 'status-tag' : `status-tag status-tag--${tone}`}>{tag}</Text> : null}
    </View>
  )
}

/** One labelled fact of a list. `lang`: a value in another language than the page's (the classification's Chinese names on an English page). */
export function Fact({ label, value, lang }: { readonly label: string; readonly value: string; readonly lang?: string | undefined }) {
  return (
    <View {...roleProps('listitem')} className='jobs-fact'>
      <Text className='jobs-fact__label'>{label}</Text>
      <Text {...(lang ? langProps(lang) : {})} className='jobs-fact__value'>
        {value}
      </Text>
    </View>
  )
}
