export default definePageConfig({ navigationBarTitleText: '新增代办授权', usingWindowScroll: true })
