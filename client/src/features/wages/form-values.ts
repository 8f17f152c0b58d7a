import { z } from 'zod'
import type { ComplaintDraftForm } from '@renshe/shared/wages/schemas'

/** What the worker has typed, every answer as the text in its field (a draft saves in any state). */
export const FormValues = z.object({
  employerId: z.string().max(64).nullable(),
  employerName: z.string().max(60),
  creditCode: z.string().max(30),
  projectId: z.string().max(64).nullable(),
  siteName: z.string().max(60),
  regionCode: z.string().max(6),
  address: z.string().max(100),
  fromMonth: z.string().max(7),
  toMonth: z.string().max(7),
  amountYuan: z.string().max(16),
  payUnit: z.string().max(10),
  coWorkers: z.string().max(4),
  phone: z.string().max(20),
  description: z.string().max(500),
})
export type FormValues = z.infer<typeof FormValues>

export const emptyValues: FormValues = {
  employerId: null,
  employerName: '',
  creditCode: '',
  projectId: null,
  siteName: '',
  regionCode: '',
  address: '',
  fromMonth: '',
  toMonth: '',
  amountYuan: '',
  payUnit: '',
  coWorkers: '0',
  phone: '',
  description: '',
}

/** The contract's draft form: the same answers, grouped as the complaint is. */
export function toDraftForm(values: FormValues, evidenceIds: readonly string[]): ComplaintDraftForm {
  return {
    employer: { employerId: values.employerId, name: values.employerName, creditCode: values.creditCode },
    site: { projectId: values.projectId, siteName: values.siteName, regionCode: values.regionCode, address: values.address },
    wages: {
      fromMonth: values.fromMonth,
      toMonth: values.toMonth,
      amountYuan: values.amountYuan,
      payUnit: values.payUnit,
      coWorkers: values.coWorkers,
    },
    evidenceIds: [...evidenceIds],
    contact: { phone: values.phone },
    description: values.description,
  }
}

export function fromDraftForm(form: ComplaintDraftForm): FormValues {
  return {
    employerId: form.employer?.employerId ?? null,
    employerName: form.employer?.name ?? '',
    creditCode: form.employer?.creditCode ?? '',
    projectId: form.site?.projectId ?? null,
    siteName: form.site?.siteName ?? '',
    regionCode: form.site?.regionCode ?? '',
    address: form.site?.address ?? '',
    fromMonth: form.wages?.fromMonth ?? '',
    toMonth: form.wages?.toMonth ?? '',
    amountYuan: form.wages?.amountYuan ?? '',
    payUnit: form.wages?.payUnit ?? '',
    coWorkers: form.wages?.coWorkers ?? '0',
    phone: form.contact?.phone ?? '',
    description: form.description ?? '',
  }
}


/** `13812345678` → `138****5678`: shown once the field is left, so a lock-screen glance reveals little. */
export function maskPhone(phone: string): string {
  const digits = phone.trim()
  if (!/^\d{11}$/.test(digits)) return digits
  return `${digits.slice(0, 3)}****${digits.slice(7)}`
}
