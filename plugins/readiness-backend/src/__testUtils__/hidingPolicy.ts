import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
  DefinitivePolicyDecision,
  isResourcePermission,
  PermissionCondition,
  PermissionCriteria,
  PolicyDecision,
  QueryPermissionRequest,
} from '@backstage/plugin-permission-common';

/** The user who may not see what the hidden group owns. */
export const OUTSIDER = 'user:default/outsider';
/** Everything this group owns, and the group itself, is hidden from OUTSIDER. */
export const HIDDEN_OWNER = 'group:default/ml-team';
/** A member of HIDDEN_OWNER whom OUTSIDER may not see either. */
export const HIDDEN_USER = 'user:default/kenji-watanabe';

const nameOf = (ref: string) => ref.split('/')[1];

/**
 * What the policy hides from OUTSIDER, stated on a catalog entity as written
 * in its YAML file: tests compute the expected hidden entities from the
 * fixture with it, never from the API under test.
 */
export function isHiddenFromOutsider(entity: {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: Record<string, unknown>;
}): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const ref = `${kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`;
  const owner = entity.spec?.owner;
  let ownerRef: string | undefined;
  if (typeof owner === 'string') {
    ownerRef = owner.includes(':') ? owner : `group:default/${owner}`;
  }
  return (
    ownerRef === HIDDEN_OWNER || ref === HIDDEN_OWNER || ref === HIDDEN_USER
  );
}

function isOutsider(credentials: BackstageCredentials) {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
  };
  return principal.type === 'user' && principal.userEntityRef === OUTSIDER;
}

/**
 * The permission decisions of a policy that hides from OUTSIDER every catalog
 * entity owned by HIDDEN_OWNER, that group itself and HIDDEN_USER, and denies
 * them a recompute; everyone else may
 * do anything. The catalog backend applies the conditional decision itself,
 * exactly as it does with the permission backend's answers.
 */
class HidingPermissions implements PermissionsService {
  async authorize(
    requests: AuthorizePermissionRequest[],
    options: { credentials: BackstageCredentials },
  ): Promise<DefinitivePolicyDecision[]> {
    return requests.map(({ permission }) =>
      isOutsider(options.credentials) &&
      (permission.name === 'readiness.refresh' ||
        isResourcePermission(permission, 'catalog-entity'))
        ? { result: AuthorizeResult.DENY }
        : { result: AuthorizeResult.ALLOW },
    );
  }

  async authorizeConditional(
    requests: QueryPermissionRequest[],
    options: { credentials: BackstageCredentials },
  ): Promise<PolicyDecision[]> {
    return requests.map(({ permission }) => {
      if (
        isOutsider(options.credentials) &&
        isResourcePermission(permission, 'catalog-entity')
      ) {
        const named = (
          kind: string,
          ref: string,
        ): PermissionCriteria<PermissionCondition<'catalog-entity'>> => ({
          allOf: [
            catalogConditions.isEntityKind({ kinds: [kind] }),
            catalogConditions.hasMetadata({ key: 'name', value: nameOf(ref) }),
          ],
        });
        return createCatalogConditionalDecision(permission, {
          not: {
            anyOf: [
              catalogConditions.isEntityOwner({ claims: [HIDDEN_OWNER] }),
              named('group', HIDDEN_OWNER),
              named('user', HIDDEN_USER),
            ],
          },
        });
      }
      return { result: AuthorizeResult.ALLOW };
    });
  }
}

export const hidingPermissionsFactory = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => new HidingPermissions(),
});
