import fs from 'node:fs';
import path from 'node:path';
import type { CompareReport } from '../compare/renderMarkdown';

/** The fields of the result files that the READMEs cite. */
interface Load {
  load1: number;
  load5: number;
  load15: number;
}
interface Latency {
  clients: number;
  requests: number;
  errors: number;
  p95: number;
  requestsPerSecond: number;
}
export interface BackendResult {
  benchmark: 'readiness-backend';
  date: string;
  command: string;
  machine: { cpus: number; loadAverage: Load };
  entities: { scored: number; stored: number };
  recompute: {
    seconds: number;
    entitiesPerSecond: number;
    peakHeapMiB: number;
  };
  database: { bytesPerEntity: number };
  scorecardLoad: Latency;
  rollupLoad: Latency;
  /** Runs since the permission work: the user a conditional policy restricts. */
  permissions?: { hiddenShare: number; exactness: { exact: boolean } };
  cold?: { restricted: Record<string, number> };
  warm?: { restricted: Record<string, { p95: number }> };
  goals: Record<string, boolean>;
}
export interface PermissionsOffResult {
  benchmark: 'readiness-backend-permissions-off';
  date: string;
  command: string;
  machine: { loadAverage: Load };
  recompute: { seconds: number };
  scorecardLoad: Latency;
  rollupLoad: Latency;
}
export interface SoakResult {
  benchmark: 'readiness-soak';
  date: string;
  command: string;
  machine: { loadAverage: Load };
  clients: number;
  windowSeconds: number;
  windows: unknown[];
  verdict: {
    passed: boolean;
    requests: number;
    errors: number;
    scorecardP95Drift: number;
    rollupP95Drift: number;
    heapGrowth: number;
    rssGrowth: number;
  };
}
export interface PageResult {
  benchmark: 'readiness-page';
  date: string;
  machine: { loadAverage: Load };
  entities: { generated: number; scored: number };
  steps: Array<{
    name: string;
    what: string;
    ms: number;
    longestTaskMs: number;
    rows: { allTableRows: number; groupRows: number; drilldownRows: number };
  }>;
  bounds: Array<{ name: string; held: boolean }>;
  allBoundsHeld: boolean;
}
export interface InitiativesResult {
  benchmark: 'readiness-initiatives';
  date: string;
  command: string;
  machine: { loadAverage: Load };
  entities: number;
  clients: number;
  baseline: { recomputeMedianSeconds: number };
  withInitiatives: {
    initiatives: number;
    recomputeSeconds: number[];
    recomputeMedianSeconds: number;
    warm: Record<'unrestricted' | 'restricted', Record<string, { p95: number }>>;
  };
  recomputeGrowth: number;
  goals: Record<string, boolean>;
}
export type { CompareReport };

export type ResultFile =
  | BackendResult
  | PermissionsOffResult
  | SoakResult
  | PageResult
  | InitiativesResult
  | (CompareReport & { benchmark: 'readiness-vs-tech-insights' });

/** Every `*.json` in the results folder, by base name (`backend-10000`). */
export function readResultFiles(dir: string): Map<string, ResultFile> {
  const results = new Map<string, ResultFile>();
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    results.set(
      file.replace(/\.json$/, ''),
      JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')),
    );
  }
  return results;
}
