/** 张三 → 张*, 欧阳娜娜 → 欧阳**: the surname stays, the rest is hidden. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/** 13812341234 → 138****1234; other numbers keep their first three and last four at most. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length < 8) return `${digits.slice(0, 1)}${'*'.repeat(digits.length - 3)}${digits.slice(-2)}`;
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 迎泽大街 28 号 3 单元 → 迎泽大街****: the street stays, house and flat are hidden. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  if (chars.length === 0) return '';
  const keep = Math.min(6, Math.ceil(chars.length / 3));
  return chars.slice(0, keep).join('') + '****';
}
