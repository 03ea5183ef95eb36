/**
 * The scorecard: what the engine returns for one entity, and what the REST
 * API, the pages and the CLI exchange. Its types are the API's, generated
 * from the OpenAPI spec (see ../api/types.ts), so the engine cannot return
 * a shape the API does not describe.
 */
export type {
  CategoryScore,
  CheckFix,
  CheckResult,
  CheckStatus,
  DecisionGate,
  EvidenceItem,
  Scorecard,
  Severity,
  UnknownWaiver,
  WaiverInfo,
} from '../api/types';
