/** Finding dates in hand-written Markdown: at the start of a bullet, or anywhere in a heading. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, 'i');
const YEAR_MONTH = /\b(\d{4})-(\d{2})(?![-\d])/;
const QUARTER = /\b(?:q([1-4])[\s-]*(\d{4})|(\d{4})[\s-]*q([1-4]))\b/i;
const HALF = /\b(?:h([12])[\s-]*(\d{4})|(\d{4})[\s-]*h([12]))\b/i;
const YEAR = /\b((?:19|2\d)\d{2})\b/;

/** YYYY-MM-DD when the numbers name a real day between 1900 and 2999. */
export function realDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

interface Found {
  day: string;
  index: number;
  length: number;
}

function fullDate(text: string): Found | null {
  const candidates: Found[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const day = realDay(+iso[1]!, +iso[2]!, +iso[3]!);
    if (day) candidates.push({ day, index: iso.index, length: iso[0].length });
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const day = realDay(+mdy[3]!, monthIndex(mdy[1]!), +mdy[2]!);
    if (day) candidates.push({ day, index: mdy.index, length: mdy[0].length });
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const day = realDay(+dmy[3]!, monthIndex(dmy[2]!), +dmy[1]!);
    if (day) candidates.push({ day, index: dmy.index, length: dmy[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** A date at the very start of a bullet or paragraph ("2024-03-05: …", "**Mar 5, 2024** – …"). */
export function leadingDate(text: string): { day: string; rest: string } | null {
  const open = /^(\*\*|__|\[|_|\*)?\s*/.exec(text)!;
  const after = text.slice(open[0].length);
  const found = fullDate(after);
  if (!found || found.index !== 0) return null;
  const rest = after
    .slice(found.length)
    .replace(/^\s*(\*\*|__|\]|_|\*)?/, '')
    .replace(/^\s*[:\-–—|)]?\s*/, '');
  return { day: found.day, rest };
}

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';

/** The period a heading names ("Week of 4 March 2024", "March 2024", "Q1 2024", "2024"), as its first day. */
export function headingPeriod(text: string): { day: string; precision: Precision } | null {
  const full = fullDate(text);
  if (full) return { day: full.day, precision: 'day' };
  const my = MONTH_YEAR.exec(text);
  if (my) {
    const day = realDay(+my[2]!, monthIndex(my[1]!), 1);
    if (day) return { day, precision: 'month' };
  }
  const ym = YEAR_MONTH.exec(text);
  if (ym) {
    const day = realDay(+ym[1]!, +ym[2]!, 1);
    if (day) return { day, precision: 'month' };
  }
  const q = QUARTER.exec(text);
  if (q) {
    const day = realDay(+(q[2] ?? q[3])!, (+(q[1] ?? q[4])! - 1) * 3 + 1, 1);
    if (day) return { day, precision: 'quarter' };
  }
  const h = HALF.exec(text);
  if (h) {
    const day = realDay(+(h[2] ?? h[3])!, +(h[1] ?? h[4])! === 1 ? 1 : 7, 1);
    if (day) return { day, precision: 'half' };
  }
  const y = YEAR.exec(text);
  if (y) {
    const day = realDay(+y[1]!, 1, 1);
    if (day) return { day, precision: 'year' };
  }
  return null;
}
