// SPDX-License-Identifier: EUPL-1.2
/**
 * The pages of the public guidance site and their (Dutch, unprefixed) paths. The same paths serve
 * English under /en. The texts live in src/web/i18n/guidance.{nl,en}.ts.
 */
import type { NavItem, PageContext } from '#src/web/layout/layout.tsx';
import { ContactPage } from './views/contact.tsx';
import { HomePage } from './views/home.tsx';
import { ProfessionalsPage } from './views/professionals.tsx';
import { SafeBrowsingPage } from './views/safe-browsing.tsx';
import { SignsPage } from './views/signs.tsx';
import { WhatCanIDoPage } from './views/what-can-i-do.tsx';

/** One public guidance page. */
export interface GuidancePage {
  readonly id: 'home' | 'signs' | 'whatCanIDo' | 'professionals' | 'contact' | 'safeBrowsing';
  readonly path: string;
  readonly inNav: boolean;
  readonly render: (ctx: PageContext, nav: readonly NavItem[]) => JSX.Element;
}

/** Every page of the public guidance site, in navigation order. */
export const GUIDANCE_PAGES: readonly GuidancePage[] = [
  { id: 'home', path: '/', inNav: true, render: (ctx, nav) => HomePage({ ctx, nav }) },
  { id: 'signs', path: '/signalen', inNav: true, render: (ctx, nav) => SignsPage({ ctx, nav }) },
  { id: 'whatCanIDo', path: '/wat-kan-ik-doen', inNav: true, render: (ctx, nav) => WhatCanIDoPage({ ctx, nav }) },
  {
    id: 'professionals',
    path: '/voor-professionals',
    inNav: true,
    render: (ctx, nav) => ProfessionalsPage({ ctx, nav }),
  },
  { id: 'contact', path: '/contact', inNav: true, render: (ctx, nav) => ContactPage({ ctx, nav }) },
  { id: 'safeBrowsing', path: '/veilig-browsen', inNav: false, render: (ctx, nav) => SafeBrowsingPage({ ctx, nav }) },
];
