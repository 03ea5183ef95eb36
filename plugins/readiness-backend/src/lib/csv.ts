import type { StoredScorecardSummary } from '@readiness-scorecards/plugin-readiness-common';

/** Where an entity sits: the first columns of every CSV the plugin serves. */
export type EntityPlacement = Pick<
  StoredScorecardSummary,
  | 'entityRef'
  | 'kind'
  | 'type'
  | 'lifecycle'
  | 'owner'
  | 'system'
  | 'domain'
  | 'tier'
>;

export const PLACEMENT_COLUMNS = [
  'entityRef',
  'kind',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
  'tier',
] as const;

/** The placement columns' cells ('none' for no tier). */
export function placementCells(
  row: EntityPlacement,
): Record<(typeof PLACEMENT_COLUMNS)[number], string> {
  return {
    entityRef: row.entityRef,
    kind: row.kind,
    type: row.type ?? '',
    lifecycle: row.lifecycle ?? '',
    owner: row.owner ?? '',
    system: row.system ?? '',
    domain: row.domain ?? '',
    tier: row.tier ?? 'none',
  };
}

/**
 * RFC 4180 CSV with a header line and CRLF line ends. Cells that a
 * spreadsheet would run as a formula (= + - @) are prefixed with a quote,
 * since entity names and tags come from YAML anyone can write.
 */
export function toCsvTable<T, C extends string>(
  columns: readonly C[],
  rows: Iterable<T>,
  cellsOf: (row: T) => Record<C, string>,
): string {
  const lines = [columns.join(',')];
  for (const row of rows) {
    const cells = cellsOf(row);
    lines.push(columns.map(c => csvCell(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One RFC 4180 cell, with formula-like text made inert. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
