// SPDX-License-Identifier: EUPL-1.2
/**
 * Accessibility checks for the browser tests: axe (WCAG 2.0–2.2 A/AA and best practice) and what axe
 * cannot see, focus stops hidden behind something else (WCAG 2.4.11).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The axe rule sets every page must pass. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One violation as axe reports it. */
type AxeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/**
 * One line per axe violation and node, readable in a test failure.
 * @param violations axe's violations
 */
export function describeAxeViolations(violations: readonly AxeResult[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} [${v.impact ?? '?'}] ${v.help} at ${node.target.join(' ')}: ${node.html.slice(0, 200)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}

/** Options of {@link expectNoAxeViolations}. */
export interface AxeCheckOptions {
  /** Only these rules (default: every rule with one of {@link AXE_TAGS}). */
  readonly rules?: readonly string[];
}

/**
 * Runs axe on the page and returns its violations, one line per node.
 * @param page the page, loaded
 * @param options rules to run
 */
export async function axeViolations(page: Page, options: AxeCheckOptions = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (options.rules) builder.withRules([...options.rules]);
  else builder.withTags([...AXE_TAGS]);
  const results = await builder.analyze();
  const violations = results.violations;
  return describeAxeViolations(violations);
}

/**
 * Runs axe (WCAG 2.0–2.2 A/AA and best practice) on the page and expects no violation.
 * @param page the page, loaded
 * @param label what is checked, for the failure message
 * @param options rules to run
 */
export async function expectNoAxeViolations(page: Page, label: string, options: AxeCheckOptions = {}): Promise<void> {
  expect(await axeViolations(page, options), `axe violations on ${label}`).toEqual([]);
}

/**
 * Tabs through the whole page from the top and returns the focus stops that were entirely hidden
 * behind something else when focused (WCAG 2.4.11 Focus Not Obscured; axe cannot see this). The
 * sticky quick exit bar is what could hide them.
 * @param page a freshly loaded page (focus still at the top)
 * @param maxStops a safety limit
 * @returns one line per obscured stop; empty when all are visible
 */
export async function obscuredFocusStops(page: Page, maxStops = 400): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return undefined;
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
      const key = `${Array.prototype.indexOf.call(document.getElementsByTagName('*'), el)}`;
      if (r.width === 0 || r.height === 0) return { key, name, hiddenBy: undefined };
      const inset = Math.min(2, r.width / 2, r.height / 2);
      const points: [number, number][] = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ];
      const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
      const visible = hits.some((hit) => hit !== null && (hit === el || el.contains(hit)));
      const cover = hits.find((hit) => hit !== null && hit !== el && !el.contains(hit));
      return {
        key,
        name,
        hiddenBy: visible ? undefined : (cover?.closest('[class]')?.className ?? 'outside the viewport'),
      };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    if (stop.hiddenBy) problems.push(`${stop.name} is hidden by ${stop.hiddenBy}`);
  }
  return problems;
}
