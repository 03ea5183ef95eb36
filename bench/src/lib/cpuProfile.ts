import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileHotspot {
  function: string;
  location: string;
  selfPercent: number;
}

/**
 * Runs `work` under the V8 CPU profiler of this process (the backend under
 * test runs in it) and returns the functions with the most self time.
 */
export async function profileCpu<T>(
  work: () => Promise<T>,
  top = 15,
): Promise<{ result: T; hotspots: ProfileHotspot[]; byPackage: PackageShare[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  try {
    const result = await work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    return { result, hotspots: hotspots(profile.nodes, top), byPackage: byPackage(profile.nodes, top) };
  } finally {
    session.disconnect();
  }
}

function hotspots(nodes: ProfileNode[], top: number): ProfileHotspot[] {
  const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, ProfileHotspot>();
  for (const node of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const location = `${url.replace(/^.*node_modules\//, '').replace(/^.*\/work\/main\//, '')}:${lineNumber + 1}`;
    const key = `${functionName}@${location}`;
    const entry = byFunction.get(key) ?? { function: functionName || '(anonymous)', location, selfPercent: 0 };
    entry.selfPercent += ((node.hitCount ?? 0) / total) * 100;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.selfPercent - a.selfPercent)
    .slice(0, top)
    .map(h => ({ ...h, selfPercent: Math.round(h.selfPercent * 10) / 10 }));
}

export interface PackageShare {
  /** npm package, `node:` for Node's own code, or V8's (idle), (program), (garbage collector). */
  package: string;
  selfPercent: number;
}

/** Self time per package: where the thread's time goes at a glance. */
function byPackage(nodes: ProfileNode[], top: number): PackageShare[] {
  const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const shares = new Map<string, number>();
  for (const node of nodes) {
    const name = packageOf(node.callFrame.url, node.callFrame.functionName);
    shares.set(name, (shares.get(name) ?? 0) + ((node.hitCount ?? 0) / total) * 100);
  }
  return [...shares.entries()]
    .map(([name, share]) => ({ package: name, selfPercent: Math.round(share * 10) / 10 }))
    .sort((a, b) => b.selfPercent - a.selfPercent)
    .slice(0, top);
}

function packageOf(url: string, functionName: string): string {
  const inModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1];
  if (url.startsWith('node:')) return 'node:';
  const workspace = url.match(/\/work\/main\/((?:plugins|packages|bench)\/[^/]+)/);
  if (workspace) return workspace[1];
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  return url;
}
