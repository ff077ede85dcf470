export interface WorkerLine {
  type: string;
  [key: string]: unknown;
}
export interface WorkerProcess {
  pid: number | undefined;
  lines: WorkerLine[];
  ready: Promise<void>;
  /** The worker's exit line, or undefined when it died without one. */
  exited: Promise<WorkerLine | undefined>;
  ended: Promise<{ code: number | null; signal: string | null }>;
  stderr(): string;
  kill(signal?: NodeJS.Signals): boolean;
}
export function startWorkerProcess(config: Record<string, unknown>): WorkerProcess;
