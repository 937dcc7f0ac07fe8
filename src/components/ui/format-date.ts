// Dates are formatted by hand, not with toLocaleDateString: the prerendered HTML and the browser must produce
// the same string, whatever locale or time zone either runs in (otherwise hydration mismatches).
import { monthNames } from '../../common/month-names.ts';

/** "2024-10-22" -> "22 October 2024", "2024-10" -> "October 2024"; anything else is returned as is. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = monthNames[Number(month) - 1];
  if (!monthName) return date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
