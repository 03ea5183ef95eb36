import { DatabaseService } from '@backstage/backend-plugin-api';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import { CheckLayouts } from './CheckLayouts';
import { summarizeStoredResult } from './compactResult';
import type { ResultSummary } from './ScorecardStore';

/** The table DatabaseScorecardStore keeps the latest results in. */
const STATE_TABLE = 'readiness_entity_state';
/** Keeps each statement under SQLite's and PostgreSQL's bind-parameter limits. */
const CHUNK_SIZE = 200;

/** A stored result as it was before a recompute wrote over it. */
export interface PreviousResult {
  entityRef: string;
  owner?: string;
  summary: ResultSummary;
}

type Row = {
  entity_ref: string;
  owner: string | null;
  tier: string | null;
  score: number;
  checks: string | null;
  layout: number | string | null;
};

/**
 * Reads stored results before the recompute replaces them, so listeners can
 * be told what each change was. Cheap when little changed: the results are
 * read only for entities whose fingerprint differs.
 */
export class PreviousResults {
  static async create(options: {
    database: DatabaseService;
    /** The rubric in force: stored statuses are read with it. */
    rubric: () => CompiledRubric;
  }): Promise<PreviousResults> {
    return new PreviousResults(
      await options.database.getClient(),
      options.rubric,
    );
  }

  private readonly layouts: CheckLayouts;

  private constructor(
    private readonly db: Knex,
    private readonly rubric: () => CompiledRubric,
  ) {
    this.layouts = new CheckLayouts(db);
  }

  /**
   * For a page of new results: which entities had a stored result at all,
   * and the stored result of those whose fingerprint changed.
   */
  async before(
    records: Array<{ entityRef: string; fingerprint: string }>,
  ): Promise<{ stored: Set<string>; changed: Map<string, PreviousResult> }> {
    const fingerprints = new Map<string, string>();
    for (const chunk of chunks(records.map(r => r.entityRef))) {
      const rows: Array<{ entity_ref: string; fingerprint: string }> =
        await this.db(STATE_TABLE)
          .whereIn('entity_ref', chunk)
          .select('entity_ref', 'fingerprint');
      rows.forEach(row => fingerprints.set(row.entity_ref, row.fingerprint));
    }
    const differing = records
      .filter(r => {
        const stored = fingerprints.get(r.entityRef);
        return stored !== undefined && stored !== r.fingerprint;
      })
      .map(r => r.entityRef);
    return {
      stored: new Set(fingerprints.keys()),
      changed: await this.of(differing),
    };
  }

  /** The stored results of these entities (those that have one). */
  async of(entityRefs: string[]): Promise<Map<string, PreviousResult>> {
    const results = new Map<string, PreviousResult>();
    for (const chunk of chunks(entityRefs)) {
      const rows: Row[] = await this.db(STATE_TABLE)
        .whereIn('entity_ref', chunk)
        .select('entity_ref', 'owner', 'tier', 'score', 'checks', 'layout');
      const checkIdsOf = await this.layouts.resolver(rows.map(r => r.layout));
      const compiled = this.rubric();
      for (const row of rows) {
        const { checks: _checks, ...summary } = summarizeStoredResult(
          compiled,
          {
            tier: row.tier,
            score: Number(row.score),
            result: { layout: checkIdsOf(row.layout), codes: row.checks ?? '' },
          },
        );
        results.set(row.entity_ref, {
          entityRef: row.entity_ref,
          owner: row.owner ?? undefined,
          summary,
        });
      }
    }
    return results;
  }
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) {
    out.push(items.slice(i, i + CHUNK_SIZE));
  }
  return out;
}
