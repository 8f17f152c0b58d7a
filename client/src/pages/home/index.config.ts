import { pageConfig } from '../../lib/page-config'

export default definePageConfig(pageConfig({ navigationBarTitleText: '人社服务' }))
