import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  getRelatedEntityRefs,
  RelatedEntities,
} from '@readiness-scorecards/plugin-readiness-common';

/** Where the owner group and operational owner probably are (from the last recompute). */
export interface RelatedRefHints {
  owner?: string;
  operationalOwner?: string;
}

type EntityFilter = Record<string, string>;

/**
 * Loads an entity with what the engine needs besides it (the owner group, its
 * members and the operational owner), as the given credentials see them.
 * With hints from the last recompute this takes one catalog request; when
 * the owner changed since, a second one. Every catalog call is a Backstage
 * request of its own (token, HTTP, compression), so fewer calls matter.
 */
export class RelatedEntityLoader {
  constructor(private readonly catalog: CatalogService) {}

  async loadEntity(
    entityRef: string,
    credentials: BackstageCredentials,
    hints: RelatedRefHints = {},
  ): Promise<{ entity: Entity; related: RelatedEntities }> {
    const wanted = parseEntityRef(entityRef);
    const first = await this.fetch(
      [refFilter(entityRef), ...relatedFilters(hints.owner, hints.operationalOwner)],
      credentials,
    );
    const entity = first.find(
      e =>
        e.kind.toLocaleLowerCase('en-US') === wanted.kind.toLocaleLowerCase('en-US') &&
        (e.metadata.namespace ?? 'default').toLocaleLowerCase('en-US') ===
          wanted.namespace.toLocaleLowerCase('en-US') &&
        e.metadata.name.toLocaleLowerCase('en-US') === wanted.name.toLocaleLowerCase('en-US'),
    );
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} found in the catalog`);
    }
    const actual = getRelatedEntityRefs(entity);
    const sameRefs =
      same(actual.ownerGroup, hints.owner) &&
      same(actual.operationalOwner, hints.operationalOwner);
    const candidates = sameRefs
      ? first
      : await this.fetch(
          relatedFilters(actual.ownerGroup, actual.operationalOwner),
          credentials,
        );
    return { entity, related: pickRelated(candidates, actual) };
  }

  private async fetch(
    filters: EntityFilter[],
    credentials: BackstageCredentials,
  ): Promise<Entity[]> {
    if (filters.length === 0) return [];
    const { items } = await this.catalog.getEntities(
      { filter: filters },
      { credentials },
    );
    return items;
  }
}

function pickRelated(
  candidates: Entity[],
  refs: { ownerGroup?: string; operationalOwner?: string },
): RelatedEntities {
  const byRef = new Map(candidates.map(e => [normalize(stringifyEntityRef(e)), e]));
  const ownerGroup = refs.ownerGroup ? byRef.get(normalize(refs.ownerGroup)) : undefined;
  const ownerGroupMembers = ownerGroup
    ? candidates.filter(
        e =>
          e.kind.toLocaleLowerCase('en-US') === 'user' &&
          e.relations?.some(
            r =>
              r.type === RELATION_MEMBER_OF &&
              normalize(r.targetRef) === normalize(refs.ownerGroup!),
          ),
      )
    : [];
  return {
    ownerGroup,
    ownerGroupMembers,
    operationalOwner: refs.operationalOwner
      ? byRef.get(normalize(refs.operationalOwner))
      : undefined,
  };
}

/** The owner group, its members and the operational owner, as catalog filters. */
function relatedFilters(owner?: string, operationalOwner?: string): EntityFilter[] {
  const filters: EntityFilter[] = [];
  if (owner) {
    filters.push(refFilter(owner));
    filters.push({ kind: 'user', [`relations.${RELATION_MEMBER_OF}`]: normalize(owner) });
  }
  if (operationalOwner) {
    filters.push(refFilter(operationalOwner));
  }
  return filters;
}

function refFilter(ref: string): EntityFilter {
  const { kind, namespace, name } = parseEntityRef(ref);
  return { kind, 'metadata.namespace': namespace, 'metadata.name': name };
}

function same(a?: string, b?: string) {
  return (a ? normalize(a) : undefined) === (b ? normalize(b) : undefined);
}

/** Entity refs compare case-insensitively in the catalog. */
function normalize(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

/** The owner as a full ref, as the engine reads it. */
export function ownerGroupRef(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  return relation?.targetRef ?? getRelatedEntityRefs(entity).ownerGroup;
}

export function operationalOwnerRef(entity: Entity): string | undefined {
  return getRelatedEntityRefs(entity).operationalOwner;
}
