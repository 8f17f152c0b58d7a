export default definePageConfig({ navigationBarTitleText: '上门认证', usingWindowScroll: true })
