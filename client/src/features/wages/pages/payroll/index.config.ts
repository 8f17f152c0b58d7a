export default definePageConfig({ navigationBarTitleText: '工资发放', usingWindowScroll: true })
