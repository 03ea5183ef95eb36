/**
 * Checks what the server really sends against openapi.yaml (the router
 * validates requests only): by operation id and status, with every $ref,
 * enum, format, required field and `additionalProperties: false` enforced.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { spec } from '../schema/openapi.generated';

const SPEC_ID = 'readiness-openapi';

type Response = { $ref?: string; content?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  responses?: Record<string, Response>;
};

// The spec's top-level sections are not JSON Schema: declared as keywords so
// strict mode accepts the document, while every schema inside stays strict.
const ajv = new Ajv({
  allErrors: true,
  keywords: ['openapi', 'info', 'servers', 'paths', 'components'],
});
addFormats(ajv);
ajv.addSchema(JSON.parse(JSON.stringify(spec)), SPEC_ID);

const escape = (segment: string) =>
  segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Where the JSON schema of a response is, as a JSON pointer into the spec. */
function schemaPointer(operationId: string, status: string): string {
  const paths = spec.paths as Record<string, Record<string, Operation>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId !== operationId) continue;
      const response = operation.responses?.[status];
      if (!response) {
        throw new Error(
          `${operationId} has no ${status} response in openapi.yaml`,
        );
      }
      // A shared response is a $ref to components.responses.
      const at = response.$ref
        ? response.$ref.slice(2)
        : ['paths', path, method, 'responses', status].map(escape).join('/');
      return `${at}/content/application~1json/schema`;
    }
  }
  throw new Error(`No operation ${operationId} in openapi.yaml`);
}

const validators = new Map<string, ValidateFunction>();

/**
 * The spec's complaints about a JSON `body` sent as the `status` response of
 * `operationId`: empty when it matches.
 */
export function responseErrors(
  operationId: string,
  body: unknown,
  status = '200',
): string[] {
  const key = `${operationId} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({
      $ref: `${SPEC_ID}#/${schemaPointer(operationId, status)}`,
    });
    validators.set(key, validate);
  }
  return validate(body)
    ? []
    : (validate.errors ?? []).map(
        e =>
          `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(
            e.params,
          )}`,
      );
}
