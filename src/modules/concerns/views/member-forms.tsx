// SPDX-License-Identifier: EUPL-1.2
/** Colleagues who may see a concern: adding them. */

import type { Colleague } from '#src/modules/identity/index.ts';
import { Button, Select } from '#src/web/components/index.ts';
import { Form, fieldError } from '#src/web/staff.tsx';
import type { FormProps } from './form-parts.tsx';
import { ConcernFrame, concernPath } from './parts.tsx';

/** Adding colleagues who may see the concern. */
export function MembersPage({
  p,
  view,
  values,
  errors,
  colleagues,
}: FormProps & { colleagues: readonly Colleague[] }): JSX.Element {
  const m = p.t.concerns.members;
  const id = view.concern.id;
  return (
    <ConcernFrame p={p} concernId={id} personName={view.concern.person.fullName} title={m.title} errors={errors}>
      <p class="utrecht-paragraph" safe>
        {m.intro}
      </p>
      {colleagues.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {m.none}
        </p>
      ) : (
        <Form p={p} action={concernPath(p.locale, id, '/collegas')}>
          <Select
            id="colleague"
            name="colleague"
            label={{ text: m.colleague }}
            placeholderText={m.choose}
            items={colleagues.map((c) => ({
              value: c.id,
              text: `${c.name} (${p.t.staff.roles[c.role as 'professional']})`,
            }))}
            value={values.colleague}
            errorMessage={fieldError(p.t, errors, 'colleague')}
          />
          <Button text={m.submit} preventDoubleClick />
        </Form>
      )}
    </ConcernFrame>
  );
}
