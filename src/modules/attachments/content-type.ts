/**
 * Content types of case attachments, decided by the file's own bytes.
 *
 * The client's file name and declared type are never trusted: only the magic
 * bytes at the start of the content count. Anything we cannot positively
 * recognise (HTML, SVG with its scripts, executables, archives…) is refused.
 */

export type AttachmentKind = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'application/pdf';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GIF87A = ascii('GIF87a');
const GIF89A = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function hasAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

/** The attachment kind the bytes really are, or null when not one we accept. */
export function sniffContentType(bytes: Uint8Array): AttachmentKind | null {
  if (hasAt(bytes, 0, JPEG)) return 'image/jpeg';
  if (hasAt(bytes, 0, PNG)) return 'image/png';
  if (hasAt(bytes, 0, GIF87A) || hasAt(bytes, 0, GIF89A)) return 'image/gif';
  if (hasAt(bytes, 0, RIFF) && hasAt(bytes, 8, WEBP)) return 'image/webp';
  if (hasAt(bytes, 0, PDF)) return 'application/pdf';
  return null;
}

/** Accepted extensions of each kind, the canonical one first. */
const extensions: Record<AttachmentKind, readonly [string, ...string[]]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
};

/** The canonical file extension of a kind, with its dot: '.jpg', '.png'… */
export function extensionOf(kind: AttachmentKind): string {
  return extensions[kind][0];
}

const MAX_NAME_LENGTH = 120;
const FALLBACK_BASE = 'attachment';
/** Control and invisible format characters (CR/LF, NUL, bidi overrides such as U+202E). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const QUOTES = /["'`]/g;
/** A trailing extension: a dot and up to 10 ASCII letters/digits, at least one a letter ('.2' is not one). */
const EXTENSION = /\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}$/;

function lastPathSegment(name: string): string {
  return name.split(/[/\\]/).pop() ?? '';
}

function cleanName(name: string): string {
  const cleaned = lastPathSegment(name.normalize('NFC')).replace(INVISIBLE, '').replace(QUOTES, '');
  return cleaned.trim().replace(/^[.\s]+/, '');
}

function trimBase(base: string): string {
  return base.replace(/[.\s]+$/, '').trim();
}

function truncate(text: string, maxCodePoints: number): string {
  const codePoints = Array.from(text);
  return codePoints.length <= maxCodePoints ? text : codePoints.slice(0, maxCodePoints).join('');
}

function splitExtension(name: string, kind: AttachmentKind): { base: string; extension: string } {
  const match = EXTENSION.exec(name);
  const found = match?.[0];
  const base = found === undefined ? name : name.slice(0, -found.length);
  const keepsFound = found !== undefined && extensions[kind].includes(found.toLowerCase());
  return { base, extension: keepsFound ? found : extensionOf(kind) };
}

/**
 * A safe display name for downloading an attachment: no path, no control
 * characters or quotes, at most 120 characters (Chinese kept), and an
 * extension that matches the sniffed kind ('photo.exe' of a PNG → 'photo.png').
 */
export function safeFileName(name: string | undefined, kind: AttachmentKind): string {
  const { base, extension } = splitExtension(cleanName(name ?? ''), kind);
  const limited = trimBase(truncate(trimBase(base), MAX_NAME_LENGTH - extension.length));
  return (limited === '' ? FALLBACK_BASE : limited) + extension;
}
