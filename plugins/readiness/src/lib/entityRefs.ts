import { parseEntityRef } from '@backstage/catalog-model';

/** "payments-api" for component:default/payments-api, namespace kept when not default. */
export function shortRefName(entityRef: string): string {
  try {
    const { namespace, name } = parseEntityRef(entityRef);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return entityRef;
  }
}

/** True when the value parses as an entity ref with a kind. */
export function isEntityRef(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*:[^/]+(\/[^/]+)?$/.test(value);
}
