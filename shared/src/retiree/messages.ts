/** Field messages of the retiree module, merged into the shared list. */
export const retireeFieldMessages = {
  'visit.checklist': { 'zh-CN': '请逐项确认后再提交', en: 'Confirm each item before sending' },
  'visit.photoRequired': { 'zh-CN': '请先拍一张上门认证照片', en: 'Take a photo at the visit first' },
  'visit.photoType': { 'zh-CN': '只能上传 JPG 或 PNG 照片，不超过 5 MB', en: 'Only JPG or PNG photos up to 5 MB can be added' },
} as const
