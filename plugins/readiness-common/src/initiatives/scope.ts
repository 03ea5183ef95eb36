import type { InitiativeScope } from '../api';

/**
 * What an initiative needs of one stored result: the columns its scope
 * filters on, and the tier and failing checks its target is judged by. The
 * backend's rollup rows have them all.
 */
export interface InitiativeRow {
  entityRef: string;
  kind: string;
  type?: string;
  lifecycle?: string;
  /** Owner group ref. */
  owner?: string;
  system?: string;
  domain?: string;
  tags: readonly string[];
  /** Highest tier reached, or null below the first tier. */
  tier: string | null;
  /** Checks that fail or are invalid (waived, warning and not applicable ones meet their tier). */
  failingChecks: readonly string[];
}

/** True when `owner` is `ancestor` or a group below it (the caller's group hierarchy). */
export type OwnerWithin = (owner: string, ancestor: string) => boolean;

/**
 * True when the row is in the scope: every list of the scope matches (any
 * of its values), as the rollup filters do. Kinds, tags and refs compare
 * without case, type and lifecycle as written.
 */
export function isInScope(
  row: InitiativeRow,
  scope: InitiativeScope,
  ownerWithin: OwnerWithin,
): boolean {
  return (
    matchesIgnoringCase(row.kind, scope.kind) &&
    matchesExactly(row.type, scope.type) &&
    matchesExactly(row.lifecycle, scope.lifecycle) &&
    matchesIgnoringCase(row.system, scope.system) &&
    matchesIgnoringCase(row.domain, scope.domain) &&
    matchesTags(row.tags, scope.tag) &&
    matchesOwner(row.owner, scope.owner, ownerWithin)
  );
}

function matchesExactly(value: string | undefined, wanted?: readonly string[]): boolean {
  if (!wanted?.length) return true;
  return value !== undefined && wanted.includes(value);
}

function matchesIgnoringCase(value: string | undefined, wanted?: readonly string[]): boolean {
  if (!wanted?.length) return true;
  if (value === undefined) return false;
  const lower = value.toLocaleLowerCase('en-US');
  return wanted.some(w => w.toLocaleLowerCase('en-US') === lower);
}

function matchesTags(tags: readonly string[], wanted?: readonly string[]): boolean {
  if (!wanted?.length) return true;
  return tags.some(tag => matchesIgnoringCase(tag, wanted));
}

function matchesOwner(
  owner: string | undefined,
  wanted: readonly string[] | undefined,
  ownerWithin: OwnerWithin,
): boolean {
  if (!wanted?.length) return true;
  if (!owner) return false;
  return wanted.some(ancestor => ownerWithin(owner, ancestor));
}
