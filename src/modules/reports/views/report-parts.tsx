// SPDX-License-Identifier: EUPL-1.2
/** What the intake's inbox and report page share: a report's path, its tags, a labelled line. */
import { localePath } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { StaffPageContext } from '#src/web/staff.tsx';
import type { InboxItem } from '../intake.service.ts';

/** The path of a report's page (or one of its forms). */
export function reportPath(locale: StaffPageContext['locale'], id: string, rest = ''): string {
  return localePath(locale, `/veilig-thuis/meldingen/${id}${rest}`);
}

/** The acute and overdue tags of a report. */
export function Tags({
  t,
  row,
}: {
  t: Messages;
  row: Pick<InboxItem, 'acute' | 'acuteByReporter' | 'overdue'>;
}): JSX.Element {
  const i = t.reports.inbox;
  return (
    <>
      {row.acute ? (
        <span class="kring-tag kring-tag--acute" safe>
          {i.acute}
        </span>
      ) : row.acute === null && row.acuteByReporter ? (
        <span class="kring-tag kring-tag--acute" safe>
          {i.acuteByReporter}
        </span>
      ) : (
        ''
      )}
      {row.overdue ? (
        <span class="kring-tag kring-tag--overdue" safe>
          {i.overdue}
        </span>
      ) : (
        ''
      )}
    </>
  );
}

/** A paragraph with an optional bold label; nothing when the text is empty. */
export function Line({ label, text }: { label?: string; text: string }): JSX.Element {
  if (!text) return '';
  return (
    <p class="utrecht-paragraph">
      {label ? <strong safe>{`${label}: `}</strong> : ''}
      <span safe>{text}</span>
    </p>
  );
}
