// SPDX-License-Identifier: EUPL-1.2
/**
 * The entry point of the PDF worker thread. A worker is a new JavaScript environment: the TypeScript
 * loader of the main thread (`node --import tsx`, or Vitest's) does not reach it, so it registers
 * tsx first and then loads the worker written in TypeScript.
 */
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
