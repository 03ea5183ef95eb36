/**
 * Validates response bodies against the readiness backend's OpenAPI spec
 * (plugins/readiness-backend/src/schema/openapi.yaml), the way a client would
 * receive them: by operation id and status, with every $ref, enum, required
 * field and `additionalProperties: false` of the spec enforced.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const SPEC_PATH = resolve(
  __dirname,
  '../../../readiness-backend/src/schema/openapi.yaml',
);
const SPEC_ID = 'readiness-openapi';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  responses?: Record<
    string,
    { content?: Record<string, { schema?: unknown }> }
  >;
}
type Spec = { paths: Record<string, Partial<Record<string, Operation>>> };

const spec = parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
// The spec's top-level sections are not JSON Schema: declared as keywords so
// strict mode accepts the document, while every schema inside stays strict.
const ajv = new Ajv({
  allErrors: true,
  keywords: ['openapi', 'info', 'servers', 'paths', 'components'],
});
addFormats(ajv);
ajv.addSchema(spec as object, SPEC_ID);

/** JSON pointer escaping (RFC 6901) of one path segment. */
function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function responsePointer(
  operationId: string,
  status: string,
  mediaType: string,
): string {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation?.operationId !== operationId) continue;
      if (!operation.responses?.[status]?.content?.[mediaType]?.schema) {
        throw new Error(
          `${operationId} has no ${mediaType} schema for status ${status} in openapi.yaml`,
        );
      }
      return [
        'paths',
        path,
        method,
        'responses',
        status,
        'content',
        mediaType,
        'schema',
      ]
        .map(escape)
        .join('/');
    }
  }
  throw new Error(`No operation ${operationId} in openapi.yaml`);
}

const validators = new Map<string, ValidateFunction>();

/**
 * The spec's complaints about `body` as the `status` response of
 * `operationId` (e.g. "GetRollup"): empty when it matches. Each complaint is
 * "<where in the body> <what is wrong>".
 */
export function responseErrors(
  operationId: string,
  body: unknown,
  status = '200',
  mediaType = 'application/json',
): string[] {
  const key = `${operationId} ${status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    const pointer = responsePointer(operationId, status, mediaType);
    validate = ajv.compile({ $ref: `${SPEC_ID}#/${pointer}` });
    validators.set(key, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    error =>
      `${error.instancePath || '(body)'} ${error.message}${
        error.params && 'additionalProperty' in error.params
          ? `: ${error.params.additionalProperty}`
          : ''
      }`,
  );
}
