import { pageConfig } from '../../../../lib/page-config'

export default definePageConfig(pageConfig({ navigationBarTitleText: '为居民代办' }))
