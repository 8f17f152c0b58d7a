import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { EvidenceContent, maxEvidenceBytes } from '../wages/schemas'
import { ArbitrationCase, ArbitrationList, ArbitrationPrefill, ArbitrationQueueQuery, NewArbitration } from './arbitration-cases'
import { DisputeFile } from './files'
import { ArbitrationAction } from './schemas'

/*
 * Labour-dispute arbitration online (issue 15, part 2; decision 070). The worker applies, or grid
 * staff for her under `disputes.file`; the commission of the county named (its officers as
 * arbitrators, its supervisors as the chair) accepts or refuses, forms the tribunal, serves the
 * respondent, holds the hearing and records the award; the employer named as respondent follows
 * it and submits its defence. Each act goes through the machine of decision 069.
 */

const tags = ['disputes'] as const
const applicant = { kind: 'session', roles: ['citizen'], proxyScope: 'disputes.file', realName: true } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const applyForArbitration = defineOperation({
  id: 'disputes.applyForArbitration',
  method: 'post',
  path: '/disputes/arbitrations',
  summary: 'Apply for labour-dispute arbitration: the respondent, the claims with their amounts, the facts; refused when the year of art. 27 has run out',
  tags,
  access: applicant,
  idempotent: true,
  successStatus: 201,
  body: NewArbitration,
  response: ArbitrationCase,
})

export const listMyArbitrations = defineOperation({
  id: 'disputes.listMyArbitrations',
  method: 'get',
  path: '/disputes/arbitrations',
  summary: 'My arbitrations: as the applicant (a citizen, or grid staff for her), or as the employer named as respondent; newest first',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer'], proxyScope: 'disputes.file' },
  response: ArbitrationList,
})

export const getArbitration = defineOperation({
  id: 'disputes.getArbitration',
  method: 'get',
  path: '/disputes/arbitrations/:id',
  summary: 'One arbitration, to its parties and to the commission that handles it: claims, steps with their time limits, hearing, award and what the caller may do now',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer', 'officer', 'supervisor'], proxyScope: 'disputes.file' },
  params: id,
  response: ArbitrationCase,
})

export const actOnArbitration = defineOperation({
  id: 'disputes.actOnArbitration',
  method: 'post',
  path: '/disputes/arbitrations/:id/actions',
  summary: 'An act on an arbitration, by the side whose act it is: accept or refuse, serve, form the tribunal, defend, schedule or postpone the hearing, record it, extend (the chair), award, withdraw',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer', 'officer', 'supervisor'], proxyScope: 'disputes.file' },
  idempotent: true,
  params: id,
  body: ArbitrationAction,
  response: ArbitrationCase,
})

export const listArbitrationQueue = defineOperation({
  id: 'disputes.listArbitrationQueue',
  method: 'get',
  path: '/disputes/arbitration-queue',
  summary: "My county's arbitrations, the overdue first, then by the next step's day",
  tags,
  access: { kind: 'session', roles: ['officer', 'supervisor'] },
  query: ArbitrationQueueQuery,
  response: ArbitrationList,
})

export const getArbitrationPrefill = defineOperation({
  id: 'disputes.getArbitrationPrefill',
  method: 'get',
  path: '/disputes/arbitration-prefill',
  summary: 'An application prefilled from her wage complaint the office sent to arbitration; not found for anyone else’s, or one not sent, or one already applied from',
  tags,
  access: applicant,
  query: z.strictObject({ wageCaseId: z.string().min(1).max(64) }),
  response: ArbitrationPrefill,
})

/** Everyone who may send a file with a dispute: the worker’s side, an employer answering, the office. */
const fileAccess = { kind: 'session', roles: ['citizen', 'employer', 'officer', 'supervisor'], proxyScope: 'disputes.file' } as const

export const uploadDisputeFile = defineOperation({
  id: 'disputes.uploadFile',
  method: 'post',
  path: '/disputes/files',
  summary: 'Upload one photo or PDF (checked by its content, at most 10 MB) to send with an arbitration’s application or defence, or a work-injury application or its documents',
  tags,
  access: fileAccess,
  upload: { field: 'file', maxBytes: maxEvidenceBytes },
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  response: DisputeFile,
})

export const getDisputeFile = defineOperation({
  id: 'disputes.getFile',
  method: 'get',
  path: '/disputes/files/:id',
  summary: 'One file of a dispute: its uploader; once sent, its own side and the office; the other side once served on it',
  tags,
  access: fileAccess,
  params: id,
  response: EvidenceContent,
})

export const listMyUnsentFiles = defineOperation({
  id: 'disputes.listMyUnsentFiles',
  method: 'get',
  path: '/disputes/files',
  summary: 'My files uploaded and not yet sent with any act, oldest first: to send with a form or delete, as they take places of the pool',
  tags,
  access: fileAccess,
  response: z.object({ items: z.array(DisputeFile) }),
})

export const deleteDisputeFile = defineOperation({
  id: 'disputes.deleteFile',
  method: 'delete',
  path: '/disputes/files/:id',
  summary: 'Delete one of my files not yet sent with any act (a sent file stays with its case); another person’s is not found',
  tags,
  access: fileAccess,
  params: id,
  response: z.object({ deleted: z.literal(true) }),
})
