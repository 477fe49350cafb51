/**
 * Runs the test's phases one after another, printing each as it ends and a
 * table of how long each took, so a slow phase shows where the time goes.
 *
 * @public
 */
export class PhaseLog {
  private readonly started = Date.now();
  private readonly phases: Array<{ name: string; millis: number }> = [];

  log(message: string) {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    console.log(`[${seconds.padStart(6)} s] ${message}`);
  }

  async run<T>(name: string, phase: () => Promise<T>): Promise<T> {
    const started = Date.now();
    this.log(`${name} ...`);
    const result = await phase();
    const millis = Date.now() - started;
    this.phases.push({ name, millis });
    this.log(`${name}: done in ${(millis / 1000).toFixed(1)} s`);
    return result;
  }

  table(): string {
    const total = Date.now() - this.started;
    const width = Math.max(5, ...this.phases.map(p => p.name.length));
    return [
      ...this.phases.map(
        p => `  ${p.name.padEnd(width)}  ${(p.millis / 1000).toFixed(1)} s`,
      ),
      `  ${'total'.padEnd(width)}  ${(total / 1000).toFixed(1)} s`,
    ].join('\n');
  }
}
