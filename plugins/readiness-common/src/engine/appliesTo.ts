import type { EntityView } from '../model/evaluation';
import type { AppliesTo } from '../model/rubric';

export type AppliesToPredicate = (view: EntityView) => boolean;

const ALWAYS: AppliesToPredicate = () => true;

function lowerSet(values: readonly string[] | undefined) {
  return values && values.length > 0
    ? new Set(values.map(v => v.toLowerCase()))
    : undefined;
}

function dependsOnAnyKind(
  view: EntityView,
  kinds: ReadonlySet<string>,
): boolean {
  const deps = view.spec.dependsOn;
  if (!Array.isArray(deps)) {
    return false;
  }
  for (const dep of deps) {
    // The kind is what comes before the first colon (refs in dependsOn carry one).
    const colon = typeof dep === 'string' ? dep.indexOf(':') : -1;
    if (colon > 0) {
      const kind = (dep as string).slice(0, colon);
      if (kinds.has(kind) || kinds.has(kind.toLowerCase())) {
        return true;
      }
    }
  }
  return false;
}

function hasAnyTag(view: EntityView, tags: ReadonlySet<string>): boolean {
  for (const tag of view.tags) {
    if (tags.has(tag)) return true;
  }
  return false;
}

/** Compiles an appliesTo filter into a predicate over the entity view. */
export function compileAppliesTo(
  filter: AppliesTo | undefined,
): AppliesToPredicate {
  if (!filter) {
    return ALWAYS;
  }
  const kinds = lowerSet(filter.kind);
  const types = lowerSet(filter.type);
  const lifecycles = lowerSet(filter.lifecycle);
  const tags = lowerSet(filter.tags);
  const depKinds = lowerSet(filter.dependsOnKind);
  const anyOf = filter.anyOf?.map(compileAppliesTo);
  // Plain loops, no closures per call: this runs for every check of every entity.
  return view => {
    if (kinds && !kinds.has(view.kind)) return false;
    if (types && !types.has(view.type)) return false;
    if (lifecycles && !lifecycles.has(view.lifecycle)) return false;
    if (tags && !hasAnyTag(view, tags)) return false;
    if (depKinds && !dependsOnAnyKind(view, depKinds)) return false;
    if (anyOf && anyOf.length > 0) {
      for (const predicate of anyOf) {
        if (predicate(view)) return true;
      }
      return false;
    }
    return true;
  };
}

/** "kind is Component and spec.type is one of ai-service, model", for messages and docs. */
export function describeAppliesTo(filter: AppliesTo | undefined): string {
  if (!filter) {
    return 'every entity';
  }
  const list = (name: string, values: string[] | undefined, verb = 'is') => {
    if (!values || values.length === 0) {
      return undefined;
    }
    return values.length === 1
      ? `${name} ${verb} ${values[0]}`
      : `${name} ${verb} one of ${values.join(', ')}`;
  };
  const parts = [
    list('kind', filter.kind),
    list('spec.type', filter.type),
    list('spec.lifecycle', filter.lifecycle),
    list('a tag', filter.tags),
    list('spec.dependsOn', filter.dependsOnKind, 'holds a'),
  ].filter((p): p is string => Boolean(p));
  if (filter.anyOf && filter.anyOf.length > 0) {
    const alternatives = filter.anyOf.map(describeAppliesTo);
    parts.push(
      alternatives.length === 1
        ? alternatives[0]
        : `(${alternatives.join(', or ')})`,
    );
  }
  return parts.length > 0 ? parts.join(' and ') : 'every entity';
}
