// SPDX-License-Identifier: EUPL-1.2
/** The "new password, twice" fields and their checks, shared by reset, invitation and account pages. */
import { TextInput } from '#src/web/components/index.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import { type FormErrors, fieldError, type StaffPageContext } from '#src/web/staff.tsx';
import { passwordProblem } from '../password.ts';

/**
 * The errors of a new password typed twice.
 * @param email the account's address, when known (a password may not be it)
 */
export function passwordErrors(t: Messages, password: string, confirm: string, email?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!password) errors.password = t.errors.fields.newPassword;
  else {
    const problem = passwordProblem(password, email);
    if (problem) errors.password = t.staff.formErrors.password[problem];
    else if (password !== confirm) errors.confirm = t.staff.formErrors.password.mismatch;
  }
  return errors;
}

/** Two password fields: new and repeat. */
export function NewPasswordFields({
  p,
  errors,
  label,
}: {
  p: StaffPageContext;
  errors: FormErrors;
  label?: string;
}): JSX.Element {
  const r = p.t.staff.reset;
  return (
    <>
      <TextInput
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        label={{ text: label ?? r.password }}
        hint={{ text: r.passwordHint }}
        errorMessage={fieldError(p.t, errors, 'password')}
      />
      <TextInput
        id="confirm"
        name="confirm"
        type="password"
        autocomplete="new-password"
        label={{ text: r.confirmPassword }}
        errorMessage={fieldError(p.t, errors, 'confirm')}
      />
    </>
  );
}
