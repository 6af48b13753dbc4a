import { maskFreeText } from '../privacy/personal-data.ts';

/**
 * Free text published to everyone (descriptions, public notes) with the personal data in it hidden
 * (PIPL): numbers, ID numbers, plates, self-given names and house numbers (privacy/personal-data.ts).
 */
export function scrubPublicText(text: string | null): string | null {
  return maskFreeText(text);
}
