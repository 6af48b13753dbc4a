import { maskPhone } from '../access/masking.ts';

/**
 * Free text published to everyone (descriptions, addresses, public notes) with the numbers that
 * identify a person hidden: mobile and landline numbers and resident ID numbers (PIPL). Names
 * written into the text cannot be told apart reliably and are left to the public wording.
 */

const idNumber =
  /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const mobile = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
const landline = /(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)/g;

export function scrubPublicText(text: string | null): string | null {
  if (text === null) return null;
  return text
    .replace(idNumber, (id) => `${id.slice(0, 3)}${'*'.repeat(id.length - 5)}${id.slice(-2)}`)
    .replace(mobile, (number) => maskPhone(number.replace(/\D/g, '').slice(-11)))
    .replace(landline, (number) => maskPhone(number.replace(/\D/g, '')));
}
