import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** Entity refs compare case-insensitively in the catalog. */
export function normalizeRef(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

/**
 * A possibly shorthand ref (`checkout`, `default/checkout`) as a full ref, or
 * undefined when it is malformed: the catalog reports those itself.
 */
export function fullRef(
  value: string,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    );
  } catch {
    return undefined;
  }
}
