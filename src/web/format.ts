// SPDX-License-Identifier: EUPL-1.2
/** Dates and times as people read them, always in Dutch time (Europe/Amsterdam). */
import type { Locale } from './i18n/locale.ts';

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

// Building an Intl.DateTimeFormat costs about 0.1 ms; a dossier page formats hundreds of moments, so
// each format is built once per locale and reused (they hold no state between calls).
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    dateFormats.set(locale, format);
  }
  return format;
}

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(tag(locale), {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

/**
 * A date as people read it, in Dutch time ("3 maart 2012").
 * @param locale the language of the page
 * @param date the moment, or an ISO calendar date (`YYYY-MM-DD`)
 */
export function formatDate(locale: Locale, date: Date | string): string {
  const moment = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  return dateFormat(locale).format(moment);
}

/** A moment with its time, in Dutch time ("12 november 2026 om 14:30"). */
export function formatDateTime(locale: Locale, date: Date): string {
  return dateTimeFormat(locale).format(date);
}
