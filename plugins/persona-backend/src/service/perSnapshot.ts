import { PersonaIndexSnapshot } from './PersonaIndex';

/**
 * One value computed from the latest index snapshot, kept until the index
 * has a new version: what every caller's answer is then filtered from.
 * Versions digest the catalog data, so an equal version is equal data.
 */
export class PerSnapshot<T> {
  private kept?: { version: string; value: T };

  constructor(
    private readonly compute: (snapshot: PersonaIndexSnapshot) => T,
  ) {}

  get(snapshot: PersonaIndexSnapshot): T {
    if (this.kept?.version !== snapshot.version) {
      this.kept = { version: snapshot.version, value: this.compute(snapshot) };
    }
    return this.kept.value;
  }
}
