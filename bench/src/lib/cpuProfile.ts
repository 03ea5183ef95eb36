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
export async function profileCpu<T>(work: () => Promise<T>, top = 15): Promise<{ result: T; hotspots: ProfileHotspot[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  try {
    const result = await work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    return { result, hotspots: hotspots(profile.nodes, top) };
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
