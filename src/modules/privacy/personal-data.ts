import { maskName, maskPhone } from '../access/masking.ts';

/**
 * 个人信息识别与遮蔽: finds the personal data a person may type into free text (the reporter's own
 * name, mobile and landline numbers, resident ID numbers, bank cards, licence plates, e-mail
 * addresses and the house-number part of an exact address) and hides it. The masked copy is what
 * titles, lists, search, exports, notifications, timelines, audit views and public feeds show to
 * anyone without `pii.read`; the original stays where it is stored, for `pii.read` only.
 */

export type PersonalDataKind = 'name' | 'mobile' | 'landline' | 'id_number' | 'bank_card' | 'plate' | 'email' | 'house';

export interface KnownPersonalData {
  /** Names known to belong to the person (the reporter's name, the account's display name). */
  names?: readonly (string | null | undefined)[];
}

interface Rule {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** The masked text, or null when the match is not personal data after all. */
  mask: (match: string, ...groups: (string | undefined)[]) => string | null;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** 18-digit (with check character) and 15-digit resident ID numbers. */
const idNumber =
  /(?<![0-9A-Za-z])(?:[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]|[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})(?![0-9A-Za-z])/g;
/** 16–19 digits, possibly in groups of four: bank cards (after ID numbers are taken). */
const bankCard = /(?<![0-9A-Za-z])(?:\d{4}[\s-]?){3}\d{4,7}(?![0-9A-Za-z])/g;
/** Mainland mobiles, with or without +86 and separators. */
const mobile = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
/** Landlines with an area code (0351-1234567), or a bare 7–8 digit number after 电话/座机. */
const landline = /(?<!\d)(?:0\d{2,3}[\s-]?\d{7,8}|(?<=(?:电话|座机|固话|联系方式)[:：\s]*)\d{7,8})(?!\d)/g;
/** Licence plates: province, letter, then five or six letters and digits (新能源 included). */
const plate =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][·.\s]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]/g;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const houseNumeral = '[甲乙丙丁]?[0-9０-９一二三四五六七八九十百零〇两]+(?:[-—－][0-9０-９]+)*';
const houseUnit = '(?:号楼|号院|号|栋|幢|座|单元|室|户|层|楼|弄)';
/** A run of house, building, unit, floor and flat numbers: 88号5栋2单元301室, 5号楼2单元, 3楼. */
const houseRun = new RegExp(`(?<![0-9０-９月第])(?:${houseNumeral}${houseUnit}[-\\s]?)+`, 'g');
const houseToken = new RegExp(`(${houseNumeral})(${houseUnit})`, 'g');

/**
 * An exact address names a door: a door number (88号), a flat (301室, 2户), or three levels and
 * more (5栋2单元3层). A building and its stairway alone (5号楼2单元电梯故障) tell where a shared
 * thing is and stay.
 */
function maskHouseRun(run: string): string | null {
  const units = [...run.matchAll(houseToken)].map((m) => m[2]);
  const exact = units.length >= 3 || units.some((u) => u === '号' || u === '室' || u === '户');
  return exact ? run.replace(houseToken, (_m, _n, unit: string) => `*${unit}`) : null;
}
/** Names a person gives of themselves: 我叫张三, 本人李四, 姓名：王五, 联系人赵六. */
const selfNamed =
  /(我叫|本人叫|本人姓名[:：]?|姓名[:：]?|联系人[:：]?|户主[:：]?|签名[:：]?)\s*([\u4e00-\u9fa5]{2,4}?)(?=[，。,.\s、；;：:（(]|电话|手机|联系|身份|住|家住|$)/g;

/** Common surnames, compound ones first, for names others are given by (邻居钱雨桐, 张伟先生). */
const surnames =
  '(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|南宫|独孤|' +
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝])';
/** What may follow a name: punctuation, or a word that starts what the person did or said. */
const nameEnd =
  '[，。,.\\s、；;：:（()！!？?]|$|也|说|等|家|的|和|与|及|在|已|曾|多次|反映|作证|表示|称|要求|同意|电话|手机|联系|住|来|去|今天|昨天|一直|经常|不';

/** A person named by their role beside the citizen (邻居钱雨桐, 我丈夫王建国), or with 先生/女士 after a full name. */
const relatedNamed = new RegExp(
  `((?:邻居|家属|丈夫|妻子|老公|老婆|爱人|儿子|女儿|父亲|母亲|爷爷|奶奶|外婆|外公|老人|同事|业主|租户|房东|户主|村民|居民|经办人|负责人|工作人员|师傅|网格员|证人)(?:是|叫|名叫)?[:：]?)(${surnames}[\u4e00-\u9fa5]{1,2}?)(?=${nameEnd})|(${surnames}[\u4e00-\u9fa5]{1,2})(?=先生|女士|师傅|老师|同志|大爷|大妈|阿姨)`,
  'g',
);

const rules: readonly Rule[] = [
  { kind: 'email', pattern: email, mask: (m) => `${m.slice(0, 1)}***@${m.split('@')[1] ?? ''}` },
  { kind: 'id_number', pattern: idNumber, mask: (m) => `${m.slice(0, 3)}${'*'.repeat(m.length - 5)}${m.slice(-2)}` },
  {
    kind: 'bank_card',
    pattern: bankCard,
    mask: (m) => `${'*'.repeat(digitsOf(m).length - 4)}${digitsOf(m).slice(-4)}`,
  },
  { kind: 'mobile', pattern: mobile, mask: (m) => maskPhone(digitsOf(m).slice(-11)) },
  { kind: 'landline', pattern: landline, mask: (m) => maskPhone(digitsOf(m)) },
  { kind: 'plate', pattern: plate, mask: (m) => `${m.slice(0, 2)}*****` },
  { kind: 'house', pattern: houseRun, mask: maskHouseRun },
  { kind: 'name', pattern: selfNamed, mask: (_m, lead, name) => `${lead}${maskName(name ?? '')}` },
  {
    kind: 'name',
    pattern: relatedNamed,
    mask: (match, lead, name, alone) =>
      lead !== undefined && name !== undefined ? `${lead}${maskName(name)}` : maskName(alone ?? match),
  },
];

export interface Redaction {
  text: string;
  found: PersonalDataKind[];
}

/** Hides every piece of personal data found in `text`; `found` names the kinds it hid. */
export function redactPersonalData(text: string, known: KnownPersonalData = {}): Redaction {
  const found = new Set<PersonalDataKind>();
  let out = text;
  const names = [...new Set((known.names ?? []).map((n) => n?.trim() ?? '').filter((n) => [...n].length >= 2))];
  names.sort((a, b) => b.length - a.length);
  for (const name of names) {
    if (out.includes(name)) {
      found.add('name');
      out = out.replaceAll(name, maskName(name));
    }
  }
  for (const rule of rules) {
    out = out.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      // The capture groups come before the match's offset (a number); an unmatched one is undefined.
      const groups = rest.slice(
        0,
        rest.findIndex((g) => typeof g === 'number'),
      ) as (string | undefined)[];
      const masked = rule.mask(match, ...groups);
      if (masked === null) return match;
      found.add(rule.kind);
      return masked;
    });
  }
  return { text: out, found: [...found] };
}

/** The masked copy of a text, or null for null. */
export function maskFreeText(text: string | null | undefined, known: KnownPersonalData = {}): string | null {
  if (text === null || text === undefined) return null;
  return redactPersonalData(text, known).text;
}

/**
 * An address told only to the level of its road or community (公开到路/小区): everything from the
 * first house, building or flat number on is dropped. 青溪区和平路88号5栋 → 青溪区和平路.
 */
export function generaliseAddress(address: string | null | undefined): string | null {
  if (address === null || address === undefined) return null;
  const trimmed = address.trim();
  if (trimmed === '') return null;
  const cut = trimmed.search(
    /[甲乙丙丁]?[0-9０-９]|[一二三四五六七八九十百零〇两]+(?:号|栋|幢|座|单元|室|户|层|楼|弄)/,
  );
  const kept = (cut === -1 ? trimmed : trimmed.slice(0, cut)).replace(/[\s,，、#-]+$/, '');
  return kept === '' ? null : kept;
}

/** Masks every string inside a JSON value (intake extra fields, audit before/after). */
export function maskJsonStrings(value: unknown, known: KnownPersonalData = {}, keysOfPersons = personKeys): unknown {
  if (typeof value === 'string') return redactPersonalData(value, known).text;
  if (Array.isArray(value)) return value.map((v) => maskJsonStrings(v, known, keysOfPersons));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const rule = keysOfPersons[key];
    out[key] = typeof v === 'string' && rule ? rule(v) : maskJsonStrings(v, known, keysOfPersons);
  }
  return out;
}

/** Fields that hold a person's data by their name, wherever they appear in a JSON record. */
export const personKeys: Readonly<Record<string, (value: string) => string>> = {
  displayName: maskName,
  display_name: maskName,
  reporterName: maskName,
  reporter_name: maskName,
  mobile: maskPhone,
  reporterMobile: maskPhone,
  reporter_mobile: maskPhone,
  phone: maskPhone,
  address: (v) => generaliseAddress(v) ?? '',
  idNumber: (v) => (v.length > 5 ? `${v.slice(0, 3)}${'*'.repeat(v.length - 5)}${v.slice(-2)}` : '*'),
  email: (v) => `${v.slice(0, 1)}***@${v.split('@')[1] ?? ''}`,
  // What someone searched for (an export's filter) may be a citizen's name or number.
  q: (v) => ([...v].length <= 1 ? '*' : `${[...v][0]}${'*'.repeat([...v].length - 1)}`),
};
