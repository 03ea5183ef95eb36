import {
  createBackendModule,
  createServiceFactory,
  coreServices,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
  DefinitivePolicyDecision,
  isResourcePermission,
  PolicyDecision,
  QueryPermissionRequest,
} from '@backstage/plugin-permission-common';

const LOCATION = 'url:https://example.test/mutable-catalog';

/**
 * A catalog source the test rewrites: `set` replaces every entity it
 * provides (the catalog then processes and stitches them as usual).
 */
export class MutableCatalog implements EntityProvider {
  private connection?: EntityProviderConnection;
  private entities: Entity[] = [];

  constructor(initial: Entity[]) {
    this.entities = initial;
  }

  getProviderName() {
    return 'mutable-catalog';
  }

  async connect(connection: EntityProviderConnection) {
    this.connection = connection;
    await this.apply();
  }

  async set(entities: Entity[]) {
    this.entities = entities;
    await this.apply();
  }

  private async apply() {
    await this.connection?.applyMutation({
      type: 'full',
      entities: this.entities.map(entity => ({
        locationKey: 'mutable-catalog',
        entity: {
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              ...entity.metadata.annotations,
              'backstage.io/managed-by-location': LOCATION,
              'backstage.io/managed-by-origin-location': LOCATION,
            },
          },
        },
      })),
    });
  }

  /** The catalog module that registers this source. */
  module() {
    return createBackendModule({
      pluginId: 'catalog',
      moduleId: 'mutable-catalog',
      register: env => {
        env.registerInit({
          deps: { catalog: catalogProcessingExtensionPoint },
          init: async ({ catalog }) => {
            catalog.addEntityProvider(this);
          },
        });
      },
    });
  }
}

/**
 * A permission policy the test changes between calls: `restricted` may
 * read every catalog entity except those `hiddenOwner` owns (a conditional
 * decision the catalog applies itself, as with the permission backend) and
 * may not trigger a recompute; everyone else may do anything.
 */
export class SwitchablePolicy {
  hiddenOwner: string;

  constructor(
    readonly restricted: string,
    hiddenOwner: string,
  ) {
    this.hiddenOwner = hiddenOwner;
  }

  private isRestricted(credentials: BackstageCredentials) {
    const principal = credentials.principal as { type?: string; userEntityRef?: string };
    return principal.type === 'user' && principal.userEntityRef === this.restricted;
  }

  /** The permissions service of every plugin in the test backend. */
  factory() {
    const isRestricted = (credentials: BackstageCredentials) =>
      this.isRestricted(credentials);
    const hiddenOwner = () => this.hiddenOwner;
    const service: PermissionsService = {
      async authorize(
        requests: AuthorizePermissionRequest[],
        options: { credentials: BackstageCredentials },
      ): Promise<DefinitivePolicyDecision[]> {
        return requests.map(({ permission }) =>
          isRestricted(options.credentials) &&
          (permission.name === 'readiness.refresh' ||
            isResourcePermission(permission, 'catalog-entity'))
            ? { result: AuthorizeResult.DENY }
            : { result: AuthorizeResult.ALLOW },
        );
      },
      async authorizeConditional(
        requests: QueryPermissionRequest[],
        options: { credentials: BackstageCredentials },
      ): Promise<PolicyDecision[]> {
        return requests.map(({ permission }) =>
          isRestricted(options.credentials) &&
          isResourcePermission(permission, 'catalog-entity')
            ? createCatalogConditionalDecision(permission, {
                not: catalogConditions.isEntityOwner({ claims: [hiddenOwner()] }),
              })
            : { result: AuthorizeResult.ALLOW },
        );
      },
    };
    return createServiceFactory({
      service: coreServices.permissions,
      deps: {},
      factory: () => service,
    });
  }
}
