// SPDX-License-Identifier: EUPL-1.2
/**
 * The one script of Kring: marks <body> as js-enabled and starts each enhancement on the elements
 * that ask for it through data-module. Pages work without it.
 */
import { initBodyMap } from './body-map.ts';
import { initErrorSummary, initPreventDoubleClick } from './forms.ts';
import { initPrint } from './print.ts';
import { initQuickExit } from './quick-exit.ts';

const modules: Record<string, (root: HTMLElement) => void> = {
  'kring-exit-this-page': initQuickExit,
  'kring-error-summary': initErrorSummary,
  'kring-body-map': initBodyMap,
  'kring-print': initPrint,
};

document.body.classList.add('js-enabled');
initPreventDoubleClick();
for (const root of Array.from(document.querySelectorAll<HTMLElement>('[data-module]'))) {
  const name = root.dataset.module;
  const init = name ? modules[name] : undefined;
  if (init && !root.dataset.moduleStarted) {
    root.dataset.moduleStarted = 'true';
    init(root);
  }
}
