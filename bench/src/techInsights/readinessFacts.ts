import type { Entity } from '@backstage/catalog-model';
import {
  AI_TAGS,
  AI_TYPES,
  DATA_TYPES,
} from './defaultRubricParts';

/**
 * The facts a Tech Insights user would retrieve for the readiness rubric:
 * plain observations of one entity (which annotations it has, which of them
 * hold a URL, a number or `key=value` pairs, its link types, ages of dated
 * evidence in days at retrieval time) plus the two answers that need other
 * catalog entities (does the owner group have members, is the operational
 * owner a User). The jsonfc checks (readinessChecks.ts) compare these with
 * json-rules-engine's stock operators; jsonfc has no regex, date or
 * arithmetic operator, so formats are classified here, as Tech Insights'
 * own retrievers do (hasTitle, hasGroupOwner, ...).
 */
export interface ReadinessFacts {
  [name: string]: string | number | boolean | string[];
  annotationKeys: string[];
  urlAnnotationKeys: string[];
  numericAnnotationKeys: string[];
  /** `key` for each `key=value; ...` annotation, and `key#field` for each field. */
  keyValueFields: string[];
  linkTypes: string[];
  hasDescription: boolean;
  hasSystem: boolean;
  hasLifecycle: boolean;
  dependsOnCount: number;
  dependsOnResource: boolean;
  isAiSystem: boolean;
  isDataSystem: boolean;
  /** Members of the owner group; -1 when the owner is not a Group in the catalog. */
  ownerGroupMembers: number;
  operationalOwnerIsUser: boolean;
  rolloutStage: string;
  aiAutonomy: string;
  decision: string;
  noDependencies: string;
  /** Ages in whole days at retrieval; -1 when missing or not a date. */
  runbookReviewedAgeDays: number;
  lastReviewAgeDays: number;
  securityReviewAgeDays: number;
  handoverAgeDays: number;
  aiDriftReviewAgeDays: number;
  /** Days until readiness/decision-due; -100000 when missing. */
  decisionDueInDays: number;
}

/** Tech Insights fact schema of ReadinessFacts. */
export const READINESS_FACT_SCHEMA = {
  annotationKeys: { type: 'set', description: 'Annotation keys with a value' },
  urlAnnotationKeys: { type: 'set', description: 'Annotation keys whose value is an http(s) URL' },
  numericAnnotationKeys: { type: 'set', description: 'Annotation keys whose value holds a number' },
  keyValueFields: { type: 'set', description: 'key=value annotations and their fields (key#field)' },
  linkTypes: { type: 'set', description: 'Types of metadata.links' },
  hasDescription: { type: 'boolean', description: 'metadata.description is set' },
  hasSystem: { type: 'boolean', description: 'spec.system is set' },
  hasLifecycle: { type: 'boolean', description: 'spec.lifecycle is set' },
  dependsOnCount: { type: 'integer', description: 'Entries of spec.dependsOn' },
  dependsOnResource: { type: 'boolean', description: 'spec.dependsOn names a Resource' },
  isAiSystem: { type: 'boolean', description: 'An AI system by type or tag' },
  isDataSystem: { type: 'boolean', description: 'A data system by type' },
  ownerGroupMembers: { type: 'integer', description: 'Members of the owner group, -1 if no such group' },
  operationalOwnerIsUser: { type: 'boolean', description: 'readiness/operational-owner is a User in the catalog' },
  rolloutStage: { type: 'string', description: 'readiness/rollout-stage' },
  aiAutonomy: { type: 'string', description: 'readiness/ai-autonomy' },
  decision: { type: 'string', description: 'readiness/decision' },
  noDependencies: { type: 'string', description: 'readiness/no-dependencies' },
  runbookReviewedAgeDays: { type: 'integer', description: 'Days since readiness/runbook-reviewed' },
  lastReviewAgeDays: { type: 'integer', description: 'Days since readiness/last-review' },
  securityReviewAgeDays: { type: 'integer', description: 'Days since the date of readiness/security-review' },
  handoverAgeDays: { type: 'integer', description: 'Days since the date of readiness/handover' },
  aiDriftReviewAgeDays: { type: 'integer', description: 'Days since the last of readiness/ai-drift-review' },
  decisionDueInDays: { type: 'integer', description: 'Days until readiness/decision-due' },
} as const;

/** What the retriever looked up once per run in the catalog. */
export interface CatalogLookups {
  /** Group ref (kind:namespace/name, lower case) to its member count. */
  groupMembers: Map<string, number>;
  /** User refs (lower case). */
  users: Set<string>;
}

const DAY_MS = 86_400_000;
const URL_PATTERN = /^https?:\/\/\S+$/;
const NUMBER_PATTERN = /\d+(?:\.\d+)?/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const FIELD_NAME = /^[A-Za-z][\w.-]*$/;

/** Facts of one entity at `now`. */
export function readinessFacts(entity: Entity, lookups: CatalogLookups, now: Date): ReadinessFacts {
  const annotations = Object.entries(entity.metadata.annotations ?? {}).filter(
    ([, value]) => typeof value === 'string' && value.trim() !== '',
  );
  const value = (key: string) => entity.metadata.annotations?.[key]?.trim() ?? '';
  const keyValues = new Map<string, Map<string, string>>();
  for (const [key, text] of annotations) {
    const pairs = parsePairs(text);
    if (pairs) keyValues.set(key, pairs);
  }
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const dependsOn = Array.isArray(spec.dependsOn) ? (spec.dependsOn as unknown[]) : [];
  const type = typeof spec.type === 'string' ? spec.type : '';
  const tags = entity.metadata.tags ?? [];
  const ageOf = (text: string | undefined) => daysBetween(text, now);

  return {
    annotationKeys: annotations.map(([key]) => key),
    urlAnnotationKeys: annotations.filter(([, text]) => URL_PATTERN.test(text.trim())).map(([key]) => key),
    numericAnnotationKeys: annotations.filter(([, text]) => NUMBER_PATTERN.test(text)).map(([key]) => key),
    keyValueFields: [...keyValues].flatMap(([key, pairs]) => [key, ...[...pairs.keys()].map(f => `${key}#${f}`)]),
    linkTypes: (entity.metadata.links ?? []).map(link => link.type ?? '').filter(Boolean),
    hasDescription: !!entity.metadata.description?.trim(),
    hasSystem: typeof spec.system === 'string' && spec.system !== '',
    hasLifecycle: typeof spec.lifecycle === 'string' && spec.lifecycle !== '',
    dependsOnCount: dependsOn.length,
    dependsOnResource: dependsOn.some(ref => typeof ref === 'string' && ref.toLowerCase().startsWith('resource:')),
    isAiSystem: AI_TYPES.includes(type) || tags.some(tag => AI_TAGS.includes(tag)),
    isDataSystem: DATA_TYPES.includes(type),
    ownerGroupMembers: lookups.groupMembers.get(groupRef(spec.owner)) ?? -1,
    operationalOwnerIsUser: lookups.users.has(value('readiness/operational-owner').toLowerCase()),
    rolloutStage: value('readiness/rollout-stage'),
    aiAutonomy: value('readiness/ai-autonomy'),
    decision: value('readiness/decision'),
    noDependencies: value('readiness/no-dependencies'),
    runbookReviewedAgeDays: ageOf(value('readiness/runbook-reviewed')),
    lastReviewAgeDays: ageOf(value('readiness/last-review')),
    securityReviewAgeDays: ageOf(keyValues.get('readiness/security-review')?.get('date')),
    handoverAgeDays: ageOf(keyValues.get('readiness/handover')?.get('date')),
    aiDriftReviewAgeDays: ageOf(keyValues.get('readiness/ai-drift-review')?.get('last')),
    decisionDueInDays: dueIn(value('readiness/decision-due'), now),
  };
}

/** `a=1; b=2` as a map, or undefined when the text is not such a list. */
function parsePairs(text: string): Map<string, string> | undefined {
  const pairs = new Map<string, string>();
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const equals = part.indexOf('=');
    if (equals <= 0) return undefined;
    const key = part.slice(0, equals).trim();
    const item = part.slice(equals + 1).trim();
    if (!FIELD_NAME.test(key) || !item) return undefined;
    pairs.set(key, item);
  }
  return pairs.size > 0 ? pairs : undefined;
}

function daysBetween(date: string | undefined, now: Date): number {
  if (!date || !DATE_PATTERN.test(date)) return -1;
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return -1;
  const age = Math.floor((now.getTime() - time) / DAY_MS);
  return age < 0 ? -1 : age;
}

function dueIn(date: string, now: Date): number {
  if (!DATE_PATTERN.test(date)) return -100_000;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? -100_000 : Math.floor((time - now.getTime()) / DAY_MS);
}

/** `group:default/team` from an owner reference such as `team` or `group:team`. */
function groupRef(owner: unknown): string {
  if (typeof owner !== 'string' || owner === '') return '';
  const lower = owner.toLowerCase();
  const [kind, rest] = lower.includes(':') ? lower.split(':', 2) : ['group', lower];
  const ref = rest.includes('/') ? rest : `default/${rest}`;
  return `${kind}:${ref}`;
}
