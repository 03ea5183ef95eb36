import type { Knex } from 'knex';

/**
 * Our failing checks per entity, read from the compact store: each state
 * row holds a status character per check in the order of its layout's check
 * ids; fail (f) and invalid (i) count as failing, as in the plugin.
 */
export async function storedFailingChecks(
  db: Knex,
): Promise<Map<string, Set<string>>> {
  const rows: Array<{ entity_ref: string; checks: string | null; check_ids: string }> = await db(
    'readiness_entity_state as s',
  )
    .join('readiness_check_layouts as l', 'l.id', 's.layout')
    .select('s.entity_ref', 's.checks', 'l.check_ids');
  return new Map(
    rows.map(row => {
      const ids = row.check_ids === '' ? [] : row.check_ids.split(',');
      const codes = row.checks ?? '';
      return [row.entity_ref, new Set(ids.filter((_, i) => codes[i] === 'f' || codes[i] === 'i'))];
    }),
  );
}
