import { defineCatalog } from '../i18n/translate'

export const privacyMessages = defineCatalog(
  {
    'prompt.title': '个人信息保护提示',
    'prompt.lead': '要继续“{action}”，需要您先同意《人社服务用户隐私保护指引》。',
    'prompt.body': '指引写明我们会处理哪些信息、用来做什么、保存多久。您同意后才会继续；不同意也可以，您已经填写的内容都会保留。',
    'prompt.readGuide': '阅读《用户隐私保护指引》',
    'prompt.agree': '同意并继续',
    'prompt.decline': '不同意',
    'declined.title': '没有继续“{action}”',
    'declined.body': '因为您没有同意隐私保护指引。您已经填写的内容都还在。想继续时，再点一次，可以重新选择。',
    'declined.dismiss': '知道了',
    'action.photos': '选择或拍摄照片',
    'action.file': '从微信聊天中选择文件',
    'action.copy': '复制内容',
    'action.save': '把图片保存到手机相册',
    'action.other': '使用这项功能',
  },
  {
    'prompt.title': 'Your personal information',
    'prompt.lead': 'To {action}, please first agree to the privacy guide of HR & Social Security Services.',
    'prompt.body':
      'The guide says what information we handle, what for and how long we keep it. Nothing goes on until you agree. You may also say no: everything you have entered stays here.',
    'prompt.readGuide': 'Read the privacy guide',
    'prompt.agree': 'Agree and continue',
    'prompt.decline': 'Do not agree',
    'declined.title': 'Did not {action}',
    'declined.body': 'You did not agree to the privacy guide. Everything you entered is still here. When you want to go on, tap again and you can choose again.',
    'declined.dismiss': 'OK',
    'action.photos': 'choose or take photos',
    'action.file': 'choose a file from a WeChat chat',
    'action.copy': 'copy the text',
    'action.save': "save the picture to your phone's album",
    'action.other': 'use this feature',
  },
)
