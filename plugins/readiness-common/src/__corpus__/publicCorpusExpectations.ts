/**
 * Expected statuses for (entity, check) pairs of the public corpus
 * (`public/`, provenance in `public/sources.json`), written by hand from
 * reading each file, not by running the engine. Both directions: evidence
 * that must count (a Datadog dashboard annotation, a Rootly service, a link
 * titled "Dashboard") and look-alikes that must not (`icon: dashboard` on a
 * web console, a Bugsnag plugin's own repository without a Bugsnag key,
 * `contentful.com/ci-alert-slack`, `description: N/A`, owners that are
 * template expressions).
 *
 * `pass`: the evidence counts. `fail`: nothing that counts. `invalid`: a
 * placeholder or malformed value stands where evidence should be.
 */
export type ExpectedStatus = 'pass' | 'fail' | 'invalid';

export interface ExpectedPair {
  /** File name in public/ (without the common prefix of its repository). */
  file: string;
  /** metadata.name of the entity (templates: its raw, unrendered name). */
  entity: string;
  check: string;
  expected: ExpectedStatus;
  why: string;
}

type Row = [
  entity: string,
  check: string,
  expected: ExpectedStatus,
  why: string,
];

function rows(file: string, list: Row[]): ExpectedPair[] {
  return list.map(([entity, check, expected, why]) => ({
    file,
    entity,
    check,
    expected,
    why,
  }));
}

const ROADIE = 'RoadieHQ__roadie-backstage-plugins__';
const RADIX_OPERATOR = 'equinor__radix-operator__catalog-info.yaml';

/** Roadie's plugin packages: an NPM link, no runbook, no dashboard, no system. */
function roadiePlugin(
  path: string,
  name: string,
  techdocs: boolean,
  extra: Row[] = [],
): ExpectedPair[] {
  return rows(`${ROADIE}plugins__${path}__catalog-info.yaml`, [
    [name, 'dashboard', 'fail', 'only an NPM link'],
    [name, 'runbook', 'fail', 'only an NPM link'],
    [name, 'system', 'fail', 'no spec.system'],
    [
      name,
      'docs',
      techdocs ? 'pass' : 'fail',
      techdocs
        ? 'backstage.io/techdocs-ref and a description'
        : 'no backstage.io/techdocs-ref',
    ],
    ...extra,
  ]);
}

export const PUBLIC_CORPUS_EXPECTATIONS: ExpectedPair[] = [
  ...['jpa', 'log', 'rest'].flatMap(lib =>
    rows(`1000kit__tkit-quarkus-${lib}__catalog-info.yaml`, [
      [
        `tkit-quarkus-${lib}`,
        'system',
        'pass',
        'spec.system 1000kit-quarkus-libs',
      ],
      [`tkit-quarkus-${lib}`, 'docs', 'fail', 'a description but no TechDocs'],
      [`tkit-quarkus-${lib}`, 'dependencies', 'fail', 'no spec.dependsOn'],
      [`tkit-quarkus-${lib}`, 'on-call', 'fail', 'no on-call annotation'],
    ]),
  ),
  ...rows('PagerDuty__backstage-plugin__catalog-info.yaml', [
    [
      'backstage-plugin-pagerduty',
      'on-call',
      'fail',
      "PagerDuty's own plugin, but no pagerduty.com annotation",
    ],
    ['backstage-plugin-pagerduty', 'system', 'fail', 'no spec.system'],
    ['backstage-plugin-pagerduty', 'docs', 'fail', 'no TechDocs'],
  ]),
  ...rows(`${ROADIE}catalog-info.yaml`, [
    ['roadie-backstage-plugins', 'system', 'fail', 'no spec.system'],
    ['roadie-backstage-plugins', 'docs', 'fail', 'no TechDocs'],
  ]),
  ...rows(`${ROADIE}entities__test-entity.yaml`, [
    [
      'sample-service',
      'dashboard',
      'pass',
      'datadoghq.com/dashboard-url (Datadog plugin)',
    ],
    [
      'sample-service',
      'error-tracking',
      'pass',
      'bugsnag.com/project-key (Bugsnag plugin)',
    ],
    [
      'sample-service',
      'alerting',
      'pass',
      'prometheus.io/alert: all (Prometheus plugin)',
    ],
    ['sample-service', 'on-call', 'fail', 'no on-call annotation'],
    ['sample-service', 'docs', 'fail', 'a description but no TechDocs'],
    ['sample-service', 'system', 'fail', 'no spec.system'],
    ['sample-service', 'scanning', 'fail', 'no scanner annotation'],
    [
      'sample-service-github',
      'dashboard',
      'pass',
      'datadoghq.com/dashboard-url',
    ],
    [
      'sample-service-github',
      'error-tracking',
      'pass',
      'bugsnag.com/project-key',
    ],
    ['sample-service-github', 'alerting', 'fail', 'no alert annotation'],
    ['sample-service-2', 'dashboard', 'fail', 'only a Travis CI annotation'],
    [
      'sample-service-2',
      'error-tracking',
      'fail',
      'only a Travis CI annotation',
    ],
    ['sample-service-2', 'alerting', 'fail', 'only a Travis CI annotation'],
    [
      'sample-service-3',
      'alerting',
      'pass',
      'prometheus.io/alert names an alert',
    ],
    [
      'sample-service-3',
      'dashboard',
      'pass',
      'prometheus.io/rule graphs (Prometheus plugin)',
    ],
    ['sample-service-3', 'error-tracking', 'fail', 'no error tracker'],
  ]),
  ...roadiePlugin(
    'backend__backstage-plugin-argo-cd-backend',
    'backstage-plugin-argo-cd-backend',
    true,
  ),
  ...roadiePlugin(
    'backend__backstage-plugin-aws-auth',
    'backstage-plugin-aws-auth',
    false,
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-argo-cd',
    'backstage-plugin-argo-cd',
    true,
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-bugsnag',
    'backstage-plugin-bugsnag',
    false,
    [
      [
        'backstage-plugin-bugsnag',
        'error-tracking',
        'fail',
        "Bugsnag's plugin package, but no bugsnag.com key",
      ],
    ],
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-datadog',
    'backstage-plugin-datadog',
    false,
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-prometheus',
    'backstage-plugin-prometheus',
    false,
    [
      [
        'backstage-plugin-prometheus',
        'alerting',
        'fail',
        'the Prometheus plugin package, no prometheus.io key',
      ],
    ],
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-security-insights',
    'backstage-plugin-security-insights',
    false,
    [
      [
        'backstage-plugin-security-insights',
        'scanning',
        'fail',
        'github.com/project-slug does not show scanning',
      ],
    ],
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-github-pull-requests',
    'backstage-plugin-github-pull-requests',
    true,
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-jira',
    'backstage-plugin-jira',
    true,
  ),
  ...roadiePlugin(
    'frontend__backstage-plugin-iframe',
    'backstage-plugin-iframe',
    false,
  ),
  ...roadiePlugin(
    'home__backstage-plugin-home-rss',
    'backstage-plugin-home-rss',
    false,
  ),
  ...rows('backstage__backstage__catalog-info.yaml', [
    ['backstage-existing', 'docs', 'pass', 'TechDocs and a description'],
    [
      'backstage-existing',
      'dashboard',
      'fail',
      'Website, Documentation, Storybook and Discord links',
    ],
    [
      'backstage-existing',
      'runbook',
      'fail',
      'a Documentation link is not a runbook',
    ],
    ['backstage-existing', 'on-call', 'fail', 'a Discord chat is not on-call'],
    ['backstage-existing', 'system', 'fail', 'no spec.system'],
  ]),
  ...rows(
    'backstage__backstage__packages__catalog-model__examples__components__artist-lookup-component.yaml',
    [
      ['artist-lookup', 'dashboard', 'pass', "a link titled 'Dashboard'"],
      [
        'artist-lookup',
        'runbook',
        'fail',
        'Support, Website, Alerts links: no runbook',
      ],
      [
        'artist-lookup',
        'alerting',
        'fail',
        'a link titled Alerts routes no alert',
      ],
      [
        'artist-lookup',
        'system',
        'pass',
        'spec.system artist-engagement-portal',
      ],
      [
        'artist-lookup',
        'dependencies',
        'pass',
        'dependsOn resource:artists-db',
      ],
      ['artist-lookup', 'docs', 'pass', 'TechDocs and a description'],
      ['artist-lookup', 'slo', 'fail', 'no SLO'],
    ],
  ),
  ...rows(
    'backstage__backstage__packages__catalog-model__examples__components__www-artist-component.yaml',
    [
      ['www-artist', 'system', 'pass', 'spec.system artist-engagement-portal'],
      ['www-artist', 'dependencies', 'fail', 'consumesApis is not dependsOn'],
      ['www-artist', 'docs', 'fail', 'no TechDocs'],
      ['www-artist', 'dashboard', 'fail', 'no links, no annotations'],
    ],
  ),
  ...rows(
    'backstage__backstage__packages__catalog-model__examples__components__playback-order-component.yaml',
    [
      ['playback-order', 'system', 'pass', 'spec.system audio-playback'],
      ['playback-order', 'owner-group', 'fail', 'owned by a user, not a group'],
      ['playback-order', 'docs', 'fail', 'no TechDocs'],
    ],
  ),
  ...rows('backstage__demo__catalog-info.yaml', [
    ['backstage-demo', 'docs', 'pass', 'TechDocs and a description'],
    ['backstage-demo', 'system', 'fail', 'no spec.system'],
    ['backstage-demo', 'dashboard', 'fail', 'no dashboard'],
  ]),
  ...rows(
    'backstage__software-templates__scaffolder-templates__clean-architecture-app__skeleton__catalog-info.yaml',
    [
      [
        '${{ values.name | dump }}',
        'owner-group',
        'invalid',
        'owner is a template expression',
      ],
      [
        '${{ values.name | dump }}',
        'docs',
        'fail',
        'TechDocs but no description',
      ],
      ['${{ values.name | dump }}', 'system', 'fail', 'no spec.system'],
    ],
  ),
  ...rows(
    'backstage__software-templates__scaffolder-templates__docs-template__skeleton__catalog-info.yaml',
    [
      [
        '${{values.name | dump}}',
        'owner-group',
        'invalid',
        'owner is a template expression',
      ],
      [
        '${{values.name | dump}}',
        'docs',
        'invalid',
        'the description is a template expression',
      ],
    ],
  ),
  ...rows(
    'backstage__software-templates__scaffolder-templates__pull-request__template__catalog-info.yaml',
    [
      [
        '${{values.name | dump}}',
        'owner-group',
        'fail',
        'user:guest is a user, not a group',
      ],
      ['${{values.name | dump}}', 'docs', 'fail', 'no TechDocs'],
    ],
  ),
  ...rows(
    'backstage__software-templates__scaffolder-templates__gitlab-merge-request__template__catalog-info.yaml',
    [
      [
        '${{values.name | dump}}',
        'owner-group',
        'fail',
        'user:guest is a user, not a group',
      ],
    ],
  ),
  ...[
    'contentful-cli',
    'contentful-management.js',
    'contentful-migration',
    'contentful.js',
  ].flatMap(name =>
    rows(`contentful__${name}__catalog-info.yaml`, [
      [
        name,
        'on-call',
        'fail',
        'contentful.com/ci-alert-slack is a CI channel, not on-call',
      ],
      [name, 'alerting', 'fail', 'CI alerts are not service alerts'],
      [name, 'system', 'fail', 'no spec.system'],
      [name, 'docs', 'fail', 'no TechDocs'],
    ]),
  ),
  ...rows('contentful__forma-36__catalog-info.yaml', [
    ['forma-36', 'docs', 'pass', 'TechDocs (an S3 URL) and a description'],
    ['forma-36', 'alerting', 'fail', 'a CI alert channel only'],
    ['forma-36', 'system', 'fail', 'no spec.system'],
  ]),
  ...rows('contentful__create-contentful-app__catalog-info.yaml', [
    ['create-contentful-app', 'system', 'pass', 'spec.system app-framework'],
    [
      'create-contentful-app',
      'docs',
      'fail',
      'no TechDocs (and the description is "unknown")',
    ],
  ]),
  ...rows('contentful__node-apps-toolkit__catalog-info.yaml', [
    [
      'node-apps-toolkit',
      'system',
      'pass',
      'spec.system app-framework (the service tier is still "unknown")',
    ],
    ['node-apps-toolkit', 'docs', 'fail', 'no TechDocs'],
  ]),
  ...rows(RADIX_OPERATOR, [
    ['radix-operator', 'system', 'pass', 'spec.system Radix'],
    ['radix-operator', 'dependencies', 'fail', 'no dependsOn'],
    ['radix-pipeline-runner', 'system', 'pass', 'spec.system Radix'],
    [
      'radix-pipeline-runner',
      'dependencies',
      'pass',
      'dependsOn radix-image-builder',
    ],
    ['radix-job-scheduler', 'system', 'pass', 'spec.system Radix'],
    ['radix-job-scheduler', 'dashboard', 'fail', 'no dashboard'],
    ['radix-api-server', 'system', 'pass', 'spec.system system:default/Radix'],
    ['radix-api-server', 'on-call', 'fail', 'no on-call'],
  ]),
  ...rows('equinor__radix-api__catalog-info.yaml', [
    ['radix-api', 'system', 'pass', 'spec.system system:default/Radix'],
    ['radix-api', 'docs', 'fail', 'no TechDocs'],
  ]),
  ...rows('equinor__radix-platform__catalog-info.yaml', [
    ['radix-platform', 'system', 'pass', 'spec.system system:default/Radix'],
  ]),
  ...rows('equinor__radix-cli__catalog-info.yaml', [
    ['radix-cli', 'system', 'pass', 'spec.system system:default/Radix'],
    ['radix-cli', 'runbook', 'fail', 'a link of type release'],
    ['radix-cli', 'dashboard', 'fail', 'a Releases link with icon catalog'],
    [
      'radix-cli',
      'docs',
      'fail',
      'techdocs-entity points elsewhere, no techdocs-ref',
    ],
  ]),
  ...rows('equinor__radix-web-console__catalog-info.yaml', [
    [
      'radix-web-console',
      'dashboard',
      'fail',
      'the web console itself, only icon: dashboard',
    ],
    ['radix-web-console', 'system', 'pass', 'spec.system system:default/Radix'],
    ['radix-web-console', 'runbook', 'fail', 'no runbook'],
  ]),
  ...rows('incident-io__catalog-importer__docs__backstage__catalog-info.yaml', [
    [
      'core-server',
      'on-call',
      'fail',
      "incident.io's own server, no on-call annotation",
    ],
    ['core-server', 'system', 'fail', 'no spec.system'],
    ['core-server', 'dependencies', 'fail', 'providesApis is not dependsOn'],
  ]),
  ...rows('monta-app__github-workflows__catalog-info.yaml', [
    ['github-workflows', 'system', 'pass', 'spec.system platform-division'],
    ['github-workflows', 'docs', 'invalid', 'description: N/A, a placeholder'],
    ['github-workflows', 'runbook', 'fail', 'Slack and Notion links'],
    [
      'github-workflows',
      'on-call',
      'fail',
      'a team Slack channel is not on-call',
    ],
    ['github-workflows', 'dashboard', 'fail', 'no dashboard'],
  ]),
  // Monta's fork of Ory Kratos, as its Backstage file was first filled in
  // (a real Grafana dashboard, lifecycle left "undefined") and as a later
  // branch left the template's <placeholders> in it.
  ...rows('monta-app__kratos__catalog-info.yaml', [
    [
      'kratos',
      'dashboard',
      'pass',
      'a link titled Grafana to grafana.monta.app/d/...: a Grafana dashboard',
    ],
    ['kratos', 'runbook', 'fail', 'Slack, Notion and Grafana links only'],
    ['kratos', 'on-call', 'fail', 'a team Slack channel is not on-call'],
    [
      'kratos',
      'system',
      'invalid',
      'spec.system Platform, but lifecycle: undefined (never filled in)',
    ],
    ['kratos', 'owner-group', 'invalid', 'owner "Platform Services" is no ref'],
    ['kratos', 'docs', 'pass', 'TechDocs and a description'],
    ['kratos', 'dependencies', 'fail', 'no spec.dependsOn'],
  ]),
  ...rows('monta-app__kratos__catalog-info.7ed1f1c.yaml', [
    [
      'kratos',
      'dashboard',
      'invalid',
      'the link titled Grafana has url: <url>',
    ],
    ['kratos', 'system', 'invalid', 'system: <system>'],
    ['kratos', 'owner-group', 'invalid', 'owner: <squad>'],
    ['kratos', 'runbook', 'fail', 'no runbook link'],
    ['kratos', 'on-call', 'fail', 'a Slack link with url: <url>'],
    ['kratos', 'docs', 'pass', 'TechDocs and a description'],
  ]),
  ...[
    'XBlock',
    'openedx-events',
    'xblock-sdk',
    'edx-django-utils',
    'edx-lint',
    'code-annotations',
  ].flatMap(name =>
    rows(`openedx__${name}__catalog-info.yaml`, [
      [name, 'docs', 'fail', 'documentation links but no TechDocs'],
      [name, 'runbook', 'fail', 'documentation or source links only'],
      [name, 'system', 'fail', 'no spec.system'],
    ]),
  ),
  ...rows('rootlyhq__backstage-plugin__catalog-info.yaml', [
    [
      'elasticsearch-prod',
      'on-call',
      'pass',
      'rootly.com/service-slug (Rootly plugin)',
    ],
    ['elasticsearch-prod', 'docs', 'pass', 'TechDocs and a description'],
    ['elasticsearch-prod', 'system', 'fail', 'no spec.system'],
    ['elasticsearch-staging', 'on-call', 'pass', 'rootly.com/service-slug'],
    [
      'elasticsearch-staging',
      'dashboard',
      'fail',
      'lighthouse.com/website-url is not a dashboard',
    ],
  ]),
  ...rows(
    'rootlyhq__backstage-plugin__definitions__services__elasticsearch-prod-info.yaml',
    [
      ['elasticsearch-prod', 'on-call', 'pass', 'rootly.com/service-slug'],
      ['elasticsearch-prod', 'system', 'pass', 'spec.system rootly-es'],
      ['elasticsearch-prod', 'dashboard', 'fail', 'no dashboard'],
    ],
  ),
  ...rows(
    'rootlyhq__backstage-plugin__definitions__services__elasticsearch-prod-no-annotations-info.yaml',
    [
      [
        'elasticsearch-prod',
        'on-call',
        'fail',
        'the same service without Rootly annotations',
      ],
      ['elasticsearch-prod', 'docs', 'pass', 'TechDocs and a description'],
    ],
  ),
  ...rows(
    'rootlyhq__backstage-plugin__definitions__services__elasticsearch-staging-info.yaml',
    [
      [
        'elasticsearch-staging',
        'on-call',
        'pass',
        'Rootly and PagerDuty annotations',
      ],
      ['elasticsearch-staging', 'system', 'pass', 'spec.system rootly-es'],
    ],
  ),
  ...rows(
    'rootlyhq__backstage-plugin__definitions__services__elasticsearch-staging-no-annotations-info.yaml',
    [
      [
        'elasticsearch-staging',
        'on-call',
        'fail',
        'no Rootly or PagerDuty annotation',
      ],
    ],
  ),
  ...rows(
    'rootlyhq__backstage-plugin__definitions__catalog-entities__example-catalog-entity-info.yaml',
    [
      [
        'example-catalog-entity',
        'on-call',
        'fail',
        'a Rootly catalog entity, not a Rootly service',
      ],
      ['example-catalog-entity', 'system', 'fail', 'no spec.system'],
    ],
  ),
];
