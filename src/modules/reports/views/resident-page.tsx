// SPDX-License-Identifier: EUPL-1.2
/**
 * What the resident's pages share (issue 5, scenario 02): their props, the route's paths, and the
 * public page frame. The route: "Zorgen over iemand?" → danger now (112) or the options → the form
 * (advice or report) → the receipt code → the status with the code. Public pages: the quick exit is
 * on every one of them; nothing is loaded from a third party; everything works without JavaScript.
 */
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { FormErrorSummary, type FormErrors, hasErrors } from '#src/web/staff.tsx';

/** What every resident page gets. */
export interface ResidentPageProps {
  readonly ctx: PageContext;
  readonly nav: readonly NavItem[];
  /** The form token (bound to the browser cookie). */
  readonly csrf: string;
}

/** The route's paths. */
export const RESIDENT_PATHS = {
  start: '/zorgen-over-iemand',
  danger: '/zorgen-over-iemand/direct-gevaar',
  options: '/zorgen-over-iemand/wat-kan-ik-doen',
  form: '/zorgen-over-iemand/formulier',
  status: '/zorgen-over-iemand/status',
  answer: '/zorgen-over-iemand/antwoord',
} as const;

/** A resident's page: the public layout, the error summary, the title. */
export function Page({
  p,
  title,
  errors,
  children,
}: {
  p: ResidentPageProps;
  title: string;
  errors?: FormErrors;
  children: JSX.Element | JSX.Element[];
}): JSX.Element {
  const errs = errors ?? {};
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errs)} publicPage nav={p.nav}>
      <FormErrorSummary t={p.ctx.t} errors={errs} />
      {children as 'safe'}
    </Layout>
  );
}
