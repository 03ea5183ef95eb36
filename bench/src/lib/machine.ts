import os from 'node:os';

/** What the benchmark ran on, with the load other work put on it. */
export function describeMachine() {
  const [load1, load5, load15] = os.loadavg();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: { load1, load5, load15 },
  };
}
