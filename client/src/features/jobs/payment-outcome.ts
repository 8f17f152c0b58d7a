/** How the pay sheet ended, as far as the phone knows: the portal's answer decides whether it is paid. */
export type PaymentOutcome = 'paid' | 'cancelled' | 'unsupported'
