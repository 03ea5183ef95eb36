/**
 * What a `metadata.links` entry is, read as people write links: most have no
 * `type`, so the title ("Grafana", "Runbook") and the URL's host
 * (`grafana.example.com`, `app.datadoghq.com`) say it. The icon is never
 * read: people put `icon: dashboard` on documentation sites.
 */

/** A host (and optional path) that says what a link points to. */
export interface LinkHost {
  /**
   * `datadoghq.com` matches that host and its subdomains; a single label such
   * as `grafana` matches any host with a label starting with it
   * (`grafana.example.com`, `grafana-prod.example.com`).
   */
  host: string;
  /** A path prefix the URL must have too: `/cloudwatch`. */
  path?: string;
  /** The product, shown in evidence: "a Grafana host". */
  name: string;
}

const URL_PARTS = /^https?:\/\/([^/?#:]+)(?::\d+)?([^?#]*)/i;

/** The lowercased host and path of an http(s) URL. */
export function urlParts(url: string): { host: string; path: string } {
  const match = URL_PARTS.exec(url.trim());
  return match
    ? { host: match[1].toLowerCase(), path: match[2].toLowerCase() }
    : { host: '', path: '' };
}

/** A matcher of hosts: the first host rule a URL matches, or undefined. */
export function compileHostMatcher(
  hosts: readonly LinkHost[],
): (url: string) => LinkHost | undefined {
  if (hosts.length === 0) {
    return () => undefined;
  }
  const rules = hosts.map(h => {
    const host = h.host.toLowerCase();
    const path = h.path?.toLowerCase();
    const label = !host.includes('.');
    return {
      rule: h,
      matchesHost: (candidate: string) =>
        label
          ? candidate.split('.').some(part => part.startsWith(host))
          : candidate === host || candidate.endsWith(`.${host}`),
      path,
    };
  });
  return url => {
    const parts = urlParts(url);
    if (!parts.host) {
      return undefined;
    }
    for (const { rule, matchesHost, path } of rules) {
      if (matchesHost(parts.host) && (!path || parts.path.startsWith(path))) {
        return rule;
      }
    }
    return undefined;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher of titles: the first word (or phrase) of `words` the title holds
 * as a whole word, plural or not; spaces, hyphens and underscores between
 * the parts of a phrase are interchangeable ("on-call", "on call", "oncall").
 */
export function compileTitleMatcher(
  words: readonly string[],
): (title: string) => string | undefined {
  const re = titlePattern(words);
  return re ? title => re.exec(title)?.[1] : () => undefined;
}

/** The title matcher's pattern (exported for the regex complexity test). */
export function titlePattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) {
    return undefined;
  }
  const alternatives = words.map(word =>
    word
      .trim()
      .split(/[\s_-]+/)
      .map(escapeRegExp)
      .join('[\\s_-]?'),
  );
  return new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`,
    'iu',
  );
}
