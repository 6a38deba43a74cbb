// SPDX-License-Identifier: EUPL-1.2
/**
 * The contract check of the circle's API: every response a test saw is validated against the OpenAPI
 * document the app generates (status code declared for the operation, content type, body schema),
 * with ajv's JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
 */

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { LightMyRequestResponse } from 'fastify';

/** A response as seen by a test: the operation's path template and method, and what came back. */
export interface SeenResponse {
  readonly method: string;
  readonly template: string;
  readonly res: LightMyRequestResponse;
}

/** JSON pointer escaping of one segment. */
function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The OpenAPI path of a Fastify route (`/signals/:id` → `/signals/{id}`). */
export function openApiPath(template: string): string {
  return template.replace(/:(\w+)/g, '{$1}');
}

/**
 * Checks every response against the document.
 * @returns the failures, one line each (empty: all conform)
 */
export function contractFailures(document: Record<string, unknown>, seen: readonly SeenResponse[]): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document, 'openapi');
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
  const failures: string[] = [];
  for (const { method, template, res } of seen) {
    const path = openApiPath(template);
    const where = `${method} ${path} ${res.statusCode}`;
    const operation = paths[path]?.[method.toLowerCase()];
    if (!operation) {
      failures.push(`${where}: no such operation in the document`);
      continue;
    }
    const response = operation.responses[String(res.statusCode)] as
      | { content?: Record<string, { schema: unknown }> }
      | undefined;
    if (!response) {
      failures.push(`${where}: status not declared`);
      continue;
    }
    const types = Object.keys(response.content ?? {});
    if (types.length === 0) {
      if (res.body !== '') failures.push(`${where}: a body where none is declared`);
      continue;
    }
    const type = String(res.headers['content-type'] ?? '')
      .split(';', 1)[0]!
      .trim();
    if (!types.includes(type)) {
      failures.push(`${where}: content type ${type}, declared ${types.join(', ')}`);
      continue;
    }
    const pointer = [
      'paths',
      path,
      method.toLowerCase(),
      'responses',
      String(res.statusCode),
      'content',
      type,
      'schema',
    ]
      .map(escapeSegment)
      .join('/');
    const validate = ajv.getSchema(`openapi#/${pointer}`);
    if (!validate) {
      failures.push(`${where}: schema not found`);
      continue;
    }
    if (!validate(res.json())) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
  }
  return failures;
}
