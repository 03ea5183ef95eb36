import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  baselineOf,
  BurnUpPoint,
  CompiledRubric,
  compileTarget,
  dayOf,
  EntityProgress,
  formatDay,
  Initiative,
  InitiativeEntity,
  InitiativeHistoryResponse,
  InitiativeProgress,
  InitiativeResponse,
  InitiativeSummary,
  initiativeOutlook,
  neededOn,
  neededPaceOf,
  oneDecimal,
  parseDay,
  ProgressTally,
  TeamTally,
  progressOfRows,
  remainingFirst,
  RemainingCheck,
  replayBurnUp,
  tallyByOwner,
  tallyProgress,
} from '@readiness-scorecards/plugin-readiness-common';
import type { GroupHierarchy } from '../catalog/GroupHierarchy';
import { normalizeRef } from '../catalog/entityRefs';
import { KeyedMemo } from '../lib/KeyedMemo';
import type { ReadableView, RollupService } from '../rollup/RollupService';
import type { RollupRow, ScorecardStore } from '../store';
import type { InitiativeProgressStore } from './InitiativeProgressStore';

/** GET /initiatives/{id} before the router adds the recompute state. */
export type InitiativeDetail = Omit<InitiativeResponse, 'recompute'>;

/** One page of an initiative's entities. */
export interface InitiativeEntityPage {
  total: number;
  remaining: number;
  items: InitiativeEntity[];
}

export const DEFAULT_TEAM_PAGE = 100;
export const DEFAULT_ENTITY_PAGE = 50;

/** Each initiative's entities in scope for one caller's view, remaining first. */
type Evaluation = Map<string, EvaluatedInitiative>;

/**
 * One initiative in one view: its entities, remaining first, and their
 * tallies, worked out once per view instead of on every request.
 */
interface EvaluatedInitiative {
  entities: EntityProgress<RollupRow>[];
  tally: ProgressTally;
  /** Per owner team, most remaining work first (on first use). */
  teams(): TeamTally[];
  /** One entity by its stored ref (stringifyEntityRef's form). */
  entity(ref: string): EntityProgress<RollupRow> | undefined;
}

function evaluatedInitiative(entities: EntityProgress<RollupRow>[]): EvaluatedInitiative {
  let teams: TeamTally[] | undefined;
  let byRef: Map<string, EntityProgress<RollupRow>> | undefined;
  return {
    entities,
    tally: tallyProgress(entities),
    teams: () => (teams ??= tallyByOwner(entities)),
    entity: ref => (byRef ??= new Map(entities.map(e => [e.row.entityRef, e]))).get(ref),
  };
}

/**
 * Initiatives over the stored results the caller may read (through
 * RollupService.readableView, so hidden entities count in no number, team,
 * row or burn-up point). Progress and per-team numbers come from the rows;
 * the state from the burn-up: the recorded points for a caller who may read
 * every entity, else points replayed from the history of the entities the
 * caller may read.
 */
export class InitiativeService {
  private readonly byId: Map<string, Initiative>;
  /** Every initiative's entities per view of the rows (caller's set, hierarchy, store version). */
  private readonly evaluations = new KeyedMemo<string, Evaluation>({
    name: 'initiative progress',
    maxEntries: 20,
  });
  /** Burn-ups replayed for restricted callers, per view and day. */
  private readonly replays = new KeyedMemo<string, Promise<Map<string, BurnUpPoint[]>>>({
    name: 'initiative burn-ups',
    maxEntries: 20,
  });
  /** The recorded points, while the store version and the day are the same, and at most 10 s. */
  private readonly recorded = new KeyedMemo<'all', Promise<Map<string, BurnUpPoint[]>>>({
    name: 'initiative progress points',
    maxEntries: 1,
    ttlMs: 10_000,
  });

  constructor(
    private readonly deps: {
      initiatives: readonly Initiative[];
      rollups: Pick<RollupService, 'readableView'>;
      progress: Pick<InitiativeProgressStore, 'list'>;
      store: Pick<ScorecardStore, 'listAllHistory'>;
      rubric: () => CompiledRubric;
      clock?: () => Date;
    },
  ) {
    this.byId = new Map(deps.initiatives.map(i => [i.id, i]));
  }

  get initiatives(): readonly Initiative[] {
    return this.deps.initiatives;
  }

  /**
   * Every initiative with its progress, in the order of the configuration;
   * with `entityRef`, only those whose scope holds that entity (when the
   * caller may read it), each with the entity's own progress; with
   * `owner`, each with those teams' share (the groups below them included).
   */
  async list(
    credentials: BackstageCredentials,
    query: { entityRef?: string; owner?: string[] } = {},
  ): Promise<{ evaluatedAt: string; initiatives: InitiativeSummary[] }> {
    const now = this.now();
    const view = await this.deps.rollups.readableView({}, credentials);
    const evaluation = this.evaluate(view);
    const burnUps = await this.burnUps(view, now);
    const wanted = query.entityRef === undefined ? undefined : normalizeRef(query.entityRef);
    const initiatives: InitiativeSummary[] = [];
    for (const initiative of this.deps.initiatives) {
      const evaluated = evaluation.get(initiative.id)!;
      const { entities, tally } = evaluated;
      const entity = wanted === undefined ? undefined : evaluated.entity(wanted);
      if (wanted !== undefined && !entity) continue;
      const summary = this.summaryOf(
        initiative,
        tally,
        burnUps.get(initiative.id)!,
        view.hierarchy,
        now,
      );
      const team = query.owner?.length
        ? tallyProgress(ownedWithin(entities, query.owner, view.hierarchy))
        : undefined;
      initiatives.push({
        ...summary,
        ...(entity ? { entity: toEntity(entity, view.hierarchy) } : {}),
        ...(team ? { team: { inScope: team.inScope, done: team.done, remaining: team.remaining } } : {}),
      });
    }
    return { evaluatedAt: now.toISOString(), initiatives };
  }

  /** One initiative, the checks that remain, and one page of teams, most remaining work first. */
  async get(
    id: string,
    credentials: BackstageCredentials,
    page: { offset: number; limit: number },
  ): Promise<InitiativeDetail> {
    const initiative = this.initiativeOf(id);
    const now = this.now();
    const view = await this.deps.rollups.readableView({}, credentials);
    const evaluated = this.evaluate(view).get(id)!;
    const tally = evaluated.tally;
    const burnUp = (await this.burnUps(view, now)).get(id)!;
    const teams = evaluated.teams();
    return {
      ...this.summaryOf(initiative, tally, burnUp, view.hierarchy, now),
      remainingChecks: this.titled(tally.remainingChecks),
      teamCount: teams.length,
      offset: page.offset,
      limit: page.limit,
      teams: teams.slice(page.offset, page.offset + page.limit).map(team => {
        const ownerTitle = team.owner ? view.hierarchy.titleOf(team.owner) : undefined;
        return {
          ...(team.owner ? { owner: team.owner } : {}),
          ...(ownerTitle ? { ownerTitle } : {}),
          inScope: team.inScope,
          done: team.done,
          remaining: team.remaining,
          remainingChecks: this.titled(team.remainingChecks),
        };
      }),
      evaluatedAt: now.toISOString(),
    };
  }

  /** The initiative's entities (under `owner` and the groups below it), remaining first, one page. */
  async entities(
    id: string,
    credentials: BackstageCredentials,
    query: { owner?: string[]; offset: number; limit: number },
  ): Promise<InitiativeEntityPage> {
    const { entities, hierarchy } = await this.entitiesOf(id, credentials, query.owner);
    return {
      total: entities.length,
      remaining: entities.filter(e => !e.done).length,
      items: entities.slice(query.offset, query.offset + query.limit).map(e => toEntity(e, hierarchy)),
    };
  }

  /** A team's share (with the groups below it) and its first `limit` entities with work remaining. */
  async teamProgress(
    id: string,
    owner: string,
    credentials: BackstageCredentials,
    limit: number,
  ): Promise<{ summary: InitiativeSummary; team: ProgressTally; entities: InitiativeEntity[] }> {
    const [summary, { entities, hierarchy }] = await Promise.all([
      this.list(credentials).then(all => all.initiatives.find(s => s.initiative.id === id)),
      this.entitiesOf(id, credentials, [owner]),
    ]);
    const team = tallyProgress(entities);
    return {
      summary: summary!,
      team: { ...team, remainingChecks: this.titled(team.remainingChecks) },
      entities: entities
        .filter(e => !e.done)
        .slice(0, limit)
        .map(e => toEntity(e, hierarchy)),
    };
  }

  /** What this caller's answers depend on (their visible set, the stored results): same key, same answers. */
  async viewKey(credentials: BackstageCredentials): Promise<string> {
    return (await this.deps.rollups.readableView({}, credentials)).cacheKey;
  }

  /** Every entity of the initiative the caller may read, as the entities' order. */
  async allEntities(id: string, credentials: BackstageCredentials): Promise<InitiativeEntity[]> {
    const { entities, hierarchy } = await this.entitiesOf(id, credentials);
    return entities.map(e => toEntity(e, hierarchy));
  }

  /** The burn-up from the first measured day to today, with the needed pace. */
  async history(id: string, credentials: BackstageCredentials): Promise<InitiativeHistoryResponse> {
    const initiative = this.initiativeOf(id);
    const now = this.now();
    const view = await this.deps.rollups.readableView({}, credentials);
    const tally = this.evaluate(view).get(id)!.tally;
    const startDay = parseDay(initiative.startDate)!;
    const today = dayOf(now);
    const burnUp = (await this.burnUps(view, now)).get(id)!;
    const baseline = baselineOf(burnUp, startDay);
    const points = baseline ? burnUp.filter(p => p.day >= baseline.day && p.day <= today) : [];
    const pace = neededPaceOf({
      baseline,
      today,
      done: tally.done,
      inScope: tally.inScope,
      deadlineDay: parseDay(initiative.deadline)!,
    });
    return {
      initiativeId: id,
      startDate: initiative.startDate,
      deadline: initiative.deadline,
      source: view.readsEverything ? 'recorded' : 'replayed',
      ...(baseline
        ? {
            pace: {
              from: { date: formatDay(pace.fromDay), done: pace.fromDone },
              to: { date: formatDay(pace.toDay), done: pace.toDone },
            },
          }
        : {}),
      points: points.map(p => ({
        date: formatDay(p.day),
        inScope: p.inScope,
        done: p.done,
        needed: oneDecimal(neededOn(pace, p.day)),
      })),
    };
  }

  private initiativeOf(id: string): Initiative {
    const initiative = this.byId.get(id);
    if (!initiative) throw new NotFoundError(`No initiative "${id}" in readiness.initiatives`);
    return initiative;
  }

  private async entitiesOf(
    id: string,
    credentials: BackstageCredentials,
    owners?: string[],
  ): Promise<{ entities: EntityProgress<RollupRow>[]; hierarchy: GroupHierarchy }> {
    this.initiativeOf(id);
    const view = await this.deps.rollups.readableView({}, credentials);
    const all = this.evaluate(view).get(id)!.entities;
    const entities = owners?.length ? ownedWithin(all, owners, view.hierarchy) : all;
    return { entities, hierarchy: view.hierarchy };
  }

  private summaryOf(
    initiative: Initiative,
    tally: ProgressTally,
    burnUp: BurnUpPoint[],
    hierarchy: GroupHierarchy,
    now: Date,
  ): InitiativeSummary {
    const startDay = parseDay(initiative.startDate)!;
    const outlook = initiativeOutlook({
      startDay,
      deadlineDay: parseDay(initiative.deadline)!,
      today: dayOf(now),
      inScope: tally.inScope,
      done: tally.done,
      baseline: baselineOf(burnUp, startDay),
    });
    const progress: InitiativeProgress = {
      inScope: tally.inScope,
      done: tally.done,
      remaining: tally.remaining,
      percentDone: tally.inScope === 0 ? 100 : oneDecimal((tally.done / tally.inScope) * 100),
      ...outlook,
    };
    const owningGroupTitle = initiative.owningGroup ? hierarchy.titleOf(initiative.owningGroup) : undefined;
    const scopeOwnerTitles = Object.fromEntries(
      (initiative.scope.owner ?? []).flatMap(ref => {
        const title = hierarchy.titleOf(ref);
        return title ? [[ref, title]] : [];
      }),
    );
    return {
      initiative,
      ...(owningGroupTitle ? { owningGroupTitle } : {}),
      ...(Object.keys(scopeOwnerTitles).length ? { scopeOwnerTitles } : {}),
      progress,
    };
  }

  /** Every initiative's entities in the view, remaining first; once per view. */
  private evaluate(view: ReadableView): Evaluation {
    return this.evaluations.getOrLoad(view.cacheKey, () => {
      const rubric = this.deps.rubric();
      const tiers = rubric.tiers.map(t => t.id);
      const rows = view.rows();
      const ownerWithin = (owner: string, ancestor: string) => view.hierarchy.isWithin(owner, ancestor);
      return new Map(
        this.deps.initiatives.map(initiative => [
          initiative.id,
          evaluatedInitiative(
            remainingFirst(
              progressOfRows(rows, initiative, { target: compileTarget(initiative.target, rubric), tiers, ownerWithin }),
            ),
          ),
        ]),
      );
    });
  }

  /** Each initiative's burn-up as this caller may see it. */
  private burnUps(view: ReadableView, now: Date): Promise<Map<string, BurnUpPoint[]>> {
    const today = dayOf(now);
    if (view.readsEverything) {
      return this.recorded.getOrLoad('all', () => this.recordedBurnUps(), `${view.version}|${today}`);
    }
    return this.replays.getOrLoad(`${view.cacheKey}|${today}`, () => this.replayedBurnUps(view, today));
  }

  private async recordedBurnUps(): Promise<Map<string, BurnUpPoint[]>> {
    const recorded = await this.deps.progress.list(this.deps.initiatives.map(i => i.id));
    return new Map(
      [...recorded].map(([id, points]) => [
        id,
        points.map(p => ({ day: parseDay(p.day)!, inScope: p.inScope, done: p.done })),
      ]),
    );
  }

  private async replayedBurnUps(view: ReadableView, today: number): Promise<Map<string, BurnUpPoint[]>> {
    const evaluation = this.evaluate(view);
    const history = await this.deps.store.listAllHistory();
    const rubric = this.deps.rubric();
    const tiers = rubric.tiers.map(t => t.id);
    return new Map(
      this.deps.initiatives.map(initiative => [
        initiative.id,
        replayBurnUp(
          evaluation.get(initiative.id)!.entities.map(e => e.row),
          history,
          {
            target: compileTarget(initiative.target, rubric),
            tiers,
            fromDay: parseDay(initiative.startDate)!,
            toDay: today,
          },
        ),
      ]),
    );
  }

  private titled(checks: RemainingCheck[]): RemainingCheck[] {
    const byId = this.deps.rubric().checksById;
    return checks.map(c => {
      const title = byId.get(c.checkId)?.title;
      return title ? { ...c, title } : c;
    });
  }

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }
}

function toEntity(entity: EntityProgress<RollupRow>, hierarchy: GroupHierarchy): InitiativeEntity {
  const { row } = entity;
  const ownerTitle = row.owner ? hierarchy.titleOf(row.owner) : undefined;
  return {
    entityRef: row.entityRef,
    ...(row.title ? { title: row.title } : {}),
    kind: row.kind,
    ...(row.type ? { type: row.type } : {}),
    ...(row.lifecycle ? { lifecycle: row.lifecycle } : {}),
    ...(row.owner ? { owner: row.owner } : {}),
    ...(ownerTitle ? { ownerTitle } : {}),
    ...(row.system ? { system: row.system } : {}),
    ...(row.domain ? { domain: row.domain } : {}),
    tier: row.tier,
    done: entity.done,
    remainingChecks: entity.remainingChecks,
  };
}

/** The entities owned by one of `owners` or a group below it. */
function ownedWithin(
  entities: EntityProgress<RollupRow>[],
  owners: string[],
  hierarchy: GroupHierarchy,
): EntityProgress<RollupRow>[] {
  return entities.filter(e => e.row.owner && owners.some(o => hierarchy.isWithin(e.row.owner!, o)));
}
