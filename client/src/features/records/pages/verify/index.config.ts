import { pageConfig } from '../../../../lib/page-config'

export default definePageConfig(pageConfig({ navigationBarTitleText: '参保证明核验' }))
