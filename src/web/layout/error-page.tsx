// SPDX-License-Identifier: EUPL-1.2
/** The error pages (404, 400, 403, 429, 500, 503) in the request's language. */
import type { ErrorCode } from '#src/core/errors.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type PageContext } from './layout.tsx';

/**
 * Renders the page for an error.
 * @param ctx the page context
 * @param code the catalogued error code
 * @param requestId the correlation id, shown on server errors
 */
export function ErrorPage({
  ctx,
  code,
  requestId,
  takenBy,
}: {
  ctx: PageContext;
  code: ErrorCode;
  requestId: string;
  /** For CONCERN_STEP_NOT_FOR_ROLE: who takes the step. */
  takenBy?: 'professional' | 'lead' | undefined;
}): JSX.Element {
  const e = ctx.t.errors;
  const [title, body] = ((): [string, string] => {
    switch (code) {
      case 'HTTP_NOT_FOUND':
        return [e.notFoundTitle, e.notFoundBody];
      case 'HTTP_RATE_LIMITED':
        return [e.rateLimitedTitle, e.rateLimitedBody];
      case 'SERVICE_UNAVAILABLE':
        return [e.unavailableTitle, e.unavailableBody];
      case 'REPORT_NO_VEILIG_THUIS':
        return [e.noVeiligThuisTitle, e.noVeiligThuisBody(ctx.municipality.veiligThuis.phone.display)];
      case 'AUTH_CSRF_FAILED':
        return [ctx.t.staff.formErrors.formExpiredTitle, ctx.t.staff.formErrors.formExpiredBody];
      case 'CONCERN_STEP_NOT_ALLOWED':
        return [e.stepNotAllowedTitle, e.stepNotAllowedBody];
      case 'REPORT_STEP_NOT_ALLOWED':
        return [e.stepNotAllowedTitle, e.reportStepNotAllowedBody];
      case 'CONCERN_STEP_NOT_FOR_ROLE':
        return [e.stepNotForRoleTitle, e.stepNotForRoleBody[takenBy ?? 'professional']];
      case 'CIRCLE_TEAM_NOT_YOURS':
        return [e.teamNotYoursTitle, e.teamNotYoursBody];
      case 'AUTH_FORBIDDEN':
        return [e.forbiddenTitle, e.forbiddenBody];
      case 'SERVER_INTERNAL':
        return [e.serverErrorTitle, e.serverErrorBody];
      default:
        return [e.badRequestTitle, e.badRequestBody];
    }
  })();
  return (
    <Layout ctx={ctx} title={title} publicPage>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {body}
      </p>
      {code === 'SERVER_INTERNAL' || code === 'SERVICE_UNAVAILABLE' ? (
        <p class="utrecht-paragraph" data-testid="correlation-id" safe>
          {e.serverErrorReference(requestId)}
        </p>
      ) : (
        ''
      )}
      {code === 'HTTP_RATE_LIMITED' ? (
        <p class="utrecht-paragraph" safe>
          {ctx.t.layout.footerVeiligThuis(ctx.municipality.veiligThuis.phone.display)}
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
        {e.urgentHelp}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(ctx.locale, '/')} safe>
          {e.notFoundHome}
        </a>
      </p>
    </Layout>
  );
}
