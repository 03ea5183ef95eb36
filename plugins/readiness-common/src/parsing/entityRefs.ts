/**
 * Lenient entity-ref handling that never throws (the catalog-model parser
 * throws on bad input, and the engine must not).
 */

export interface ParsedRef {
  kind: string;
  namespace: string;
  name: string;
}

/**
 * Whether a UTF-16 code unit is one the regex class `\s` matches (and
 * `String.prototype.trim` removes).
 */
export function isSpace(code: number): boolean {
  if (code <= 32) {
    return code === 32 || (code >= 9 && code <= 13);
  }
  if (code < 160) {
    return false;
  }
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/**
 * Parses `[kind:][namespace/]name`. Returns undefined when the shape is wrong
 * or there is no kind and no default kind. Hand-parsed (it runs several
 * times for every entity): each part is non-empty and holds no `:`, `/` or
 * whitespace, and `kind:` comes before `namespace/`.
 */
export function parseRef(
  value: string,
  defaults: { kind?: string; namespace?: string } = {},
): ParsedRef | undefined {
  const text = value.trim();
  const length = text.length;
  if (length === 0) {
    return undefined;
  }
  let colon = -1;
  let slash = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 58) {
      // ':' only once, before any '/'
      if (colon >= 0 || slash >= 0) return undefined;
      colon = i;
    } else if (code === 47) {
      if (slash >= 0) return undefined;
      slash = i;
    } else if (isSpace(code)) {
      return undefined;
    }
  }
  // Every part present is non-empty.
  if (colon === 0 || slash === colon + 1 || slash === length - 1) {
    return undefined;
  }
  if (colon === length - 1) {
    return undefined;
  }
  const kind = colon > 0 ? text.slice(0, colon) : defaults.kind;
  if (!kind) {
    return undefined;
  }
  return {
    kind,
    namespace:
      slash >= 0
        ? text.slice(colon + 1, slash)
        : defaults.namespace ?? 'default',
    name: text.slice((slash >= 0 ? slash : colon) + 1),
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

/** Normalised ref string (lowercase), as `stringifyEntityRef` of @backstage/catalog-model makes it. */
export function refString(ref: ParsedRef): string {
  return `${ref.kind.toLowerCase()}:${ref.namespace.toLowerCase()}/${ref.name.toLowerCase()}`;
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
  // What stringifyEntityRef({ kind, namespace, name }) gives, without the object.
  return `${entity.kind.toLowerCase()}:${namespace.toLowerCase()}/${metadata.name.toLowerCase()}`;
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
