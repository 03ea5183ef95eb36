import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { RELATION_MEMBER_OF } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

const PASS_OWNER =
  'pass owner, e.g. owner: ["group:default/engineering"], to say which organisation to answer for';

/**
 * The groups the signed-in caller is a member of (the memberOf relations of
 * their User entity), read from the catalog with the caller's own
 * credentials: "my organisation" when an action is not told whose. A
 * service principal, or a user the catalog knows no group of, gets an
 * InputError asking for the groups instead.
 */
export async function callerGroups(
  catalog: Pick<CatalogService, 'getEntityByRef'>,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const principal = credentials.principal as { type?: string; userEntityRef?: string };
  if (principal.type !== 'user' || !principal.userEntityRef) {
    throw new InputError(`The caller is not a signed-in user, so their organisation is unknown: ${PASS_OWNER}`);
  }
  const user = await catalog.getEntityByRef(principal.userEntityRef, { credentials });
  const groups = [
    ...new Set(
      (user?.relations ?? [])
        .filter(relation => relation.type === RELATION_MEMBER_OF)
        .map(relation => relation.targetRef),
    ),
  ].sort();
  if (groups.length === 0) {
    throw new InputError(
      `${principal.userEntityRef} is a member of no group in the catalog, so their organisation is unknown: ${PASS_OWNER}`,
    );
  }
  return groups;
}
