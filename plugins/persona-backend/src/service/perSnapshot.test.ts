import { PerSnapshot } from './perSnapshot';
import { PersonaIndexSnapshot } from './PersonaIndex';

const snapshot = (version: string) =>
  ({ version } as unknown as PersonaIndexSnapshot);

describe('PerSnapshot', () => {
  it('computes once per index version', () => {
    const compute = jest.fn(
      (s: PersonaIndexSnapshot) => `model of ${s.version}`,
    );
    const models = new PerSnapshot(compute);
    expect(models.get(snapshot('a'))).toBe('model of a');
    // another snapshot object of the same version holds the same data
    expect(models.get(snapshot('a'))).toBe('model of a');
    expect(models.get(snapshot('b'))).toBe('model of b');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
