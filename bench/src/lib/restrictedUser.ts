import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import type { GeneratedCatalog } from '../catalog/generateCatalog';

/** The share of scored entities the policy hides from signed-in users. */
const HIDDEN_SHARE = 0.1;

/**
 * The signed-in user of the benchmarks and what the policy hides from them:
 * every entity owned by the last teams of the generated catalog, about 10%
 * of the scored entities (the user's own team, team-0, is not among them).
 */
export interface RestrictedUser {
  userEntityRef: string;
  hiddenOwners: string[];
  /** Scored entities the user may not read. */
  hiddenScored: Set<string>;
}

export function restrictedUserOf(catalog: GeneratedCatalog): RestrictedUser {
  const ownerOf = (e: Entity) => String(e.spec?.owner ?? '');
  const teams = [...new Set(catalog.scored.map(ownerOf))]
    .filter(owner => owner !== 'group:default/team-0')
    .sort((a, b) => teamNumber(b) - teamNumber(a));
  const hiddenOwners: string[] = [];
  const hiddenScored = new Set<string>();
  for (const team of teams) {
    if (hiddenScored.size >= catalog.scored.length * HIDDEN_SHARE) break;
    hiddenOwners.push(team);
    for (const entity of catalog.scored.filter(e => ownerOf(e) === team)) {
      hiddenScored.add(refOf(entity));
    }
  }
  return { userEntityRef: 'user:default/user-0-0', hiddenOwners, hiddenScored };
}

function teamNumber(ref: string): number {
  return Number(/team-(\d+)$/.exec(ref)?.[1] ?? -1);
}

export function refOf(entity: Entity): string {
  return `${entity.kind.toLocaleLowerCase('en-US')}:default/${entity.metadata.name}`;
}

/**
 * A permission policy as a portal with a policy would have one: users may
 * read every catalog entity except those the hidden owners own (a
 * conditional decision the catalog applies itself); everything else, and
 * every service, is allowed.
 */
class HidingPolicy implements PermissionPolicy {
  constructor(private readonly hiddenOwners: string[]) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const principal = user?.credentials.principal as { type?: string } | undefined;
    if (
      principal?.type === 'user' &&
      isResourcePermission(request.permission, 'catalog-entity')
    ) {
      return createCatalogConditionalDecision(request.permission, {
        not: catalogConditions.isEntityOwner({ claims: this.hiddenOwners }),
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** The permission backend's policy for the benchmark backend. */
export function hidingPolicyModule(hiddenOwners: string[]) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'bench-hiding-policy',
    register(env) {
      env.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy(new HidingPolicy(hiddenOwners));
        },
      });
    },
  });
}

/** Config of the guest sign-in as the restricted user, resolved in the catalog. */
export function guestSignInConfig(userEntityRef: string) {
  return {
    providers: {
      guest: { dangerouslyAllowOutsideDevelopment: true, userEntityRef },
    },
  };
}

/**
 * Signs in through the auth backend's guest provider, as the frontend does,
 * and returns the user's Backstage token (its claims: the user and the
 * groups the catalog says they belong to).
 */
export async function signInAsGuest(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh?env=development`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (response.status !== 200) {
    throw new Error(`guest sign-in answered ${response.status}: ${await response.text()}`);
  }
  const body = (await response.json()) as { backstageIdentity?: { token?: string } };
  const token = body.backstageIdentity?.token;
  if (!token) throw new Error('guest sign-in answered without a Backstage token');
  return token;
}
