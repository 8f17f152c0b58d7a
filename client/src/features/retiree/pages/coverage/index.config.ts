export default definePageConfig({ navigationBarTitleText: '认证概况', usingWindowScroll: true })
