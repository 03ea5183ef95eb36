import { getRelatedEntityRefs } from './relatedRefs';
import { component } from '../__testUtils__/fixtures';

describe('getRelatedEntityRefs', () => {
  it('names the owner group and the operational owner to look up', () => {
    expect(
      getRelatedEntityRefs(
        component({
          namespace: 'fin',
          spec: { owner: 'payments' },
          annotations: { 'readiness/operational-owner': 'jane' },
        }),
      ),
    ).toEqual({
      ownerGroup: 'group:fin/payments',
      operationalOwner: 'user:fin/jane',
    });
  });

  it('leaves out what is missing, not a group, or malformed', () => {
    expect(
      getRelatedEntityRefs(
        component({
          spec: { owner: 'user:jane' },
          annotations: { 'readiness/operational-owner': 'a:b:c' },
        }),
      ),
    ).toEqual({});
  });
});
