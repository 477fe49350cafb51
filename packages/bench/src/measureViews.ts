import { load, LoadAmount, LoadResult } from './load';
import {
  benchViews,
  FIRST_ANSWER_LIMIT,
  personaViewPath,
  subTeamAnswerViews,
} from './benchViews';
import { BenchTargets } from './generateOrganisation';
import { catalogByNameLoad } from './catalogBaseline';
import { wireSize, WireSize } from './wireSize';
import { orgWayUnderLoad, OrgWayResult } from './orgPluginBaseline';

/** A caller of the benchmark: a service (ALLOW) or the guest user (CONDITIONAL). */
export type Caller = {
  name: string;
  key: 'allow' | 'conditional';
  token: string;
};

/** The figures of one view for one caller. */
export type ViewRow = {
  caller: Caller['name'];
  key: Caller['key'];
  name: string;
  ref: string;
  persona: LoadResult;
  /** Baseline 2: the catalog's by-name read of the same entity, same caller. */
  catalog: LoadResult;
  /** The answer measured (before any warm-up). */
  size: WireSize;
  /**
   * True for a view's first answer; false for the answer with the
   * sub-teams' components, asked for only once the user includes them.
   */
  firstAnswer: boolean;
  catalogRequests: number;
};

/** Baseline 1 for one group view and caller. */
export type OrgRow = {
  caller: string;
  key: Caller['key'];
  name: string;
  org: OrgWayResult;
};

/**
 * Every view for every caller at `concurrency`, each beside the catalog's
 * own by-name read of the same entity under the same load. The callers of
 * one view are measured back to back, in the order persona ALLOW, persona
 * CONDITIONAL, catalog CONDITIONAL, catalog ALLOW, so that each pair the
 * targets compare ran within seconds of each other rather than minutes
 * apart, when the catalog may have been busier. The rows come out by caller,
 * then view.
 */
export async function measureViews(options: {
  baseUrl: string;
  targets: BenchTargets;
  callers: Caller[];
  amount: LoadAmount;
  concurrency: number;
  countByRefs: () => number;
  log: (message: string) => void;
}): Promise<ViewRow[]> {
  const { baseUrl, amount, concurrency, log } = options;
  const answers = [
    // What a page asks for first: each long list cut, the rest paged.
    ...benchViews(options.targets).map(([name, ref]) => ({
      name,
      ref,
      subTeamLimit: 0,
    })),
    ...subTeamAnswerViews(options.targets).map(([name, ref]) => ({
      name,
      ref,
      subTeamLimit: FIRST_ANSWER_LIMIT,
    })),
  ];
  const rows = new Map<string, ViewRow>();
  const rowKey = (caller: Caller, name: string) => `${caller.key} ${name}`;
  for (const { name, ref, subTeamLimit } of answers) {
    const url = `${baseUrl}${personaViewPath(
      ref,
      FIRST_ANSWER_LIMIT,
      subTeamLimit,
    )}`;
    const measured = new Map<Caller['key'], Omit<ViewRow, 'catalog'>>();
    for (const caller of options.callers) {
      const size = await wireSize(url, caller.token);
      await load(url, caller.token, { requests: 5 }, 1);
      const byRefsBefore = options.countByRefs();
      const persona = await load(url, caller.token, amount, concurrency);
      measured.set(caller.key, {
        caller: caller.name,
        key: caller.key,
        name,
        ref,
        persona,
        size,
        firstAnswer: subTeamLimit === 0,
        catalogRequests:
          (options.countByRefs() - byRefsBefore) / persona.requests,
      });
    }
    for (const caller of [...options.callers].reverse()) {
      const row: ViewRow = {
        ...measured.get(caller.key)!,
        catalog: await catalogByNameLoad(
          baseUrl,
          ref,
          caller.token,
          amount,
          concurrency,
        ),
      };
      rows.set(rowKey(caller, name), row);
      log(
        `${caller.name} ${name}: p50 ${row.persona.p50.toFixed(
          1,
        )} ms, p95 ${row.persona.p95.toFixed(1)} ms; ` +
          `catalog by-name p95 ${row.catalog.p95.toFixed(1)} ms; ${
            row.size.wireBytes
          } B gzipped`,
      );
    }
  }
  return options.callers.flatMap(caller =>
    answers.map(({ name }) => rows.get(rowKey(caller, name))!),
  );
}

/**
 * Baseline 1: the org plugin's way for the leaf team, the group with about
 * 50 descendants and the root, by `concurrency` clients at once (three runs
 * each for the first two, one each for the root).
 */
export async function measureOrgWay(options: {
  baseUrl: string;
  targets: BenchTargets;
  callers: Caller[];
  concurrency: number;
  log: (message: string) => void;
}): Promise<OrgRow[]> {
  const { targets, concurrency, log } = options;
  const catalogUrl = `${options.baseUrl}/api/catalog`;
  const rows: OrgRow[] = [];
  for (const caller of options.callers) {
    for (const [name, ref, rounds] of [
      ['leaf team', targets.leafTeam, 3],
      [
        `group, ${targets.midGroupDescendants} descendants`,
        targets.midGroup,
        3,
      ],
      ['root group', targets.root, 1],
    ] as const) {
      const org = await orgWayUnderLoad(
        catalogUrl,
        caller.token,
        ref,
        rounds * concurrency,
        concurrency,
      );
      rows.push({ caller: caller.name, key: caller.key, name, org });
      log(
        `org plugin way, ${caller.name} ${name}: ${org.runs} runs at ${concurrency} concurrent, ` +
          `p50 ${org.p50.toFixed(0)} ms, p95 ${org.p95.toFixed(0)} ms, ${
            org.errors
          } errors${org.firstError ? ` (the first: ${org.firstError})` : ''}`,
      );
    }
  }
  return rows;
}
