import type { AuthService } from '@backstage/backend-plugin-api';
import { RELATION_HAS_MEMBER, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { FactRetriever } from '@backstage-community/plugin-tech-insights-node';
import { READINESS_RETRIEVER_ID } from './readinessChecks';
import { CatalogLookups, READINESS_FACT_SCHEMA, readinessFacts } from './readinessFacts';

/**
 * A Tech Insights FactRetriever for the readiness rubric: pages through the
 * catalog's Components (500 a page, as our recompute does), after one pass
 * over Groups and Users for the owner lookups, and returns one fact row per
 * Component.
 */
export function createReadinessFactRetriever(deps: {
  catalog: CatalogService;
  auth: AuthService;
  clock?: () => Date;
}): FactRetriever {
  return {
    id: READINESS_RETRIEVER_ID,
    version: '1.0.0',
    title: 'Readiness evidence',
    description: 'Annotations, links and spec fields the readiness rubric reads',
    entityFilter: [{ kind: 'component' }],
    schema: READINESS_FACT_SCHEMA as unknown as FactRetriever['schema'],
    handler: async () => {
      const credentials = await deps.auth.getOwnServiceCredentials();
      const now = (deps.clock ?? (() => new Date()))();
      const lookups: CatalogLookups = { groupMembers: new Map(), users: new Set() };
      for await (const page of deps.catalog.streamEntities(
        { filter: { kind: ['Group', 'User'] }, fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'] },
        { credentials },
      )) {
        for (const entity of page) {
          const ref = stringifyEntityRef(entity).toLowerCase();
          if (entity.kind === 'User') {
            lookups.users.add(ref);
          } else {
            const members = (entity.relations ?? []).filter(r => r.type === RELATION_HAS_MEMBER).length;
            lookups.groupMembers.set(ref, members);
          }
        }
      }
      const facts = [];
      for await (const page of deps.catalog.streamEntities(
        { filter: { kind: 'Component' }, pageSize: 500 },
        { credentials },
      )) {
        for (const entity of page) {
          facts.push({
            entity: {
              namespace: entity.metadata.namespace ?? 'default',
              kind: entity.kind,
              name: entity.metadata.name,
            },
            facts: readinessFacts(entity, lookups, now),
          });
        }
      }
      return facts;
    },
  };
}
