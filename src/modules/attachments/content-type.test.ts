import { describe, expect, it } from 'vitest';
import { extensionOf, safeFileName, sniffContentType, type AttachmentKind } from './content-type.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(Buffer.from(part, 'latin1')) : part)));

const headers: Record<AttachmentKind, Uint8Array> = {
  'image/jpeg': bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0x00]),
  'image/png': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'IHDR'),
  'image/gif': bytes('GIF89a', [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]),
  'image/webp': bytes('RIFF', [0x1a, 0x00, 0x00, 0x00], 'WEBPVP8 '),
  'application/pdf': bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
};

describe('sniffContentType', () => {
  for (const [kind, header] of Object.entries(headers)) {
    it(`recognises ${kind} by its magic bytes`, () => {
      expect(sniffContentType(header)).toBe(kind);
    });
  }

  it('recognises GIF87a and works on a Buffer', () => {
    expect(sniffContentType(Buffer.from('GIF87a\x01\x00', 'latin1'))).toBe('image/gif');
  });

  it.each([
    ['HTML', bytes('<!DOCTYPE html><html><script>alert(1)</script>')],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['SVG with an XML prolog', bytes('<?xml version="1.0"?><svg/>')],
    ['an EXE', bytes('MZ', [0x90, 0x00, 0x03, 0x00])],
    ['a ZIP', bytes('PK', [0x03, 0x04, 0x14, 0x00])],
    ['plain text', bytes('hello')],
    ['empty content', bytes()],
    ['a truncated JPEG', bytes([0xff, 0xd8])],
    ['a truncated PNG', headers['image/png'].subarray(0, 7)],
    ['a truncated GIF', bytes('GIF8')],
    ['GIF88a', bytes('GIF88a', [0x00])],
    ['a truncated WebP', headers['image/webp'].subarray(0, 11)],
    ['a RIFF that is not WebP (WAVE)', bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WAVEfmt ')],
    ['a truncated PDF', bytes('%PDF')],
    ['a PDF marker not at the start', bytes(' %PDF-1.7')],
    ['HTML after a PDF-looking line', bytes('<html>%PDF-1.7')],
  ])('refuses %s', (_label, content) => {
    expect(sniffContentType(content)).toBeNull();
  });
});

describe('extensionOf', () => {
  it('gives the canonical extension of each kind', () => {
    expect(extensionOf('image/jpeg')).toBe('.jpg');
    expect(extensionOf('image/png')).toBe('.png');
    expect(extensionOf('image/gif')).toBe('.gif');
    expect(extensionOf('image/webp')).toBe('.webp');
    expect(extensionOf('application/pdf')).toBe('.pdf');
  });
});

describe('safeFileName', () => {
  it('keeps a plain name whose extension matches', () => {
    expect(safeFileName('scan.pdf', 'application/pdf')).toBe('scan.pdf');
    expect(safeFileName('PHOTO.JPEG', 'image/jpeg')).toBe('PHOTO.JPEG');
  });

  it('keeps Chinese names', () => {
    expect(safeFileName('关于2024年防汛工作的通知.pdf', 'application/pdf')).toBe('关于2024年防汛工作的通知.pdf');
    expect(safeFileName('现场照片（河东街道）.jpg', 'image/jpeg')).toBe('现场照片（河东街道）.jpg');
  });

  it('strips Unix and Windows paths', () => {
    expect(safeFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(safeFileName('C:\\Users\\张三\\桌面\\照片.png', 'image/png')).toBe('照片.png');
    expect(safeFileName('a/b\\c/..\\d.gif', 'image/gif')).toBe('d.gif');
  });

  it('replaces a misleading extension with the sniffed one', () => {
    expect(safeFileName('photo.exe', 'image/png')).toBe('photo.png');
    expect(safeFileName('invoice.pdf.html', 'application/pdf')).toBe('invoice.pdf.pdf');
    expect(safeFileName('image.png', 'image/webp')).toBe('image.webp');
  });

  it('adds the extension when there is none', () => {
    expect(safeFileName('扫描件', 'application/pdf')).toBe('扫描件.pdf');
    expect(safeFileName('version 1.2', 'image/gif')).toBe('version 1.2.gif');
  });

  it('removes control characters, bidi overrides and quotes', () => {
    expect(safeFileName('a"b\r\nc\u0000.pdf', 'application/pdf')).toBe('abc.pdf');
    expect(safeFileName("it's `x`.png", 'image/png')).toBe('its x.png');
    expect(safeFileName('photo\u202Egnp.exe', 'image/png')).toBe('photognp.png');
  });

  it('trims spaces and leading or trailing dots', () => {
    expect(safeFileName('  report . .pdf  ', 'application/pdf')).toBe('report.pdf');
    expect(safeFileName('.htaccess', 'image/png')).toBe('htaccess.png');
  });

  it('falls back to "attachment" when nothing is left', () => {
    expect(safeFileName(undefined, 'image/jpeg')).toBe('attachment.jpg');
    expect(safeFileName('', 'image/png')).toBe('attachment.png');
    expect(safeFileName('   ', 'image/png')).toBe('attachment.png');
    expect(safeFileName('some/dir/', 'image/png')).toBe('attachment.png');
    expect(safeFileName('..', 'application/pdf')).toBe('attachment.pdf');
    expect(safeFileName('"\u0007"', 'image/gif')).toBe('attachment.gif');
  });

  it('cuts long names to 120 characters, keeping the extension', () => {
    const latin = safeFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf');
    expect(latin).toBe(`${'x'.repeat(116)}.pdf`);

    const chinese = safeFileName(`${'通知'.repeat(100)}.exe`, 'image/png');
    expect(Array.from(chinese)).toHaveLength(120);
    expect(chinese).toBe(`${'通知'.repeat(58)}.png`);
  });

  it('does not split a character made of a surrogate pair', () => {
    const name = safeFileName('😀'.repeat(200), 'image/webp');
    expect(Array.from(name)).toHaveLength(120);
    expect(name).toMatch(/^😀+\.webp$/u);
    expect(name).not.toMatch(/\p{Cs}/u);
  });
});
