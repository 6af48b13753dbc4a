import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaDate, chinaDayStart } from '../../shared/china-time.ts';
import { useT } from '../i18n/use-t.ts';

/** A period of whole days, as the API takes it: [from, to) in ISO date-times. */
export interface Period {
  from: string;
  to: string;
}

/**
 * Days are China days (UTC+8), as the server counts them, whatever the browser's time zone: the
 * picker shows calendar dates and each date stands for 00:00–24:00 Beijing time.
 */
const dateOf = (iso: string) => chinaDate(new Date(iso));
const startOf = (date: string) => chinaDayStart(date).toISOString();

/** Today's date in China, as a picker value. */
function chinaToday(): Dayjs {
  return dayjs(dateOf(new Date().toISOString()));
}

function periodOf(first: Dayjs, last: Dayjs): Period {
  return { from: startOf(first.format('YYYY-MM-DD')), to: startOf(last.add(1, 'day').format('YYYY-MM-DD')) };
}

/** The `days` days up to and including today. */
export function lastDays(days: number): Period {
  const today = chinaToday();
  return periodOf(today.subtract(days - 1, 'day'), today);
}

/** Picks a period of days, with the usual presets (7, 30, 90 days, this year). */
export function PeriodPicker({
  value,
  onChange,
  label,
  testId,
}: {
  value: Period;
  onChange: (period: Period) => void;
  label: string;
  testId?: string;
}) {
  const t = useT();
  const today = chinaToday();
  const shown: [Dayjs, Dayjs] = [dayjs(dateOf(value.from)), dayjs(dateOf(value.to)).subtract(1, 'day')];
  return (
    <DatePicker.RangePicker
      aria-label={label}
      data-testid={testId}
      allowClear={false}
      value={shown}
      disabledDate={(day) => day.isAfter(today, 'day') || day.isBefore(today.subtract(399, 'day'), 'day')}
      presets={[
        { label: t('dash.last7'), value: [today.subtract(6, 'day'), today] },
        { label: t('dash.last30'), value: [today.subtract(29, 'day'), today] },
        { label: t('dash.last90'), value: [today.subtract(89, 'day'), today] },
        { label: t('dash.thisYear'), value: [today.startOf('year'), today] },
      ]}
      onChange={(range) => {
        const [first, last] = range ?? [];
        if (first && last) onChange(periodOf(first, last));
      }}
    />
  );
}
