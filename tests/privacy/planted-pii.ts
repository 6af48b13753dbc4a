import ExcelJS from 'exceljs';

/**
 * A citizen's personal data, planted through the real API by planted-pii-world.ts and looked for
 * in every answer by planted-pii-walk.test.ts. Each datum is distinctive enough that finding it
 * anywhere is a leak, never a coincidence: no other record of the test district holds these.
 */

/** 18-digit resident ID: region 140105, born 1985-03-12, sequence 107, check digit X (GB 11643). */
const idNumber = '14010519850312107X';

export const planted = {
  /** The citizen who signs in (4 characters: a mask keeps 欧阳 and hides the rest). */
  name: '欧阳秀英',
  /** A second name, given by someone on the public form (3 characters: a mask keeps 钱). */
  otherName: '钱雨桐',
  mobile: '13987654321',
  mobileSpaced: '139-8765-4321',
  idNumber,
  landline: '0351-6231748',
  /** 19 digits, Luhn-valid. */
  bankCard: '6222021234567890128',
  plate: '晋A12345',
  /** In the test district (青溪区 › 柳林镇 › 石桥村), so the address resolves to a place. */
  address: '青溪区柳林镇石桥村和平路88号5栋2单元301室',
  road: '和平路',
} as const;

/** Free text the way a citizen types it (or an operator writes down a call): every datum at once. */
export function citizenText(lead: string): string {
  return (
    `${lead}。我叫${planted.name}，手机${planted.mobile}（也可打${planted.mobileSpaced}，座机${planted.landline}），` +
    `身份证号${planted.idNumber}，住${planted.address}。邻居${planted.otherName}也可作证。` +
    `楼下常有一辆车牌${planted.plate}的小车堵住消防通道；我的工资卡${planted.bankCard}被物业扣款。`
  );
}

/** One datum and how to find it in a normalised text (see `normalise`). */
export interface Datum {
  key: string;
  label: string;
  pattern: RegExp;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Everything the walk looks for; each must be absent from what anyone without pii.read is shown. */
export const data: readonly Datum[] = [
  { key: 'name', label: `name ${planted.name}`, pattern: new RegExp(literal(planted.name)) },
  { key: 'otherName', label: `name ${planted.otherName}`, pattern: new RegExp(literal(planted.otherName)) },
  // Separators between digits are taken out by `normalise`, so 139-8765-4321 and 139 8765 4321 match too.
  { key: 'mobile', label: `mobile ${planted.mobile}`, pattern: new RegExp(planted.mobile) },
  // A cut or half-masked copy (13987654…, 139876****21) still gives away the hidden middle digits.
  { key: 'mobilePart', label: 'mobile, partly (1398765… or …87654321)', pattern: /1398765(?!4321)|(?<!139)87654321/ },
  { key: 'idNumber', label: `ID ${planted.idNumber}`, pattern: new RegExp(planted.idNumber.slice(0, 17), 'i') },
  { key: 'idPart', label: 'ID, partly (birth date 19850312)', pattern: /(?<!140105)19850312|14010519850312(?!107)/ },
  { key: 'landline', label: `landline ${planted.landline}`, pattern: /6231748/ },
  { key: 'bankCard', label: `bank card ${planted.bankCard}`, pattern: new RegExp(planted.bankCard) },
  { key: 'plate', label: `plate ${planted.plate}`, pattern: /晋A12345/i },
  { key: 'house', label: 'address 88号', pattern: /和平路88|(?<!\d)88号/ },
  { key: 'building', label: 'address 5栋', pattern: /(?<!\d)5栋/ },
  { key: 'entrance', label: 'address 2单元', pattern: /(?<!\d)2单元/ },
  { key: 'flat', label: 'address 301室', pattern: /(?<!\d)301室/ },
];

/**
 * The text as a reader would see it: full-width forms folded (NFKC), XML character references
 * decoded, separators between digits dropped (139-8765-4321, 6222 0212 …) and the dot or space
 * in a plate (晋A·12345) dropped.
 */
export function normalise(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .normalize('NFKC')
    .replace(/(?<=\d)[\s\-‐–—.·/]+(?=\d)/g, '')
    .replace(/(?<=[\u4e00-\u9fff][A-Z])[\s·.]+(?=\d)/gi, '');
}

export interface Found {
  datum: Datum;
  excerpt: string;
}

/** Each datum found in the text, with a short excerpt around its first occurrence. */
export function findPlanted(text: string): Found[] {
  const flat = normalise(text);
  const found: Found[] = [];
  for (const datum of data) {
    const match = datum.pattern.exec(flat);
    if (!match) continue;
    const start = Math.max(0, match.index - 14);
    const end = Math.min(flat.length, match.index + match[0].length + 14);
    found.push({ datum, excerpt: flat.slice(start, end).replace(/\s+/g, ' ') });
  }
  return found;
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A piece of an answer and where it sits: a JSON path (`$.items[].title`), a sheet column, a header. */
export interface Field {
  path: string;
  text: string;
}

/** Every sheet name and every cell's text of a workbook, each cell named by its sheet and column heading. */
export async function xlsxFields(bytes: Buffer): Promise<Field[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const fields: Field[] = [];
  workbook.eachSheet((sheet) => {
    fields.push({ path: `sheet name`, text: sheet.name });
    const headings = sheet.getRow(1);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const heading = headings.getCell(column).text || `column ${column}`;
        fields.push({ path: `${sheet.name}!${heading}`, text: cell.text });
      });
    });
  });
  return fields;
}

/** Every string and number of a JSON value with its path; array indices are left out (`$.items[].title`). */
export function jsonFields(value: unknown, path = '$'): Field[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonFields(item, `${path}[]`));
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => [
      { path: `${path}.${key} (key)`, text: key },
      ...jsonFields(item, `${path}.${key}`),
    ]);
  return [{ path, text: String(value) }];
}

/** The paths of the fields holding the datum. */
export function pathsOf(fields: readonly Field[], datum: Datum): string[] {
  return [...new Set(fields.filter((f) => datum.pattern.test(normalise(f.text))).map((f) => f.path))];
}

/** Header values as text, percent-encoding undone (Content-Disposition's filename*). */
export function headerText(headers: Record<string, string | string[] | number | undefined>): string {
  return Object.entries(headers)
    .map(([name, value]) => {
      const raw = Array.isArray(value) ? value.join(', ') : String(value ?? '');
      let decoded = raw;
      try {
        decoded = decodeURIComponent(raw);
      } catch {
        // not percent-encoded
      }
      return `${name}: ${decoded}`;
    })
    .join('\n');
}
