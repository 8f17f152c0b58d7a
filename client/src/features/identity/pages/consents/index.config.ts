export default definePageConfig({ navigationBarTitleText: '个人信息处理同意', usingWindowScroll: true })
