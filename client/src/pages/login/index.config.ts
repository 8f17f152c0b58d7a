export default definePageConfig({ navigationBarTitleText: '登录', usingWindowScroll: true })
