/** Runs a task every `intervalMs` (the local stand-in for an EventBridge schedule); never two runs at once. */
export class PeriodicTask {
  private timeout: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs the task every interval; with `now`, also once straight away. */
  start({ now = false }: { now?: boolean } = {}): void {
    const next = (delay: number) => {
      if (this.stopped) return;
      this.timeout = setTimeout(async () => {
        this.running = this.task().catch(this.onError);
        await this.running;
        next(this.intervalMs);
      }, delay);
    };
    next(now ? 0 : this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timeout);
    await this.running;
  }
}
