/**
 * Keeps a failure that repeats many times a second (a worker reconnecting to a Redis that is down)
 * from flooding the log: the first occurrence of each kind is logged at once, later ones at most
 * once per `intervalMs`, with the number passed over since.
 */
export class RepeatedErrors {
  private readonly last = new Map<string, { at: number; passedOver: number }>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Calls `log` with the number passed over since the last call for `kind`, or passes this one
   * over.
   */
  report(kind: string, log: (passedOver: number) => void): void {
    const at = this.now();
    const seen = this.last.get(kind);
    if (seen && at - seen.at < this.intervalMs) {
      seen.passedOver += 1;
      return;
    }
    this.last.set(kind, { at, passedOver: 0 });
    log(seen?.passedOver ?? 0);
  }
}
