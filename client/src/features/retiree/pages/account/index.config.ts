export default definePageConfig({ navigationBarTitleText: '我的养老金', usingWindowScroll: true })
