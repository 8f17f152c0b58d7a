export default definePageConfig({ navigationBarTitleText: '多发养老金追回', usingWindowScroll: true })
