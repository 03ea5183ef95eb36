/** Responses captured from the running readiness backend; see README.md. */
import type { Entity } from '@backstage/catalog-model';
import type {
  HistoryResponse,
  RubricResponse,
  ScorecardResponse,
} from '../../api/types';
import checks from './checks.json';
import entityLegacyPaymentsSoap from './entity-legacy-payments-soap.json';
import entityProductCatalogApi from './entity-product-catalog-api.json';
import entitySearchService from './entity-search-service.json';
import historySearchService from './history-search-service.json';
import scorecardLegacyPaymentsSoap from './scorecard-legacy-payments-soap.json';
import scorecardProductCatalogApi from './scorecard-product-catalog-api.json';
import scorecardSearchService from './scorecard-search-service.json';

export const capturedRubric = checks as RubricResponse;

/** Pilot, one blocker to beta (an invalid runbook URL), undecided. */
export const searchService = {
  entity: entitySearchService as Entity,
  response: scorecardSearchService as ScorecardResponse,
  history: historySearchService as HistoryResponse,
};

/** No tier, a waiver longer than allowed, decided: kill. */
export const legacyPaymentsSoap = {
  entity: entityLegacyPaymentsSoap as Entity,
  response: scorecardLegacyPaymentsSoap as ScorecardResponse,
};

/** An API no check applies to (`inScope: false`). */
export const productCatalogApi = {
  entity: entityProductCatalogApi as Entity,
  response: scorecardProductCatalogApi as ScorecardResponse,
};
