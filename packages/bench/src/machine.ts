// The machine a run happened on, for the report: CPU model, cores, memory, Node, OS.
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average when the run started and when it ended (2 cores: above 2 means waiting). */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

/** The 1-minute load average now. */
export function loadNow(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

export function machine(loadAtStart: number): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: { start: loadAtStart, end: loadNow() },
  };
}
