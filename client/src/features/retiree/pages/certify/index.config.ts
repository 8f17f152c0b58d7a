export default definePageConfig({ navigationBarTitleText: '养老金资格认证', usingWindowScroll: true })
