/**
 * Real public catalog files (public/, provenance in public/sources.json)
 * through the engine with the default rubric, offline as the CLI runs.
 * Hand-written expectations (publicCorpusExpectations.ts) say which
 * (entity, check) pairs must pass and which must not; the test reports
 * precision and recall of "passes" and fails below 0.95 / 0.9.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import type { CheckStatus, Scorecard } from '../model/scorecard';
import { PUBLIC_CORPUS_EXPECTATIONS } from './publicCorpusExpectations';

const DIR = path.join(__dirname, 'public');
const NOW = new Date('2026-11-21T12:00:00Z');
const PERMISSIVE = ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC'];

interface Source {
  file: string;
  repository: string;
  path: string;
  commit: string;
  license: string;
}

const sources: Source[] = JSON.parse(
  fs.readFileSync(path.join(DIR, 'sources.json'), 'utf8'),
);
const compiled = compileRubric(defaultRubric);

/** Scorecards of the components of one file, by metadata.name (templates may not parse). */
function scorecardsOf(file: string): Map<string, Scorecard[]> {
  const byName = new Map<string, Scorecard[]>();
  for (const doc of parseAllDocuments(
    fs.readFileSync(path.join(DIR, file), 'utf8'),
  )) {
    if (!('errors' in doc) || doc.errors.length > 0) continue;
    const entity = doc.toJS() as Entity | null;
    if (entity?.kind !== 'Component') continue;
    const name = String(entity.metadata?.name);
    const card = evaluate(compiled, { entity, now: NOW });
    byName.set(name, [...(byName.get(name) ?? []), card]);
  }
  return byName;
}

const cards = new Map(sources.map(s => [s.file, scorecardsOf(s.file)]));

function statusOf(file: string, entity: string, check: string): CheckStatus {
  const found = cards.get(file)?.get(entity);
  if (!found || found.length !== 1) {
    throw new Error(
      `${file}: expected exactly one component named ${entity}, found ${
        found?.length ?? 0
      }`,
    );
  }
  const result = found[0].checks.find(c => c.checkId === check);
  if (!result) {
    throw new Error(`${file} ${entity}: no check ${check} in the scorecard`);
  }
  return result.status;
}

const passes = (status: CheckStatus) => status === 'pass' || status === 'warn';

describe('the public corpus', () => {
  it('holds at least 60 files from 30 repositories, each with its provenance and a permissive licence', () => {
    const files = fs.readdirSync(DIR).filter(f => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(sources.map(s => s.file).sort());
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sources.map(s => s.repository)).size).toBeGreaterThanOrEqual(
      30,
    );
    for (const source of sources) {
      expect(source.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.path).not.toBe('');
      expect(PERMISSIVE).toContain(source.license);
    }
  });

  it('scores every file without throwing, templates that do not parse aside', () => {
    const components = [...cards.values()].reduce(
      (n, byName) => n + [...byName.values()].flat().length,
      0,
    );
    expect(components).toBeGreaterThanOrEqual(60);
  });

  it('agrees with the hand-written statuses: precision >= 0.95 and recall >= 0.9 of "passes"', () => {
    expect(PUBLIC_CORPUS_EXPECTATIONS.length).toBeGreaterThanOrEqual(150);
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const disagreements: string[] = [];
    for (const pair of PUBLIC_CORPUS_EXPECTATIONS) {
      const status = statusOf(pair.file, pair.entity, pair.check);
      const expectedPass = pair.expected === 'pass';
      if (passes(status) && expectedPass) truePositives++;
      if (passes(status) && !expectedPass) falsePositives++;
      if (!passes(status) && expectedPass) falseNegatives++;
      if (passes(status) !== expectedPass) {
        disagreements.push(
          `${pair.entity} ${pair.check}: ${status}, expected ${pair.expected} (${pair.why})`,
        );
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    // The numbers are the point of this test: print them for the run's log.
    // eslint-disable-next-line no-console
    console.log(
      `public corpus: ${PUBLIC_CORPUS_EXPECTATIONS.length} pairs, ${
        truePositives + falseNegatives
      } expected to pass; precision ${precision.toFixed(
        3,
      )}, recall ${recall.toFixed(3)}${
        disagreements.length ? `\n${disagreements.join('\n')}` : ''
      }`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reports placeholders as invalid, never as evidence', () => {
    const placeholders = PUBLIC_CORPUS_EXPECTATIONS.filter(
      p => p.expected === 'invalid',
    );
    expect(placeholders.length).toBeGreaterThanOrEqual(4);
    for (const pair of placeholders) {
      expect([
        pair.entity,
        pair.check,
        statusOf(pair.file, pair.entity, pair.check),
      ]).toEqual([pair.entity, pair.check, 'invalid']);
    }
  });

  it('names the plugin and the matching link rule in the evidence', () => {
    const card = (file: string, name: string) => cards.get(file)!.get(name)![0];
    const roadie = card(
      'RoadieHQ__roadie-backstage-plugins__entities__test-entity.yaml',
      'sample-service',
    );
    expect(roadie.checks.find(c => c.checkId === 'dashboard')?.message).toBe(
      'datadoghq.com/dashboard-url (Datadog plugin), datadoghq.com/graph-token (Datadog plugin), prometheus.io/rule (Prometheus plugin) are set',
    );
    const artist = card(
      'backstage__backstage__packages__catalog-model__examples__components__artist-lookup-component.yaml',
      'artist-lookup',
    );
    expect(artist.checks.find(c => c.checkId === 'dashboard')?.message).toBe(
      `link "Dashboard" to https://example.com/dashboard: its title says dashboard ("Dashboard")`,
    );
    const kratos = card('monta-app__kratos__catalog-info.yaml', 'kratos');
    expect(kratos.checks.find(c => c.checkId === 'dashboard')?.message).toBe(
      'link "Grafana" to a Grafana host (grafana.monta.app)',
    );
  });
});
