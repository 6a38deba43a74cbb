// SPDX-License-Identifier: EUPL-1.2
/**
 * The pages of the public guidance site and their (Dutch, unprefixed) paths. The same paths serve
 * English under /en. The texts live in src/web/i18n/guidance.{nl,en}.ts.
 */
import type { NavItem, PageContext } from '#src/web/layout/layout.tsx';
import { HomePage } from './views/home.tsx';

/** One public guidance page. */
export interface GuidancePage {
  readonly id: 'home' | 'signs' | 'whatCanIDo' | 'professionals' | 'contact' | 'safeBrowsing';
  readonly path: string;
  readonly inNav: boolean;
  readonly render: (ctx: PageContext, nav: readonly NavItem[]) => JSX.Element;
}

export const GUIDANCE_PAGES: readonly GuidancePage[] = [
  { id: 'home', path: '/', inNav: true, render: (ctx, nav) => HomePage({ ctx, nav }) },
];
