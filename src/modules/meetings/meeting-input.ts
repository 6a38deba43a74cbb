// SPDX-License-Identifier: EUPL-1.2
/**
 * What an editor and a registering person type, checked (ADR 0038): each function answers the values,
 * or the error key of each wrong field (the pages put the text next to the field).
 */
import { isEmail } from '#src/web/form-schema.ts';
import { amsterdamMoment, dateParts, isEmptyDate, isoDate, timeOfDay, wholeNumber } from '#src/web/form-values.ts';
import type { MeetingFields } from './meeting.repository.ts';
import { REGISTRATION_ROLES, type RegistrationRole } from './meeting.table.ts';

/** The meeting form's fields as typed. */
export interface MeetingForm {
  readonly title: string;
  readonly 'date-day': string;
  readonly 'date-month': string;
  readonly 'date-year': string;
  readonly startTime: string;
  readonly endTime: string;
  readonly placeName: string;
  readonly placeAddress: string;
  readonly agenda: string;
  readonly capacity: string;
  readonly published: string;
  readonly announcementArticleId: string;
  readonly retrospectiveArticleId: string;
}

export const MEETING_LIMITS = { title: 200, place: 200, address: 300, agendaItem: 300, agendaItems: 30 } as const;
export const MAX_CAPACITY = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Error keys of the meeting form, by field. */
export type MeetingErrors = Partial<
  Record<
    | 'title'
    | 'date'
    | 'startTime'
    | 'endTime'
    | 'placeName'
    | 'placeAddress'
    | 'agenda'
    | 'capacity'
    | 'announcementArticleId'
    | 'retrospectiveArticleId',
    string
  >
>;

/** The meeting form checked: the fields, or the error key per wrong field. */
export function meetingInput(
  form: MeetingForm,
): { readonly fields: MeetingFields } | { readonly errors: MeetingErrors } {
  const errors: MeetingErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length > MEETING_LIMITS.title) errors.title = 'tooLong';
  const parts = dateParts(form as unknown as Record<string, unknown>, 'date');
  const date = isoDate(parts);
  if (isEmptyDate(parts)) errors.date = 'required';
  else if (!date) errors.date = 'invalid';
  const start = timeOfDay(form.startTime);
  const end = timeOfDay(form.endTime);
  if (!form.startTime.trim()) errors.startTime = 'required';
  else if (!start) errors.startTime = 'invalid';
  if (!form.endTime.trim()) errors.endTime = 'required';
  else if (!end) errors.endTime = 'invalid';
  else if (start && end <= start) errors.endTime = 'beforeStart';
  const placeName = form.placeName.trim();
  const placeAddress = form.placeAddress.trim();
  if (!placeName) errors.placeName = 'required';
  else if (placeName.length > MEETING_LIMITS.place) errors.placeName = 'tooLong';
  if (!placeAddress) errors.placeAddress = 'required';
  else if (placeAddress.length > MEETING_LIMITS.address) errors.placeAddress = 'tooLong';
  const agenda = form.agenda
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (agenda.length > MEETING_LIMITS.agendaItems || agenda.some((l) => l.length > MEETING_LIMITS.agendaItem))
    errors.agenda = 'tooLong';
  const capacity = wholeNumber(form.capacity, 1, MAX_CAPACITY);
  if (!form.capacity.trim()) errors.capacity = 'required';
  else if (capacity === undefined) errors.capacity = 'invalid';
  // The news articles linked, by id (optional): empty, or a well-formed id.
  for (const key of ['announcementArticleId', 'retrospectiveArticleId'] as const) {
    const v = form[key].trim();
    if (v !== '' && !UUID.test(v)) errors[key] = 'invalid';
  }
  if (Object.keys(errors).length > 0 || !date || !start || !end || capacity === undefined) return { errors };
  const article = (v: string) => (v.trim() === '' ? null : v.trim().toLowerCase());
  return {
    fields: {
      title,
      startsAt: amsterdamMoment(date, start),
      endsAt: amsterdamMoment(date, end),
      placeName,
      placeAddress,
      agenda,
      capacity,
      published: form.published === 'ja',
      announcementArticleId: article(form.announcementArticleId),
      retrospectiveArticleId: article(form.retrospectiveArticleId),
    },
  };
}

/** The registration form's fields as typed. */
export interface RegistrationForm {
  readonly name: string;
  readonly organisation: string;
  readonly email: string;
  readonly role: string;
}

export type RegistrationErrors = Partial<Record<'name' | 'organisation' | 'email' | 'role', string>>;

/** A registration checked: its values (the address in lower case), or the error key per wrong field. */
export function registrationInput(form: RegistrationForm):
  | {
      readonly values: { name: string; organisation: string; email: string; role: RegistrationRole };
    }
  | { readonly errors: RegistrationErrors } {
  const errors: RegistrationErrors = {};
  const name = form.name.trim();
  const organisation = form.organisation.trim();
  const email = form.email.trim().toLowerCase();
  if (!name) errors.name = 'required';
  else if (name.length > 200) errors.name = 'tooLong';
  if (organisation.length > 200) errors.organisation = 'tooLong';
  if (!email) errors.email = 'required';
  else if (!isEmail(email)) errors.email = 'invalid';
  const role = REGISTRATION_ROLES.find((r) => r === form.role);
  if (!role) errors.role = 'required';
  if (Object.keys(errors).length > 0 || !role) return { errors };
  return { values: { name, organisation, email, role } };
}

/** The action form checked. */
export function actionInput(form: {
  readonly description: string;
  readonly owner: string;
  readonly 'due-day': string;
  readonly 'due-month': string;
  readonly 'due-year': string;
}):
  | { readonly values: { description: string; owner: string; dueOn: string | null } }
  | { readonly errors: Partial<Record<'description' | 'owner' | 'due', string>> } {
  const errors: Partial<Record<'description' | 'owner' | 'due', string>> = {};
  const description = form.description.trim();
  const owner = form.owner.trim();
  if (!description) errors.description = 'required';
  else if (description.length > 1000) errors.description = 'tooLong';
  if (!owner) errors.owner = 'required';
  else if (owner.length > 200) errors.owner = 'tooLong';
  const parts = dateParts(form as unknown as Record<string, unknown>, 'due');
  const dueOn = isEmptyDate(parts) ? null : (isoDate(parts) ?? undefined);
  if (dueOn === undefined) errors.due = 'invalid';
  if (Object.keys(errors).length > 0 || dueOn === undefined) return { errors };
  return { values: { description, owner, dueOn } };
}
