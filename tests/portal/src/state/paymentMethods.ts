/** Payment methods on file in the replica tenant (test data). */

/** A card on file. */
export interface PaymentMethod {
  key: string;
  brand: string;
  last4: string;
}

/** The cards on file at start. */
export const INITIAL_PAYMENT_METHODS: readonly PaymentMethod[] = [
  { key: 'visa-4242', brand: 'Visa', last4: '4242' },
  { key: 'mastercard-5454', brand: 'Mastercard', last4: '5454' },
];

/**
 * A new card from what the admin typed. Brand from the first digit (4 Visa, 5 Mastercard,
 * else "Card").
 * @returns undefined when fewer than 12 digits were typed.
 */
export function paymentMethodFromNumber(input: string): PaymentMethod | undefined {
  const digits = input.replace(/\D/g, '');
  if (digits.length < 12) return undefined;
  const brand = digits.startsWith('4') ? 'Visa' : digits.startsWith('5') ? 'Mastercard' : 'Card';
  const last4 = digits.slice(-4);
  return { key: `${brand.toLowerCase()}-${last4}-${digits.length}`, brand, last4 };
}
