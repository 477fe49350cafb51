import {
  PersonaCoverageResponse,
  PersonaPage,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaApi } from '../../api';
import { fetchWholeMatrix, WholeCoverage } from '../CoverageExport';
import { CoverageFilterValues } from '../CoverageFilters';

/** The gap lists of a coverage answer, each paged on its own on screen. */
export type GapList =
  | 'personasWithoutHolder'
  | 'uncoveredComponents'
  | 'groupsWithoutPersona';

/**
 * The coverage requests of the explorer under one set of filters. The
 * backend pages the team rows and the gap lists with one offset; the explorer
 * pages them apart, so each page asked for is served from an answer already
 * read when one holds it, and requests for the same page are made once.
 */
export class CoverageRequests {
  private readonly requests = new Map<
    string,
    Promise<PersonaCoverageResponse>
  >();
  private readonly answers: PersonaCoverageResponse[] = [];
  private whole?: Promise<WholeCoverage>;

  constructor(
    private readonly api: PersonaApi,
    readonly filters: CoverageFilterValues,
    /** Which attempt this is; a retry starts over with a new one. */
    readonly attempt: number = 0,
  ) {}

  /** One page of the team rows (and, with it, of each gap list). */
  page(offset: number, limit: number): Promise<PersonaCoverageResponse> {
    const key = `${offset}/${limit}`;
    let request = this.requests.get(key);
    if (!request) {
      request = this.api.getCoverage({ ...this.filters, offset, limit });
      this.requests.set(key, request);
      request.then(
        answer => this.answers.push(answer),
        () => this.requests.delete(key),
      );
    }
    return request;
  }

  /** One page of a gap list, from an answer already read when one holds it. */
  async gapPage<L extends GapList>(
    list: L,
    offset: number,
    limit: number,
  ): Promise<PersonaCoverageResponse[L]> {
    const holds = (page: PersonaPage<unknown>) =>
      page.offset <= offset &&
      page.offset + page.items.length >= Math.min(offset + limit, page.total);
    const read = this.answers.find(answer => holds(answer[list]));
    const source = (read ?? (await this.page(offset, limit)))[list];
    const start = offset - source.offset;
    return {
      ...source,
      items: source.items.slice(start, start + limit),
      offset,
      limit,
    } as PersonaCoverageResponse[L];
  }

  /** Every row and gap, read once (for the team search). */
  wholeCoverage(shown: PersonaCoverageResponse): Promise<WholeCoverage> {
    if (!this.whole) {
      this.whole = fetchWholeMatrix(this.api, this.filters, shown);
      this.whole.catch(() => {
        this.whole = undefined;
      });
    }
    return this.whole;
  }
}
