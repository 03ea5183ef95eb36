import type { InitiativeEntity } from '@readiness-scorecards/plugin-readiness-common';
import { csvCell } from '../rollup/listStoredResults';

const COLUMNS = [
  'entityRef',
  'kind',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
  'tier',
  'done',
  'remainingChecks',
] as const;

/** RFC 4180 CSV of an initiative's entities, cells made safe as in the main export. */
export function toInitiativeCsv(entities: InitiativeEntity[]): string {
  const lines = [COLUMNS.join(',')];
  for (const entity of entities) {
    const cells: Record<(typeof COLUMNS)[number], string> = {
      entityRef: entity.entityRef,
      kind: entity.kind,
      type: entity.type ?? '',
      lifecycle: entity.lifecycle ?? '',
      owner: entity.owner ?? '',
      system: entity.system ?? '',
      domain: entity.domain ?? '',
      tier: entity.tier ?? 'none',
      done: entity.done ? 'yes' : 'no',
      remainingChecks: entity.remainingChecks.join(' '),
    };
    lines.push(COLUMNS.map(c => csvCell(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
