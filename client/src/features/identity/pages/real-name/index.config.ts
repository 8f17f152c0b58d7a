import { pageConfig } from '../../../../lib/page-config'

export default definePageConfig(pageConfig({ navigationBarTitleText: '实名认证' }))
