/**
 * Test fixtures: entities, related catalog entities and a way to run one
 * rule. Not exported from the package.
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityView,
  EvaluateOptions,
  RelatedEntities,
  RuleOutcome,
} from '../model/evaluation';
import type { CheckDefinition, FreshnessWindow } from '../model/rubric';
import type { EvidenceRule } from '../rules/ruleTypes';
import { createEntityView } from '../engine/entityView';
import { validateRubric } from '../engine/validateRubric';
import { compileRule } from '../rules/compileRule';
import { evidenceRuleSchema } from '../rubric/configSchema';
import { formatZodIssues } from '../rubric/formatZodIssues';

export const NOW = new Date('2026-03-01T12:00:00Z');
export const TODAY = '2026-03-01';

/** `YYYY-MM-DD` of NOW plus `days`. */
export function daysFromNow(days: number, now: Date = NOW): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface ComponentOptions {
  name?: string;
  namespace?: string;
  annotations?: Record<string, string>;
  links?: Array<{ url: string; title?: string; type?: string }>;
  tags?: string[];
  description?: string;
  spec?: Record<string, unknown>;
}

export function component(options: ComponentOptions = {}): Entity {
  const metadata: Record<string, unknown> = {
    name: options.name ?? 'payments-api',
  };
  if (options.namespace) metadata.namespace = options.namespace;
  if (options.annotations) metadata.annotations = options.annotations;
  if (options.links) metadata.links = options.links;
  if (options.tags) metadata.tags = options.tags;
  if (options.description) metadata.description = options.description;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: metadata as Entity['metadata'],
    spec: {
      type: 'service',
      owner: 'group:default/payments',
      lifecycle: 'production',
      ...options.spec,
    } as Entity['spec'],
  };
}

export function user(name: string, namespace = 'default'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace },
    spec: {},
  };
}

export function group(name: string, namespace = 'default'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace },
    spec: { type: 'team', children: [] },
  };
}

/** A catalog where the payments group has jane and bob, and these users exist. */
export function catalogRelated(
  options: { members?: string[]; operationalOwner?: string } = {},
): RelatedEntities {
  const members = options.members ?? ['jane', 'bob'];
  return {
    ownerGroup: group('payments'),
    ownerGroupMembers: members.map(m => user(m)),
    ...(options.operationalOwner
      ? { operationalOwner: user(options.operationalOwner) }
      : {}),
  };
}

export function viewOf(
  entity: Entity,
  related?: RelatedEntities,
  now: Date = NOW,
): EntityView {
  return createEntityView(entity, related, now);
}

/** Compiles and runs one rule against an entity. */
export function runRule(
  rule: EvidenceRule,
  entity: Entity,
  options: {
    related?: RelatedEntities;
    now?: Date;
    freshness?: FreshnessWindow;
    customEvaluators?: EvaluateOptions['customEvaluators'];
  } = {},
): RuleOutcome {
  const compiled = compileRule(rule, { freshness: options.freshness });
  return compiled(viewOf(entity, options.related, options.now ?? NOW), {
    customEvaluators: options.customEvaluators ?? {},
    checkId: 'test-check',
  });
}

/**
 * What rubric validation says about a rule (as `evidence.<key>: message`),
 * for a check with these other fields. Rubrics written in TypeScript get
 * only this; rubrics from app-config get the config schema first.
 */
export function ruleIssues(
  rule: EvidenceRule,
  check: Partial<CheckDefinition> = {},
): string[] {
  return validateRubric(
    {
      tiers: [{ id: 'production', title: 'Production' }],
      categories: [{ id: 'ops', title: 'Operations' }],
      checks: [
        {
          id: 'x',
          title: 'X',
          description: '',
          category: 'ops',
          tier: 'production',
          severity: 'major',
          ...check,
          evidence: rule,
        },
      ],
      weights: { blocker: 5, major: 3, minor: 1 },
      waivers: { maxDays: 90, expiringDays: 14 },
      docBaseUrl: '',
    },
    { root: 'rubric', check: () => 'check' },
  ).map(issue => `${issue.path.replace(/^check\./, '')}: ${issue.message}`);
}

/** What the app-config schema says about a rule (as `evidence.<key>: message`). */
export function ruleConfigIssues(config: unknown): string[] {
  const parsed = evidenceRuleSchema.safeParse(config);
  return parsed.success
    ? []
    : formatZodIssues(parsed.error, config, 'evidence').map(
        issue => `${issue.path}: ${issue.message}`,
      );
}

/** An entity with exactly these annotations (and nothing else of note). */
export function withAnnotations(annotations: Record<string, string>): Entity {
  return component({ annotations });
}
