// SPDX-License-Identifier: EUPL-1.2
/**
 * Turning what people type into values: a calendar date from three boxes (GOV.UK date input), a
 * time of day, a whole number. Each answers `undefined` for input that is not a real value, so the
 * page can show its error next to the field and keep what was typed.
 */

/** The three boxes of a date input as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** The boxes of a date field from a form body (`<prefix>-day` …). */
export function dateParts(body: Record<string, unknown>, prefix: string): DateParts {
  const get = (k: string) => {
    const v = body[`${prefix}-${k}`];
    return typeof v === 'string' ? v.trim() : '';
  };
  return { day: get('day'), month: get('month'), year: get('year') };
}

/** Whether no box of a date was filled in. */
export function isEmptyDate(p: DateParts): boolean {
  return !p.day && !p.month && !p.year;
}

/**
 * A real calendar date as `YYYY-MM-DD`, or undefined (31 February, letters, a year before 1900).
 * @param p the boxes as typed
 */
export function isoDate(p: DateParts): string | undefined {
  if (!/^\d{1,2}$/.test(p.day) || !/^\d{1,2}$/.test(p.month) || !/^\d{4}$/.test(p.year)) return undefined;
  const [d, m, y] = [Number(p.day), Number(p.month), Number(p.year)];
  if (y < 1900 || m < 1 || m > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date field's value for a schema (src/core/field-rules.ts): null when no box was filled in, the
 * date `YYYY-MM-DD` when the boxes make a real one, and otherwise `invalid` (which every date rule
 * refuses).
 * @param body the parsed form body
 * @param prefix the date field's id (`date` for `date-day` …)
 */
export function dateValue(body: Record<string, unknown>, prefix: string): string | null {
  const parts = dateParts(body, prefix);
  if (isEmptyDate(parts)) return null;
  return isoDate(parts) ?? 'invalid';
}

/** The boxes of an ISO date (to fill a date input again). */
export function partsOf(iso: string | null | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [y, m, d] = iso.split('-');
  return { day: String(Number(d)), month: String(Number(m)), year: y ?? '' };
}

/** A time of day `HH:MM` (also `H.MM`, `HHMM`), or undefined. */
export function timeOfDay(value: string): string | undefined {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A whole number within bounds, or undefined. */
export function wholeNumber(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,4}$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : undefined;
}

/** A decimal number (comma or point) within bounds, or undefined. */
export function decimal(value: string, min: number, max: number): number | undefined {
  const v = value.trim().replace(',', '.');
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

/**
 * The moment of a date and time of day in Dutch time (Europe/Amsterdam), summer time included.
 * @param iso `YYYY-MM-DD`
 * @param time `HH:MM` (noon when not given: the day is what counts)
 */
export function amsterdamMoment(iso: string, time = '12:00'): Date {
  const guess = new Date(`${iso}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(guess);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

/**
 * A form's values to show again after an error: strings as typed, repeated fields (checkboxes)
 * joined with commas, the form token left out.
 * @param body the parsed form body
 */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === 'string').join(',');
  }
  return out;
}

/** A field that may be sent once or repeated (checkboxes), as a list. */
export function listOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
