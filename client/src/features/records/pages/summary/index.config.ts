export default definePageConfig({ navigationBarTitleText: '社保缴费记录', usingWindowScroll: true })
