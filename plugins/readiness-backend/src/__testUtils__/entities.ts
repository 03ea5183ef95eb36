import { Entity } from '@backstage/catalog-model';

/** A small catalog for router and plugin tests: one team, two services. */
export function testCatalog(): Entity[] {
  return [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments-team', namespace: 'default' },
      spec: { type: 'team', children: [], profile: { displayName: 'Payments', email: 'payments@acme.example' } },
      relations: [
        { type: 'hasMember', targetRef: 'user:default/priya' },
        { type: 'hasMember', targetRef: 'user:default/tom' },
      ],
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'priya', namespace: 'default' },
      spec: { profile: { displayName: 'Priya Raman', email: 'priya@acme.example' }, memberOf: ['payments-team'] },
      relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'tom', namespace: 'default' },
      spec: { profile: { displayName: 'Tom Becker' }, memberOf: ['payments-team'] },
      relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'payments-api',
        namespace: 'default',
        description: 'Takes payments',
        annotations: {
          'backstage.io/techdocs-ref': 'dir:.',
          'readiness/operational-owner': 'user:default/priya',
          'readiness/success-metric': 'checkout conversion',
          'readiness/success-threshold': '>= 97%',
          'grafana/dashboard-selector': 'payments',
          'pagerduty.com/service-id': 'PXYZ123',
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments-team',
        system: 'checkout',
        dependsOn: ['resource:default/payments-db'],
      },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'bare-service', namespace: 'default' },
      spec: { type: 'service', lifecycle: 'experimental', owner: 'group:default/payments-team' },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
    },
  ];
}
