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
  PolicyDecision,
  QueryPermissionRequest,
} from '@backstage/plugin-permission-common';

/** The user who may not see what the hidden group owns. */
export const OUTSIDER = 'user:default/outsider';
/** Everything this group owns is hidden from OUTSIDER. */
export const HIDDEN_OWNER = 'group:default/ml-team';

function isOutsider(credentials: BackstageCredentials) {
  const principal = credentials.principal as { type?: string; userEntityRef?: string };
  return principal.type === 'user' && principal.userEntityRef === OUTSIDER;
}

/**
 * The permission decisions of a policy that hides from OUTSIDER every catalog
 * entity owned by HIDDEN_OWNER and denies them a recompute; everyone else may
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
      if (isOutsider(options.credentials) && isResourcePermission(permission, 'catalog-entity')) {
        return createCatalogConditionalDecision(permission, {
          not: catalogConditions.isEntityOwner({ claims: [HIDDEN_OWNER] }),
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
