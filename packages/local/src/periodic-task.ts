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

  start(): void {
    const next = () => {
      if (this.stopped) return;
      this.timeout = setTimeout(async () => {
        this.running = this.task().catch(this.onError);
        await this.running;
        next();
      }, this.intervalMs);
    };
    next();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timeout);
    await this.running;
  }
}
