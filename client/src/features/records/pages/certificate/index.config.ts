import { pageConfig } from '../../../../lib/page-config'

// WeChat: the page has a share menu (the verification page with the code; see certificate-share.weapp.ts).
export default definePageConfig(pageConfig({ navigationBarTitleText: '参保证明', enableShareAppMessage: true }))
