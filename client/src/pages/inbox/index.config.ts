export default definePageConfig({ navigationBarTitleText: '消息', usingWindowScroll: true })
