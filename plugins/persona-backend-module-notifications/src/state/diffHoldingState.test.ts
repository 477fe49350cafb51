import { diffHoldingState } from './diffHoldingState';
import { PersonaHoldingState } from './PersonaHoldingState';

const TEAM = 'group:default/team';
const SUB = 'group:default/sub-team';
const JANE = 'user:default/jane';
const RAJ = 'user:default/raj';
const SAM = 'user:default/sam';
const BUS = 'component:default/bus';
const DB = 'resource:default/db';

const state = (
  holders: PersonaHoldingState['holders'],
  components: PersonaHoldingState['components'] = {},
): PersonaHoldingState => ({ holders, components });

describe('diffHoldingState', () => {
  it('names every holder of a persona that has just appeared, each once, and no component', () => {
    expect(
      diffHoldingState(
        undefined,
        state({ [TEAM]: [JANE, RAJ], [RAJ]: [RAJ] }, { [BUS]: [TEAM] }),
      ),
    ).toEqual({ newHolders: [JANE, RAJ], newlyReached: [] });
  });

  it('finds nothing when nothing changed', () => {
    const same = state({ [TEAM]: [JANE, RAJ] }, { [BUS]: [TEAM] });
    expect(diffHoldingState(same, structuredClone(same))).toEqual({
      newHolders: [],
      newlyReached: [],
    });
  });

  it('names the members of a new group holder, each once, but not those who held it already', () => {
    const previous = state({ [TEAM]: [JANE] });
    // Raj is in both new holders (a group and its sub-group); Jane held it
    const current = state({
      [TEAM]: [JANE],
      [SUB]: [JANE, RAJ],
      [RAJ]: [RAJ],
      [SAM]: [SAM],
    });
    expect(diffHoldingState(previous, current).newHolders).toEqual([RAJ, SAM]);
  });

  it('names a user who joined a holding group (membership change)', () => {
    expect(
      diffHoldingState(
        state({ [TEAM]: [JANE] }),
        state({ [TEAM]: [JANE, RAJ] }),
      ).newHolders,
    ).toEqual([RAJ]);
  });

  it('says nothing to users who no longer hold the persona', () => {
    expect(
      diffHoldingState(
        state({ [TEAM]: [JANE, RAJ] }),
        state({ [TEAM]: [JANE] }),
      ),
    ).toEqual({ newHolders: [], newlyReached: [] });
  });

  it('tells the users of a persona about a component it newly reaches', () => {
    const previous = state({ [TEAM]: [JANE, RAJ] }, { [BUS]: [TEAM] });
    const current = state(
      { [TEAM]: [JANE, RAJ] },
      { [BUS]: [TEAM], [DB]: [TEAM] },
    );
    expect(diffHoldingState(previous, current)).toEqual({
      newHolders: [],
      newlyReached: [{ componentRef: DB, users: [JANE, RAJ] }],
    });
  });

  it('tells only the holders a component applies to (ownedByHolder selectors)', () => {
    const previous = state({ [TEAM]: [JANE], [SAM]: [SAM] });
    const current = state({ [TEAM]: [JANE], [SAM]: [SAM] }, { [DB]: [SAM] });
    expect(diffHoldingState(previous, current).newlyReached).toEqual([
      { componentRef: DB, users: [SAM] },
    ]);
  });

  it('tells users a known component newly applies to, without repeating it to new holders', () => {
    const previous = state({ [TEAM]: [JANE], [SAM]: [SAM] }, { [DB]: [TEAM] });
    // the DB now also applies to Sam (he took ownership); Raj is a new holder
    const current = state(
      { [TEAM]: [JANE, RAJ], [SAM]: [SAM] },
      { [DB]: [SAM, TEAM] },
    );
    expect(diffHoldingState(previous, current)).toEqual({
      newHolders: [RAJ],
      newlyReached: [{ componentRef: DB, users: [SAM] }],
    });
  });
});
