// Line 1: ` date YYYY-MM-DD <rest>` or ` date YYYY-MM <rest>`.

export interface Header {
  /** The date as written, or "" when missing or impossible. */
  date: string;
  /** The rest of line 1 (headline, lede, chrome…); the whole line when there is no header. */
  rest: string;
  warning: string | null;
}

const HEADER_RE = /^[ \t\uFEFF]{0,8}date:?[ \t]{1,8}/i;
// The date ends at a space or the end of the line; "2024-10-22Headline" still counts (the space was lost).
const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/;
const TOKEN_RE = /^\S{0,40}/;
const EXPECTED = 'expected " date YYYY-MM-DD <headline>" (or YYYY-MM) on line 1';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`, Gregorian; arithmetic, as a Date per article cost ~2 µs. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** Why a `YYYY-MM[-DD]` string is not a real date, or null when it is. */
export function impossibleDate(y: number, m: number, d: number | null): string | null {
  if (y < 1000) return `year ${y} is out of range`;
  if (m < 1 || m > 12) return `month ${String(m).padStart(2, '0')} does not exist`;
  if (d !== null && (d < 1 || d > daysInMonth(y, m))) return 'the day does not exist in that month';
  return null;
}

export function parseHeader(line: string): Header {
  const h = HEADER_RE.exec(line);
  if (!h) {
    const shown = line.trim().slice(0, 40);
    return {
      date: '',
      rest: line,
      warning: shown ? `no header date; ${EXPECTED}` : `line 1 is empty; ${EXPECTED}`,
    };
  }
  const after = line.slice(h[0].length);
  const d = DATE_RE.exec(after);
  if (!d) {
    const token = TOKEN_RE.exec(after)![0];
    return {
      date: '',
      // A word instead of a date ("date Home>>") is kept as the rest of the line; a garbled date is dropped.
      rest: /\d/.test(token) ? after.slice(token.length) : after,
      warning: token
        ? `header date "${token}" is not in the form YYYY-MM-DD; ${EXPECTED}`
        : `header has no date; ${EXPECTED}`,
    };
  }
  const token = d[0];
  const rest = after.slice(token.length);
  const why = impossibleDate(Number(d[1]), Number(d[2]), d[3] === undefined ? null : Number(d[3]));
  if (why) {
    return {
      date: '',
      rest,
      warning: `header date ${token} is not a real date (${why}); expected YYYY-MM-DD`,
    };
  }
  return { date: token, rest, warning: null };
}
