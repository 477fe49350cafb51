import {
  PersonaCoverageRow,
  PersonaSummary,
  PersonaView,
  UncoveredComponent,
} from './views';

/**
 * The index data behind an answer of the persona backend: a digest of the
 * catalog data it holds (the same on every backend replica that read the same
 * catalog), when it was read from the catalog (the answer's data is at least
 * this recent), how many catalog entities it holds and how long that rebuild
 * took.
 *
 * @public
 */
export type PersonaIndexMeta = {
  indexVersion: string;
  indexBuiltAt: string;
  indexEntityCount: number;
  indexBuildMillis: number;
};

/**
 * The answer of `GET /api/persona/v1/views/by-name/:kind/:namespace/:name`.
 *
 * @public
 */
export type PersonaViewResponse = PersonaView & { meta: PersonaIndexMeta };

/**
 * One page of a list: `total` counts every item, `items` holds at most
 * `limit` of them from `offset` on.
 *
 * @public
 */
export type PersonaPage<T> = {
  items: T[];
  total: number;
  offset: number;
  limit: number;
};

/**
 * The answer of `GET /api/persona/v1/views/by-name/{kind}/{namespace}/{name}/list`:
 * a page of a list that a view asked with `limit` cut short (`list` is the
 * list's JSON pointer in the whole view), its items cut like the view's, and
 * the display names of the refs they name.
 *
 * @public
 */
export type PersonaViewListResponse<T = unknown> = PersonaPage<T> & {
  list: string;
  titles: Record<string, string>;
  meta: PersonaIndexMeta;
};

/**
 * The answer of `GET /api/persona/v1/coverage`. The matrix columns
 * (`personas`) come whole; the rows and each gap list are paged with the
 * same `offset` and `limit`.
 *
 * @public
 */
export type PersonaCoverageResponse = {
  personas: PersonaSummary[];
  teams: PersonaPage<PersonaCoverageRow>;
  personasWithoutHolder: PersonaPage<string>;
  uncoveredComponents: PersonaPage<UncoveredComponent>;
  groupsWithoutPersona: PersonaPage<string>;
  meta: PersonaIndexMeta;
};

/**
 * The answer of `POST /api/persona/v1/validate`: `valid` when no problem is
 * an error (warnings alone leave a text valid).
 *
 * @public
 */
export type PersonaValidateResponse = PersonaTextValidation & {
  valid: boolean;
};

/**
 * How bad a {@link PersonaProblem} is: an `error` makes the catalog refuse
 * the Persona; a `warning` does not (a ref to an entity the catalog does
 * not hold, say), but is worth fixing.
 *
 * @public
 */
export type PersonaProblemSeverity = 'error' | 'warning';

/**
 * One problem of a Persona document: which document of the text (from 0),
 * the JSON path of the field, what is wrong, how bad it is, and where
 * (1-based line and column) when the text says.
 *
 * @public
 */
export type PersonaProblem = {
  document: number;
  path: string;
  message: string;
  /** Absent in the answers of older backends: read it as `error`. */
  severity?: PersonaProblemSeverity;
  line?: number;
  column?: number;
};

/**
 * What the Persona text validator found: how many YAML documents and Personas
 * the text holds, and every problem.
 *
 * @public
 */
export type PersonaTextValidation = {
  documents: number;
  personas: number;
  problems: PersonaProblem[];
};
