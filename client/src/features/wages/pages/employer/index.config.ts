export default definePageConfig({ navigationBarTitleText: '单位服务台', usingWindowScroll: true })
