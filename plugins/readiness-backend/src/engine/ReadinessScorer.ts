import { Entity } from '@backstage/catalog-model';
import {
  AttentionFacts,
  attentionFactsOf,
  checkDocOf,
  CompiledRubric,
  compileRubric,
  CustomEvaluator,
  describeAppliesTo,
  evaluate,
  loadRubricFromConfig,
  RelatedEntities,
  Rubric,
  RubricResponse,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';
import type { ReadinessCustomCheck } from '@readiness-scorecards/plugin-readiness-node';

/**
 * The rubric in force (default or app-config, plus checks from modules),
 * compiled once at start-up, and the one way the backend scores an entity.
 */
export class ReadinessScorer {
  /** Throws InputError naming the config key when the rubric is wrong. */
  static fromConfig(
    rubricConfig: unknown,
    customChecks: ReadinessCustomCheck[],
  ): ReadinessScorer {
    const rubric = loadRubricFromConfig(rubricConfig, {
      extraChecks: customChecks.map(c => c.check),
    });
    const customEvaluators: Record<string, CustomEvaluator> = {};
    for (const custom of customChecks) {
      Object.assign(customEvaluators, custom.evaluators);
    }
    return new ReadinessScorer(rubric, customEvaluators);
  }

  private readonly compiled: CompiledRubric;

  constructor(
    private readonly rubric: Rubric,
    customEvaluators: Record<string, CustomEvaluator> = {},
  ) {
    this.compiled = compileRubric(rubric, { customEvaluators });
  }

  score(entity: Entity, related: RelatedEntities | undefined, now: Date): Scorecard {
    return evaluate(this.compiled, { entity, related, now });
  }

  /**
   * What the "needs attention" views need of a scored entity, including what
   * drops within `withinDays` (the entity scored again at that instant).
   */
  attentionFacts(
    entity: Entity,
    related: RelatedEntities | undefined,
    now: Date,
    scorecard: Scorecard,
    withinDays: number,
  ): AttentionFacts {
    return attentionFactsOf(
      this.compiled,
      { entity, related, now },
      scorecard,
      withinDays,
    );
  }

  /** The compiled rubric: stored results are read back with it. */
  compiledRubric(): CompiledRubric {
    return this.compiled;
  }

  /** Tier ids, lowest first. */
  tierIds(): string[] {
    return this.rubric.tiers.map(t => t.id);
  }

  /** The rubric as served by GET /checks. */
  describeRubric(): RubricResponse {
    const named = (item: { id: string; title: string; description?: string }) => ({
      id: item.id,
      title: item.title,
      ...(item.description ? { description: item.description } : {}),
    });
    return {
      tiers: this.rubric.tiers.map(named),
      categories: this.rubric.categories.map(named),
      weights: { ...this.rubric.weights },
      checks: this.compiled.checks.map(check => ({
        id: check.id,
        title: check.title,
        description: check.definition.description,
        category: check.category,
        tier: check.tier,
        severity: check.severity,
        appliesTo: describeAppliesTo(check.definition.appliesTo),
        doc: checkDocOf(check.definition),
      })),
    };
  }
}
