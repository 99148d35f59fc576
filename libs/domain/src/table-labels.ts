/**
 * Table labels in the order staff read them: T2 before T10. One collator serves every comparison:
 * `localeCompare` with options builds a new one per call, which made sorting plans the hottest
 * line of our own code in a booking.
 */
const labelOrder = new Intl.Collator('en', { numeric: true });

export const compareTableLabels = (a: string, b: string): number => labelOrder.compare(a, b);
