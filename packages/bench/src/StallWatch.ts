/** Throws when the state it is shown stays the same for longer than `ms`. */
export class StallWatch {
  private state = '';
  private since = Date.now();

  constructor(private readonly ms: number) {}

  check(state: string, description: string) {
    if (state !== this.state) {
      this.state = state;
      this.since = Date.now();
    } else if (Date.now() - this.since > this.ms) {
      throw new Error(
        `gave up after ${Math.round(
          this.ms / 1000,
        )} s without progress: ${description}`,
      );
    }
  }
}
