/**
 * Lenient entity-ref handling that never throws (the catalog-model parser
 * throws on bad input, and the engine must not).
 */
import { stringifyEntityRef } from '@backstage/catalog-model';

export interface ParsedRef {
  kind: string;
  namespace: string;
  name: string;
}

const REF_RE = /^(?:([^:/\s]+):)?(?:([^:/\s]+)\/)?([^:/\s]+)$/;

/**
 * Parses `[kind:][namespace/]name`. Returns undefined when the shape is wrong
 * or there is no kind and no default kind.
 */
export function parseRef(
  value: string,
  defaults: { kind?: string; namespace?: string } = {},
): ParsedRef | undefined {
  const match = REF_RE.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const kind = match[1] ?? defaults.kind;
  if (!kind) {
    return undefined;
  }
  return {
    kind,
    namespace: match[2] ?? defaults.namespace ?? 'default',
    name: match[3],
  };
}

/**
 * A user ref (kind defaults to user, namespace to the entity's), or
 * undefined when malformed or of another kind. Remembers the last value
 * parsed in `memo`: the operational owner is read twice per evaluation.
 */
export function parseUserRef(
  value: string,
  namespace: string,
  memo?: { userRefMemo?: { value: string; ref?: ParsedRef } },
): ParsedRef | undefined {
  const last = memo?.userRefMemo;
  if (last && last.value === value) {
    return last.ref;
  }
  const parsed = parseRef(value, { kind: 'user', namespace });
  const ref =
    parsed && parsed.kind.toLowerCase() === 'user' ? parsed : undefined;
  if (memo) {
    memo.userRefMemo = { value, ref };
  }
  return ref;
}

/** Normalised ref string (lowercase), as `stringifyEntityRef` makes it. */
export function refString(ref: ParsedRef): string {
  return stringifyEntityRef(ref);
}

/** The normalised ref of a catalog entity, or undefined for a malformed one. */
export function entityRefOf(entity: unknown): string | undefined {
  if (!isRecord(entity) || typeof entity.kind !== 'string') {
    return undefined;
  }
  const metadata = entity.metadata;
  if (!isRecord(metadata) || typeof metadata.name !== 'string') {
    return undefined;
  }
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace
      ? metadata.namespace
      : 'default';
  return stringifyEntityRef({
    kind: entity.kind,
    namespace,
    name: metadata.name,
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Case-insensitive equality without allocating for ASCII text. */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x > 127 || y > 127) return a.toLowerCase() === b.toLowerCase();
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

/**
 * Whether a catalog entity is the one a ref names (case-insensitive), without
 * building its ref string: the engine asks this for every entity it scores.
 */
export function entityMatchesRef(entity: unknown, ref: ParsedRef): boolean {
  if (!isRecord(entity) || typeof entity.kind !== 'string') {
    return false;
  }
  const metadata = entity.metadata;
  if (!isRecord(metadata) || typeof metadata.name !== 'string') {
    return false;
  }
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace
      ? metadata.namespace
      : 'default';
  return (
    sameText(entity.kind, ref.kind) &&
    sameText(namespace, ref.namespace) &&
    sameText(metadata.name, ref.name)
  );
}
