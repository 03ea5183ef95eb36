/**
 * What a `metadata.links` entry is, read as people write links: most have no
 * `type`, so the title ("Grafana", "Runbook") and the URL's host
 * (`grafana.example.com`, `app.datadoghq.com`) say it. The icon is never
 * read: people put `icon: dashboard` on documentation sites.
 */

/** A host (and optional path) that says what a link points to. */
export interface LinkHost {
  /**
   * `app.datadoghq.com` matches that host and its subdomains;
   * `*.grafana.net` only its subdomains; a `*` label in the middle stands for
   * any one label (`app.*.signalfx.com`). A single label such as `grafana`
   * matches a host with a label starting with it (`grafana.example.com`,
   * `grafana-prod.example.com`, `grafana` in a cluster) except the vendor's
   * own site (`grafana.com`, `docs.grafana.com`: a label followed by just a
   * top-level domain), where documentation and marketing pages live.
   */
  host: string;
  /**
   * A path prefix the URL must have too: `/cloudwatch`. The URL's fragment
   * counts as part of its path (`/#view/Microsoft_Azure_Monitoring`), and a
   * segment `*` stands for any one segment (an organisation's slug before
   * `on-call`).
   */
  path?: string;
  /** The product, shown in evidence: "a Grafana host". */
  name: string;
}

const URL_PARTS =
  /^https?:\/\/([^/?#:]+)(?::\d+)?([^?#]*)(?:\?[^#]*)?(#.*)?$/is;

/**
 * The lowercased host and path of an http(s) URL; the path ends with the
 * fragment (`/#blade/...`): single-page consoles (the Azure portal) put
 * where you are there.
 */
export function urlParts(url: string): { host: string; path: string } {
  const match = URL_PARTS.exec(url.trim());
  return match
    ? {
        host: match[1].toLowerCase(),
        path: ((match[2] || '/') + (match[3] ?? '')).toLowerCase(),
      }
    : { host: '', path: '' };
}

/** Whether a host rule is well formed (what validation reports otherwise). */
export function isHostPattern(host: string): boolean {
  const labels = host.split('.');
  return (
    labels.every(label => label === '*' || /^[a-z0-9-]+$/i.test(label)) &&
    labels.some(label => label !== '*')
  );
}

function labelsMatch(pattern: readonly string[], labels: readonly string[]) {
  return pattern.every((p, i) => p === '*' || p === labels[i]);
}

/** Matches a host name (lowercased) against one host rule. */
function compileHostName(host: string): (candidate: string) => boolean {
  if (!host.includes('.')) {
    // A product's name as a label of a company's host; not the product's
    // own domain (`grafana.com`), where exactly one label follows it.
    return candidate => {
      const labels = candidate.split('.');
      return labels.some(
        (label, i) => label.startsWith(host) && labels.length - i - 1 !== 1,
      );
    };
  }
  const pattern = host.split('.');
  const subdomainsOnly = pattern[0] === '*';
  const tail = subdomainsOnly ? pattern.slice(1) : pattern;
  return candidate => {
    const labels = candidate.split('.');
    const extra = labels.length - tail.length;
    return (
      (subdomainsOnly ? extra >= 1 : extra >= 0) &&
      labelsMatch(tail, labels.slice(extra))
    );
  };
}

/** Matches a path (lowercased, with its fragment) against a path prefix. */
function compilePath(path: string): (candidate: string) => boolean {
  if (!path.includes('*')) {
    return candidate => candidate.startsWith(path);
  }
  // Segment by segment: `*` is any one segment, the last one a prefix.
  const pattern = path.split('/');
  const last = pattern.length - 1;
  return candidate => {
    const segments = candidate.split('/');
    return pattern.every((p, i) => {
      const segment = segments[i];
      if (segment === undefined) {
        return false;
      }
      if (p === '*') {
        return segment.length > 0;
      }
      return i === last ? segment.startsWith(p) : segment === p;
    });
  };
}

/** A matcher of hosts: the first host rule a URL matches, or undefined. */
export function compileHostMatcher(
  hosts: readonly LinkHost[],
): (url: string) => LinkHost | undefined {
  if (hosts.length === 0) {
    return () => undefined;
  }
  const rules = hosts.map(h => ({
    rule: h,
    matchesHost: compileHostName(h.host.toLowerCase()),
    matchesPath: h.path ? compilePath(h.path.toLowerCase()) : () => true,
  }));
  return url => {
    const parts = urlParts(url);
    if (!parts.host) {
      return undefined;
    }
    return rules.find(
      r => r.matchesHost(parts.host) && r.matchesPath(parts.path),
    )?.rule;
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
