export default definePageConfig({ navigationBarTitleText: '人社服务', usingWindowScroll: true })
