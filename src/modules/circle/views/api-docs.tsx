// SPDX-License-Identifier: EUPL-1.2
/** The circle API's documentation page for administrators: its operations, and the OpenAPI document. */
import { Table } from '#src/web/components/index.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import type { StaffPageContext } from '#src/web/staff.tsx';

/** One operation of the API as the page lists it. */
export interface ApiOperation {
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly scope: string;
}

export function ApiDocsPage({
  p,
  operations,
  documentUrl,
}: {
  p: StaffPageContext;
  operations: readonly ApiOperation[];
  documentUrl: string;
}): JSX.Element {
  const d = p.t.circleApi.docs;
  return (
    <Layout ctx={p.ctx} title={d.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {d.title}
      </h1>
      <p class="utrecht-paragraph">
        <span safe>{d.intro}</span>{' '}
        <a class="utrecht-link" href={documentUrl} safe>
          {documentUrl}
        </a>
      </p>
      <Table
        caption={d.title}
        captionHidden
        headers={[d.method, d.path, d.summary, d.scope]}
        testId="api-operations"
        rows={operations.map((o) => [o.method, o.path, o.summary, o.scope])}
      />
    </Layout>
  );
}
