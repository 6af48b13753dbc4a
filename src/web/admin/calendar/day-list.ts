/**
 * A list of days as the State Council's notice gives them, one per line: `2027-01-01 休` (a day
 * off) or `2027-02-06 班` (a weekend worked); a range `2027-10-01~2027-10-07 休` stands for each day.
 */
export interface ListedDay {
  day: string;
  kind: 'holiday' | 'workday';
}

const line = /^(\d{4}-\d{2}-\d{2})(?:\s*[~～至-]\s*(\d{4}-\d{2}-\d{2}))?\s*(休|假|班|上班|holiday|workday)$/;

const isDate = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

export function parseDayList(text: string): { days: ListedDay[]; problems: string[] } {
  const days: ListedDay[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const match = line.exec(trimmed);
    const [, from = '', to, word = ''] = match ?? [];
    if (!match || !isDate(from) || (to !== undefined && !isDate(to))) {
      problems.push(`第 ${index + 1} 行：${trimmed}`);
      return;
    }
    const kind = word === '班' || word === '上班' || word === 'workday' ? 'workday' : 'holiday';
    const end = to ?? from;
    for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${end}T00:00:00Z`); at += 86_400_000)
      days.push({ day: new Date(at).toISOString().slice(0, 10), kind });
  });
  return { days, problems };
}
