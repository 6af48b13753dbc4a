/**
 * A tiny XML writer for the GeoReport v2 documents: plain objects become elements in key order,
 * arrays repeat an item element named by the caller (services → service, attributes → attribute…).
 */

/** Characters XML 1.0 does not allow at all (control characters other than tab, newline, return). */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

export function escapeXml(text: string): string {
  return text
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** For each array-valued key, the name of one item's element. */
export type ItemNames = Readonly<Record<string, string>>;

function element(name: string, value: unknown, items: ItemNames): string {
  if (value === null || value === undefined) return `<${name}></${name}>`;
  if (Array.isArray(value)) {
    const item = items[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v, items)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => element(key, v, items))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole document with its declaration: `toXml('services', [...], { services: 'service' })`. */
export function toXml(root: string, value: unknown, items: ItemNames): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, items)}\n`;
}
