import { Entity } from '@backstage/catalog-model';
import {
  CompiledRubric,
  compileRubric,
  CustomEvaluator,
  evaluate,
  loadRubricFromConfig,
  RelatedEntities,
  Rubric,
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
    private readonly customEvaluators: Record<string, CustomEvaluator> = {},
  ) {
    this.compiled = compileRubric(rubric, { customEvaluators });
  }

  score(entity: Entity, related: RelatedEntities | undefined, now: Date): Scorecard {
    return evaluate(this.compiled, { entity, related, now }, {
      customEvaluators: this.customEvaluators,
    });
  }

  /** The rubric as served by GET /checks. */
  describeRubric(): Rubric {
    return this.rubric;
  }
}
