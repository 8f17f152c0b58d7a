import type { Sample } from './operation-samples'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/**
 * A valid ID number (GB 11643) of nobody who draws a pension: partner samples are accepted and
 * receipted without certifying or stopping anyone, so walks that send them change no pension.
 */
export const sampleNonPensionerIdNumber = '330304198807214523'

/** Samples of the pensioner, partner-registration, partner-key and partner operations of `retiree`. */
export const retireeSamples: Readonly<Record<string, Sample>> = {
  'retiree.getAccount': {},
  'retiree.startFace': {},
  'retiree.finishFace': { params: { id: unknownId }, body: { verifyId: 'dev-face:sample', simulated: 'pass' } },
  'retiree.requestHomeVisit': {},
  'retiree.listAssistance': {},
  'retiree.confirmAssistance': { params: { id: unknownId } },
  'retiree.registerPartner': { body: { name: '温州医科大学附属第一医院', kind: 'hospital', dataLevel: 1 } },
  'retiree.listPartnerKeys': {},
  'retiree.rotatePartnerKey': { params: { id: unknownId } },
  'retiree.revokePartnerKey': { params: { id: unknownId } },
  'partner.sendLifeSignal': {
    body: { signalId: 'HOSP-2026-000123', idNumber: sampleNonPensionerIdNumber, kind: 'hospital_visit', observedAt: '2026-11-28T03:00:00.000Z' },
  },
  'partner.sendDeathRecord': { body: { recordId: 'MZ-2026-000456', idNumber: sampleNonPensionerIdNumber, diedOn: '2026-11-20' } },
}
