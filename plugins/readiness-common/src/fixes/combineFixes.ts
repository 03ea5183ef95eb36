import { parse, stringify } from 'yaml';
import type { CheckResult } from '../model/scorecard';

/** One YAML patch for several checks, and the checks whose fix could not be read. */
export interface CombinedFix {
  /** Empty when no check has a fix. */
  yaml: string;
  /** The checks the patch closes, in the order given. */
  checkIds: string[];
  /** Checks whose fix snippet is not a YAML map (left out, named here). */
  unreadable: string[];
}

/**
 * Merges the fix snippets of `checks` into one patch for catalog-info.yaml:
 * maps merge, lists append, and a scalar set by two fixes keeps the later
 * one. Parsed and written by a YAML library, so the result is valid YAML
 * with every key once (pasting the snippets one after the other repeats
 * `metadata:` and `annotations:`, which YAML rejects). The snippets'
 * comments are replaced by one line naming the checks.
 */
export function combineFixes(checks: readonly CheckResult[]): CombinedFix {
  let merged: Record<string, unknown> = {};
  const checkIds: string[] = [];
  const unreadable: string[] = [];
  for (const check of checks) {
    if (!check.fix) continue;
    let value: unknown;
    try {
      value = parse(check.fix.yaml);
    } catch {
      value = undefined;
    }
    if (!isMap(value)) {
      unreadable.push(check.checkId);
      continue;
    }
    merged = mergeInto(merged, value) as Record<string, unknown>;
    checkIds.push(check.checkId);
  }
  if (checkIds.length === 0) return { yaml: '', checkIds, unreadable };
  const body = stringify(merged, { lineWidth: 0 });
  return {
    yaml: `# Closes ${checkIds.join(', ')}: merge into catalog-info.yaml, then replace the example values\n${body}`,
    checkIds,
    unreadable,
  };
}

/** Maps merge, lists append, scalars: the source wins. */
export function mergeInto(target: unknown, source: unknown): unknown {
  if (Array.isArray(source)) {
    return Array.isArray(target) ? [...target, ...source] : [...source];
  }
  if (isMap(source)) {
    const base = isMap(target) ? target : {};
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(source)) {
      out[key] = mergeInto(base[key], value);
    }
    return out;
  }
  return source;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
