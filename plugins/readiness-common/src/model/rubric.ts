/**
 * The rubric: tiers, categories and checks. Plain data, so it can come from
 * the built-in default, from app-config, or from code.
 */
import type { EvidenceRule } from '../rules/ruleTypes';
import type { Severity } from './scorecard';

export type JsonPrimitive = string | number | boolean | null;

export interface TierDefinition {
  id: string;
  title: string;
  description?: string;
}

export interface CategoryDefinition {
  id: string;
  title: string;
  description?: string;
}

/**
 * Which entities a check applies to. Fields are combined with AND; each list
 * matches when the entity has any of its values (case-insensitive). `anyOf`
 * matches when at least one of its filters does.
 */
export interface AppliesTo {
  kind?: string[];
  /** spec.type */
  type?: string[];
  /** spec.lifecycle */
  lifecycle?: string[];
  /** metadata.tags */
  tags?: string[];
  /** Kinds of the refs in spec.dependsOn, e.g. `resource`. */
  dependsOnKind?: string[];
  anyOf?: AppliesTo[];
}

export interface FixLink {
  url: string;
  title?: string;
  type?: string;
}

/**
 * What to add to catalog-info.yaml to close a gap. String values may use the
 * placeholders `{{name}}` (the entity name, made URL-safe), `{{namespace}}`
 * and `{{today}}` (the evaluation date, YYYY-MM-DD).
 */
export interface FixTemplate {
  annotations?: Record<string, string>;
  links?: FixLink[];
  /** Other metadata fields, e.g. `description`. */
  metadata?: Record<string, JsonPrimitive>;
  spec?: Record<string, JsonPrimitive | JsonPrimitive[]>;
  /** One line of advice, rendered as a YAML comment above the snippet. */
  note?: string;
  /** Defaults to `<docBaseUrl>#<check id>`. */
  docUrl?: string;
}

export interface FreshnessWindow {
  maxAgeDays: number;
  /** Share of the window after which the check warns; default 0.8. */
  warnAt?: number;
}

/** Who must act on a gap: the owning group (default) or the operational owner. */
export type CheckActor = 'owner' | 'operational-owner';

export interface CheckDefinition {
  /** Lowercase letters, digits and dashes; used in `readiness/waiver.<id>` and doc anchors. */
  id: string;
  title: string;
  description: string;
  category: string;
  tier: string;
  severity: Severity;
  appliesTo?: AppliesTo;
  evidence: EvidenceRule;
  fix?: FixTemplate;
  freshness?: FreshnessWindow;
  actor?: CheckActor;
  /** False keeps the check out of the rubric (same as leaving it out). */
  enabled?: boolean;
}

export type SeverityWeights = Record<Severity, number>;

export interface WaiverSettings {
  /** A waiver may end at most this many days after `now`. Default 90. */
  maxDays: number;
  /** A waiver ending within this many days is `expiring`. Default 14. */
  expiringDays: number;
}

export interface Rubric {
  /** Ordered, lowest first. */
  tiers: TierDefinition[];
  categories: CategoryDefinition[];
  checks: CheckDefinition[];
  weights: SeverityWeights;
  waivers: WaiverSettings;
  /**
   * Base of the per-check doc links: a check's docUrl defaults to
   * `<docBaseUrl>#<check id>`.
   */
  docBaseUrl: string;
  /** Entities the rubric scores at all (ANDed with each check's appliesTo). */
  appliesTo?: AppliesTo;
}
