import type { InitiativeEntity } from '@readiness-scorecards/plugin-readiness-common';
import { PLACEMENT_COLUMNS, placementCells, toCsvTable } from '../lib/csv';

const COLUMNS = [...PLACEMENT_COLUMNS, 'done', 'remainingChecks'] as const;

/** An initiative's entities as RFC 4180 CSV, cells made safe as in the main export. */
export function toInitiativeCsv(entities: InitiativeEntity[]): string {
  return toCsvTable(COLUMNS, entities, entity => ({
    ...placementCells(entity),
    done: entity.done ? 'yes' : 'no',
    remainingChecks: entity.remainingChecks.join(' '),
  }));
}
