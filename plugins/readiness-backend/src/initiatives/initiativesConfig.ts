import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CompiledRubric,
  Initiative,
  InitiativeScope,
  InitiativeTarget,
  parseDay,
  problemsOfInitiativeTarget,
} from '@readiness-scorecards/plugin-readiness-common';

const KEY = 'readiness.initiatives';
const ADDED_KEY = 'initiatives added by a module';
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
const INITIATIVE_KEYS = ['id', 'title', 'description', 'target', 'scope', 'startDate', 'deadline', 'owningGroup'];
const TARGET_KEYS = ['tier', 'checks'];
/** Scope lists, and the kind a shorthand ref of each means (refs are stored in full). */
const SCOPE_KEYS: Record<keyof InitiativeScope, string | undefined> = {
  owner: 'group',
  system: 'system',
  domain: 'domain',
  kind: undefined,
  type: undefined,
  lifecycle: undefined,
  tag: undefined,
};

/**
 * Reads `readiness.initiatives` and checks each target against the rubric
 * in force; a wrong value stops start-up with an error that names the key,
 * e.g. `readiness.initiatives[1].deadline`.
 */
export function readInitiativesConfig(
  config: Config,
  rubric: Pick<CompiledRubric, 'tiers' | 'checks'>,
  /** Initiatives backend modules added (readinessInitiativesExtensionPoint), checked the same way. */
  added: readonly unknown[] = [],
): Initiative[] {
  const raw: unknown = config.getOptional(KEY) ?? [];
  if (!Array.isArray(raw)) {
    throw new InputError(`${KEY}: expected a list of initiatives, got ${describe(raw)}`);
  }
  const entries: Array<[value: unknown, key: string]> = [
    ...raw.map((value, index): [unknown, string] => [value, `${KEY}[${index}]`]),
    ...added.map((value, index): [unknown, string] => [value, `${ADDED_KEY}[${index}]`]),
  ];
  const firstKeyOfId = new Map<string, string>();
  return entries.map(([value, key]) => {
    const initiative = readInitiative(value, key);
    const earlier = firstKeyOfId.get(initiative.id);
    if (earlier) {
      throw new InputError(`${key}.id: "${initiative.id}" is the id of ${earlier} too; ids must be unique`);
    }
    firstKeyOfId.set(initiative.id, key);
    const problems = problemsOfInitiativeTarget(initiative.target, rubric);
    if (problems.length > 0) {
      throw new InputError(`${key}.target: ${problems.join('; ')}`);
    }
    return initiative;
  });
}

function readInitiative(value: unknown, key: string): Initiative {
  const item = objectAt(value, key, INITIATIVE_KEYS);
  const id = stringAt(item.id, `${key}.id`);
  if (!ID_PATTERN.test(id)) {
    throw new InputError(
      `${key}.id: expected lower-case letters, digits and dashes (at most 63, e.g. beta-by-march), got ${JSON.stringify(id)}`,
    );
  }
  const startDate = dayAt(item.startDate, `${key}.startDate`);
  const deadline = dayAt(item.deadline, `${key}.deadline`);
  if (parseDay(deadline)! < parseDay(startDate)!) {
    throw new InputError(`${key}.deadline: ${deadline} is before the startDate ${startDate}`);
  }
  const description = item.description === undefined ? undefined : stringAt(item.description, `${key}.description`);
  const owningGroup =
    item.owningGroup === undefined ? undefined : refAt(item.owningGroup, `${key}.owningGroup`, 'group');
  return {
    id,
    title: stringAt(item.title, `${key}.title`),
    ...(description ? { description } : {}),
    target: targetAt(item.target, `${key}.target`),
    scope: item.scope === undefined ? {} : scopeAt(item.scope, `${key}.scope`),
    startDate,
    deadline,
    ...(owningGroup ? { owningGroup } : {}),
  };
}

function targetAt(value: unknown, key: string): InitiativeTarget {
  const target = objectAt(value, key, TARGET_KEYS);
  const tier = target.tier === undefined ? undefined : stringAt(target.tier, `${key}.tier`);
  const checks = target.checks === undefined ? undefined : stringListAt(target.checks, `${key}.checks`);
  return { ...(tier !== undefined ? { tier } : {}), ...(checks !== undefined ? { checks } : {}) };
}

function scopeAt(value: unknown, key: string): InitiativeScope {
  const scope = objectAt(value, key, Object.keys(SCOPE_KEYS));
  const result: InitiativeScope = {};
  for (const [name, refKind] of Object.entries(SCOPE_KEYS) as Array<[keyof InitiativeScope, string | undefined]>) {
    if (scope[name] === undefined) continue;
    const values = stringListAt(scope[name], `${key}.${name}`);
    result[name] = refKind ? values.map((v, i) => refAt(v, `${key}.${name}[${i}]`, refKind)) : values;
  }
  return result;
}

function objectAt(value: unknown, key: string, allowed: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${key}: expected an object, got ${describe(value)}`);
  }
  const unknownKey = Object.keys(value).find(k => !allowed.includes(k));
  if (unknownKey) {
    throw new InputError(`${key}.${unknownKey}: unknown key; expected one of ${allowed.join(', ')}`);
  }
  return value as Record<string, unknown>;
}

function stringAt(value: unknown, key: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`${key}: expected a non-empty string, got ${describe(value)}`);
  }
  return value.trim();
}

/** A string or a list of strings, as a list. */
function stringListAt(value: unknown, key: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => stringAt(item, Array.isArray(value) ? `${key}[${i}]` : key));
}

function dayAt(value: unknown, key: string): string {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || parseDay(text) === undefined) {
    throw new InputError(`${key}: expected a date YYYY-MM-DD, got ${describe(value)}`);
  }
  return text;
}

/** A full entity ref (lower case, as the catalog relates entities) from a ref or shorthand. */
function refAt(value: unknown, key: string, defaultKind: string): string {
  const text = stringAt(value, key);
  try {
    return stringifyEntityRef(
      parseEntityRef(text, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(`${key}: expected an entity ref such as ${defaultKind}:default/name, got ${JSON.stringify(text)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}
