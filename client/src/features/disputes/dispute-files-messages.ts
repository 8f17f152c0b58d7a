import { defineCatalog } from '../../lib/i18n/translate'

/**
 * The files of a dispute (decision 072): photos and PDFs uploaded before the act that sends them
 * (an arbitration's application or defence, a work-injury application or its documents), and
 * the files a case lists, opened on request.
 */
export const disputeFilesMessages = defineCatalog(
  {
    'choose': '选择照片或 PDF 文件',
    'choosePhotos': '拍照或从相册选择',
    'choosePdf': '从聊天记录选择 PDF',
    'uploading': '正在上传 {percent}%',
    'done': '已上传',
    'noAnswer': '上传没有完成，网络可能中断了。',
    'retry': '重新上传 {name}',
    'remove': '移除 {name}',
    'full': '已达到 {max} 个文件的上限。',
    'waitForUploads': '请等文件上传完成后再提交',
    'fixFailed': '有文件没有上传成功，请重新上传或移除后再提交',
    'none': '没有文件。',
    'item': '{kind}：{name}',
    'kindPhoto': '照片',
    'kindPdf': 'PDF 文件',
    'meta': '{size}，上传于 {date}',
    'side.applicant': '申请方提交',
    'side.respondent': '用人单位提交',
    'side.office': '经办机构提交',
    'open': '打开文件 {name}',
    'openLink': '在新页面打开 {name}',
    'alt': '文件照片：{name}',
    'failed': '文件没有载入，请稍后重试。',
  },
  {
    'choose': 'Choose photos or PDF files',
    'choosePhotos': 'Take or choose photos',
    'choosePdf': 'Choose a PDF from a chat',
    'uploading': 'Uploading {percent}%',
    'done': 'Uploaded',
    'noAnswer': 'The upload did not finish; the connection may have dropped.',
    'retry': 'Upload {name} again',
    'remove': 'Remove {name}',
    'full': 'You have added the most files allowed ({max}).',
    'waitForUploads': 'Wait until the files have uploaded, then send',
    'fixFailed': 'A file did not upload: upload it again or remove it, then send',
    'none': 'No files.',
    'item': '{kind}: {name}',
    'kindPhoto': 'Photo',
    'kindPdf': 'PDF file',
    'meta': '{size}, added {date}',
    'side.applicant': 'From the applicant’s side',
    'side.respondent': 'From the employer',
    'side.office': 'From the office',
    'open': 'Open file {name}',
    'openLink': 'Open {name} in a new tab',
    'alt': 'Photo of the file: {name}',
    'failed': 'The file did not load; try again later.',
  },
)
