import { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { RollupService } from '../rollup/RollupService';
import type { AttentionSettings } from './attentionConfig';
import type {
  AttentionList,
  AttentionQuery,
  AttentionResponse,
  AttentionSort,
} from '@readiness-scorecards/plugin-readiness-common';
import { attentionLists, SortOrder } from './attentionLists';

/** One page of one list; the route adds the recompute state. */
export type AttentionPage = Omit<AttentionResponse, 'recompute'>;

export const DEFAULT_ATTENTION_PAGE = 25;

/**
 * The "needs attention" lists over the stored results the caller may read
 * (through RollupService.derivedView, so hidden entities are in no list
 * and no count), evaluated at the time of the request.
 */
export class AttentionService {
  constructor(
    private readonly deps: {
      rollups: Pick<RollupService, 'derivedView'>;
      settings: AttentionSettings;
      tiers: () => string[];
      clock?: () => Date;
    },
  ) {}

  get settings(): AttentionSettings {
    return this.deps.settings;
  }

  async list(
    query: AttentionQuery,
    credentials: BackstageCredentials,
  ): Promise<AttentionPage> {
    const {
      list,
      sort = 'urgency',
      order,
      withinDays,
      offset = 0,
      limit = DEFAULT_ATTENTION_PAGE,
      ...filter
    } = query;
    const now = (this.deps.clock ?? (() => new Date()))();
    const window = Math.min(
      withinDays ?? this.deps.settings.expiringWithinDays,
      this.deps.settings.expiringWithinDays,
    );
    // The whole sorted list once per caller scope and day; pages slice it.
    const result = await this.deps.rollups.derivedView(
      filter,
      credentials,
      `attention|${list}|${sort}|${order ?? ''}|${window}`,
      (rows, hierarchy) =>
        attentionLists(
          rows,
          { list, sort, order, offset: 0, limit: Number.POSITIVE_INFINITY },
          {
            settings: this.deps.settings,
            tiers: this.deps.tiers(),
            now,
            withinDays: window,
            titleOf: ref => hierarchy.titleOf(ref),
          },
        ),
    );
    return {
      list,
      total: result.total,
      offset,
      limit,
      sort,
      order: order ?? naturalOrder(list, sort),
      withinDays: window,
      oldPilotDays: this.deps.settings.oldPilotDays,
      evaluatedAt: now.toISOString(),
      counts: result.counts,
      items: result.items.slice(offset, offset + limit),
    };
  }
}

function naturalOrder(list: AttentionList, sort: AttentionSort): SortOrder {
  if (sort === 'urgency') return list === 'expiring' ? 'asc' : 'desc';
  return ['daysOverdue', 'daysInTier', 'blockers'].includes(sort) ? 'desc' : 'asc';
}
