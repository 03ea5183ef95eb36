import {
  capturedRubric,
  legacyPaymentsSoap,
  productCatalogApi,
  searchService,
} from './captured';
import {
  defaultRubric,
  newServiceResponse,
  paymentsApiHistory,
  paymentsApiResponse,
} from './fixtures';
import {
  betaByMarchDetail,
  betaByMarchEntityPage,
  betaByMarchHistory,
  initiativeList,
  paymentsApiInitiatives,
} from './initiativeFixtures';
import { responseErrors } from './openApiResponses';
import {
  ownerRollup,
  ownerTreeRollup,
  paymentsTeamScorecards,
  rollupHistory,
} from './rollupFixtures';

/**
 * Every response the component tests serve, beside the operation of
 * openapi.yaml that returns it. The hand-written fixtures are typed with the
 * generated API types (tsc fails when they drift); this also checks what
 * types cannot: formats, enums of the captured JSON, no extra fields.
 */
const fixtures: Array<[operationId: string, name: string, body: unknown]> = [
  ['GetScorecard', 'paymentsApiResponse', paymentsApiResponse],
  ['GetScorecard', 'newServiceResponse', newServiceResponse],
  ['GetScorecardHistory', 'paymentsApiHistory', paymentsApiHistory],
  ['GetChecks', 'defaultRubric', defaultRubric],
  ['GetRollup', 'ownerRollup', ownerRollup],
  ['GetRollup', 'ownerTreeRollup', ownerTreeRollup],
  ['GetRollupHistory', 'rollupHistory', rollupHistory],
  ['ListScorecards', 'paymentsTeamScorecards', paymentsTeamScorecards],
  ['ListInitiatives', 'initiativeList', initiativeList],
  ['ListInitiatives', 'paymentsApiInitiatives', paymentsApiInitiatives],
  [
    'GetInitiative',
    'betaByMarchDetail',
    betaByMarchDetail({ offset: 0, limit: 10 }),
  ],
  [
    'ListInitiativeEntities',
    'betaByMarchEntityPage',
    betaByMarchEntityPage({ offset: 0, limit: 50 }),
  ],
  ['GetInitiativeHistory', 'betaByMarchHistory', betaByMarchHistory],
  ['GetChecks', 'captured checks.json', capturedRubric],
  ['GetScorecard', 'captured search-service', searchService.response],
  ['GetScorecardHistory', 'captured search-service', searchService.history],
  [
    'GetScorecard',
    'captured legacy-payments-soap',
    legacyPaymentsSoap.response,
  ],
  ['GetScorecard', 'captured product-catalog-api', productCatalogApi.response],
];

describe('test fixtures against openapi.yaml', () => {
  it.each(fixtures)('%s: %s matches the spec', (operationId, _name, body) => {
    expect(responseErrors(operationId, body)).toEqual([]);
  });

  it('names what is wrong with a body that drifted from the spec', () => {
    const drifted: Record<string, unknown> = {
      ...rollupHistory,
      points: [{ ...rollupHistory.points[0], groups: undefined, extra: 1 }],
    };
    delete drifted.groupCount;
    const errors = responseErrors('GetRollupHistory', drifted);

    expect(errors).toEqual(
      expect.arrayContaining([
        "(body) must have required property 'groupCount'",
        "/points/0 must have required property 'groups'",
        '/points/0 must NOT have additional properties: extra',
      ]),
    );
  });

  it('refuses an operation the spec does not have', () => {
    expect(() => responseErrors('GetNothing', {})).toThrow(
      'No operation GetNothing in openapi.yaml',
    );
  });
});
