import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** A full entity ref from a ref or shorthand (`payments-api`, `default/payments-api`). */
export function entityRefInput(value: string, defaultKind: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value.trim(), {
        defaultKind,
        defaultNamespace: 'default',
      }),
    );
  } catch {
    throw new InputError(
      `"${value}" is not an entity ref; expected kind:namespace/name, e.g. ${defaultKind}:default/payments-api`,
    );
  }
}

/** The tier asked for, when it is one of the rubric's. */
export function tierInput(
  value: string | undefined,
  tiers: string[],
): string | undefined {
  if (value === undefined) return undefined;
  if (!tiers.includes(value)) {
    throw new InputError(
      `"${value}" is not a tier; expected one of ${tiers.join(', ')}`,
    );
  }
  return value;
}
