import { generaliseAddress, maskFreeText, maskJsonStrings, redactPersonalData } from '../privacy/personal-data.ts';
import type { CaseRow } from './cases.repository.ts';

/**
 * 诉求中的个人信息: what of a case is personal data and which copy a reader gets. The citizen's own
 * words (description, intake fields, the exact address, the reporter) are the originals, read only
 * with pii.read; everyone else, and every list, search, export, notification and public feed, reads
 * the masked copies written at intake.
 */

type Reporter = Pick<CaseRow, 'reporter_name'>;

const namesOf = (row: Reporter, extra: readonly (string | null | undefined)[] = []) => ({
  names: [row.reporter_name, ...extra],
});

/** A title from the start of a text: its first 30 characters. */
function titleFrom(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('');
}

/**
 * The masked copies intake stores beside the originals. Without a title given, the title is the
 * start of the masked text (masked before it is cut, so no number is cut in half and missed).
 */
export function maskedCopies(input: {
  title: string | null;
  description: string;
  address: string | null;
  names: readonly (string | null | undefined)[];
}): { title: string; description_masked: string; address_masked: string | null } {
  const known = { names: input.names };
  const description = redactPersonalData(input.description, known).text;
  return {
    title: input.title ? redactPersonalData(input.title, known).text : titleFrom(description),
    description_masked: description,
    address_masked: generaliseAddress(input.address),
  };
}

/** The description a reader gets: the original with pii.read, else the masked copy. */
export function descriptionFor(
  row: Pick<CaseRow, 'description' | 'description_masked' | 'reporter_name'>,
  unmasked: boolean,
): string {
  if (unmasked) return row.description;
  return row.description_masked ?? redactPersonalData(row.description, namesOf(row)).text;
}

/** The address a reader gets: exact with pii.read, else to its road or community. */
export function addressFor(row: Pick<CaseRow, 'address' | 'address_masked'>, unmasked: boolean): string | null {
  if (unmasked) return row.address;
  return row.address_masked ?? generaliseAddress(row.address);
}

/** Intake fields (plates, numbers) as a reader without pii.read gets them. */
export function extraFor(row: Pick<CaseRow, 'extra' | 'reporter_name'>, unmasked: boolean): Record<string, unknown> {
  const extra = (row.extra as Record<string, unknown> | null) ?? {};
  return unmasked ? extra : (maskJsonStrings(extra, namesOf(row)) as Record<string, unknown>);
}

/** A note or public text of the timeline, which staff may write quoting the citizen. */
export function noteFor(text: string | null, row: Reporter, unmasked: boolean): string | null {
  return unmasked ? text : maskFreeText(text, namesOf(row));
}

/**
 * A timeline note as a reader gets it. A reporter's comment (case-comments.service.ts) carries the
 * masked copy made when it was written, with the names known then (the commenter's too); other
 * notes are masked as they are read.
 */
export function eventNoteFor(
  event: { note: string | null; data: unknown },
  row: Reporter,
  unmasked: boolean,
): string | null {
  if (unmasked || event.note === null) return event.note;
  const copy = (event.data as Record<string, unknown> | null)?.['noteMasked'];
  return noteFor(typeof copy === 'string' ? copy : event.note, row, false);
}
