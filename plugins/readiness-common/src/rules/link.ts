import { z } from 'zod';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import { isHttpUrl } from '../parsing/formats';
import { isRecord } from '../parsing/entityRefs';
import { clipText, quoteText } from '../parsing/showText';
import type { CompiledRule } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject, stringList } from './configSchemaParts';
import { code } from './describeParts';
import {
  evidenceValue,
  invalid,
  pass,
  placeholderProblem,
  staticFail,
} from './outcome';
import {
  compileHostMatcher,
  compileTitleMatcher,
  isHostPattern,
  urlParts,
} from './linkMatchers';
import type { LinkHost } from './linkMatchers';

export type { LinkHost } from './linkMatchers';

/**
 * `metadata.links` holds a link of one of the types, or (most links have no
 * type) whose title or URL host says it is one, with an http(s) URL.
 */
export interface LinkRule {
  type: 'link';
  linkTypes: string[];
  /** Words a link's title may hold instead of a type: "Grafana", "Runbook". */
  titles?: string[];
  /** Hosts a link's URL may point to instead of a type: Grafana, Datadog... */
  hosts?: LinkHost[];
}

export const linkRuleType: RuleType<LinkRule> = {
  type: 'link',
  configSchema: () =>
    strictObject({
      type: z.literal('link'),
      linkTypes: stringList,
      titles: stringList.optional(),
      hosts: z
        .array(
          strictObject({
            host: nonEmptyString,
            path: nonEmptyString.optional(),
            name: nonEmptyString,
          }),
        )
        .min(1, 'expected a non-empty list')
        .optional(),
    }),
  validate: (rule, validation) => {
    validation.requireNonEmptyList(rule.linkTypes, 'linkTypes');
    (rule.hosts ?? []).forEach((host, i) => {
      if (!isHostPattern(host.host)) {
        validation.report(
          `hosts[${i}].host`,
          `expected a host name such as grafana, app.datadoghq.com or *.grafana.net, got ${JSON.stringify(
            host.host,
          )}`,
        );
      }
    });
  },
  compile: rule => compileLinkRule(rule),
  annotationKeys: () => [],
  describe: rule => {
    let text = `a ${code('metadata.links')} entry with ${rule.linkTypes
      .map(t => code(`type: ${t}`))
      .join(' or ')}`;
    if (rule.titles?.length) {
      text += `, or titled ${rule.titles.map(t => `"${t}"`).join(', ')}`;
    }
    if (rule.hosts?.length) {
      text += `, or to a host of ${describeHosts(rule.hosts)}`;
    }
    return rule.titles?.length || rule.hosts?.length
      ? `${text}, with an https URL (the icon alone is not evidence)`
      : `${text} and an https URL`;
  },
};

/** Each product once, with its hosts: Grafana (`*.grafana.net`, `grafana*.<company domain>`). */
function describeHosts(hosts: readonly LinkHost[]): string {
  const byName = new Map<string, string[]>();
  for (const h of hosts) {
    const host = h.host.includes('.') ? h.host : `${h.host}*.<company domain>`;
    const shown = code(h.path ? host + h.path : host);
    byName.set(h.name, [...(byName.get(h.name) ?? []), shown]);
  }
  return [...byName.entries()]
    .map(([name, shown]) => `${name} (${shown.join(', ')})`)
    .join(', ');
}

/** Why a link counts, or undefined when it does not. */
type LinkMatch = (
  link: Record<string, unknown>,
  url: string,
) => string | undefined;

function compileLinkMatch(rule: LinkRule): LinkMatch {
  const types = new Set(rule.linkTypes.map(t => t.toLowerCase()));
  const label = rule.linkTypes[0];
  const titleMatch = compileTitleMatcher(rule.titles ?? []);
  const hostMatch = compileHostMatcher(rule.hosts ?? []);
  return (link, url) => {
    const title = typeof link.title === 'string' ? link.title : undefined;
    const named = title ? `link ${quoteText(title)}` : 'link';
    if (typeof link.type === 'string' && types.has(link.type.toLowerCase())) {
      return `${named} of type ${clipText(link.type)} to ${clipText(url)}`;
    }
    const host = hostMatch(url);
    if (host) {
      return `${named} to a ${host.name} host (${clipText(
        urlParts(url).host,
      )})`;
    }
    const word = title ? titleMatch(title) : undefined;
    if (word) {
      return `${named} to ${clipText(
        url,
      )}: its title says ${label} (${quoteText(word)})`;
    }
    return undefined;
  };
}

/** metadata.links holds a link that is one of the kinds the rule wants, with an http(s) URL. */
export function compileLinkRule(rule: LinkRule): CompiledRule {
  const match = compileLinkMatch(rule);
  const label = rule.linkTypes.join(' or ');
  const missing = staticFail(
    rule.titles || rule.hosts
      ? `no ${label} link in metadata.links (by type, title or host)`
      : `no link of type ${label} in metadata.links`,
  );
  const expected = 'a URL starting with https://';
  const problem = { expected };
  return view => {
    const links = view.links;
    let evidence: EvidenceItem[] | undefined;
    let bad: RuleOutcome | undefined;
    for (let i = 0; i < links.length; i++) {
      const link = links[i];
      if (!isRecord(link)) {
        continue;
      }
      const url = typeof link.url === 'string' ? link.url : '';
      const why = match(link, url);
      if (!why) {
        continue;
      }
      const source = `metadata.links[${i}]`;
      const item = { source, value: evidenceValue(link.url) };
      if (evidence) {
        evidence.push(item);
      } else {
        evidence = [item];
      }
      const placeholder = placeholderProblem(url, expected);
      if (!placeholder && isHttpUrl(url)) {
        return pass(why, evidence);
      }
      const kind =
        typeof link.type === 'string' ? clipText(link.type) : rule.linkTypes[0];
      bad ??= invalid(
        `the ${kind} link ${source}.url`,
        link.url,
        placeholder ?? problem,
        evidence,
      );
    }
    return bad ?? missing;
  };
}
