/**
 * One error of a JSON Schema validator, in the shape of Ajv's `ErrorObject`
 * (with `verbose: true`, which adds the value and the schema).
 *
 * @public
 */
export type PersonaSchemaError = {
  /** JSON pointer of the value that failed. */
  instancePath: string;
  /** The JSON Schema keyword that failed: `required`, `pattern`, `type`, … */
  keyword: string;
  /** Where the keyword is in the schema, such as `#/definitions/ownerRef/pattern`. */
  schemaPath: string;
  /** The keyword's parameters, as Ajv reports them. */
  params: Record<string, any>;
  /** The validator's own message, the last resort of the wording. */
  message?: string;
  /** The value that failed (Ajv `verbose`). */
  data?: unknown;
  /** The schema object that holds the keyword (Ajv `verbose`). */
  parentSchema?: unknown;
};

/**
 * What is wrong with one field of a Persona, in words: the JSON pointer of
 * the field (`<root>` for the entity itself) and a message that reads after
 * it, such as `/spec/type is required`.
 *
 * @public
 */
export type PersonaFieldProblem = {
  path: string;
  message: string;
};

/** The RFC 6901 segment of a property name. */
function segment(key: string): string {
  return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

const OWNER_REF_EXAMPLE = 'group:default/platform-team or user:jane.doe';
const TARGET_REF_EXAMPLE =
  'component:default/connector-slack or connector-slack';

/** What each pattern of the schema means, by the schema path of the pattern. */
const PATTERNS: Array<[schemaPath: RegExp, message: string]> = [
  [
    /\/ownerRef\/pattern$/,
    `must be a User or Group entity ref such as ${OWNER_REF_EXAMPLE} (kind user or group, optional lowercase namespace, a name of letters, digits and - _ .)`,
  ],
  [
    /\/entityRef\/pattern$/,
    `must be an entity ref such as ${TARGET_REF_EXAMPLE} (optional kind, optional lowercase namespace, a name of letters, digits and - _ .), or a selector with a filter`,
  ],
  [
    /\/responsibility\/properties\/id\/pattern$/,
    'must be lowercase letters and digits, words joined by - _ or . (such as build-connectors)',
  ],
  [
    /\/metadata\/properties\/name\/pattern$/,
    'must be a name of letters, digits and - _ . that starts and ends with a letter or digit (such as activiti-cloud-developer)',
  ],
];

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a map of fields',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'empty (null)',
};

/** How a value reads in a message: `a number`, `a list`, `text`, … */
function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a map of fields';
    default:
      return typeof value;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The number of single-character edits from `a` to `b` when it is at most
 * `most`, else undefined; stops as soon as it is sure.
 */
function editsWithin(a: string, b: string, most: number): number | undefined {
  if (Math.abs(a.length - b.length) > most) return undefined;
  let previous = new Uint16Array(b.length + 1).map((_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > most) return undefined;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= most ? previous[b.length] : undefined;
}

/** The fields a schema object names, for "is not a known field" messages. */
function knownFields(parentSchema: unknown): string[] {
  const properties = (parentSchema as { properties?: object } | undefined)
    ?.properties;
  return properties && typeof properties === 'object'
    ? Object.keys(properties)
    : [];
}

function unknownField(error: PersonaSchemaError, suggest: boolean): string {
  const field = String(error.params.additionalProperty);
  if (/\/filter\/additionalProperties$/.test(error.schemaPath)) {
    return 'is not a field path a filter can use: a dot-path such as kind, spec.type or metadata.tags (letters, digits and . _ - /, starting with a letter)';
  }
  const known = knownFields(error.parentSchema);
  if (!known.length) return 'is not a known field here';
  let close: string | undefined;
  let closest = 3;
  // a long field name (hostile input) is not worth comparing
  if (suggest && field.length <= 64) {
    const lower = field.toLocaleLowerCase('en-US');
    for (const name of known) {
      const edits = editsWithin(lower, name.toLocaleLowerCase('en-US'), 2);
      if (edits !== undefined && edits < closest) {
        close = name;
        closest = edits;
      }
    }
  }
  return `is not a known field here${
    close ? ` - did you mean ${close}?` : ''
  } (the fields are ${known.join(', ')})`;
}

/**
 * One schema error of a Persona in words — no regular expressions, the
 * field it is about as its path: a missing field is reported at its own
 * path (`/spec/type is required`), an unknown field at its name. Undefined
 * for errors that only repeat another one (the `if` of a list item that
 * may be a ref or a selector). An unknown field close to a known one
 * suggests it, unless `options.suggest` is false.
 *
 * @public
 */
export function describePersonaSchemaError(
  error: PersonaSchemaError,
  options?: { suggest?: boolean },
): PersonaFieldProblem | undefined {
  const { instancePath, keyword, params, schemaPath } = error;
  const at = instancePath || '<root>';
  switch (keyword) {
    case 'if':
      return undefined;
    case 'required':
      return {
        path: `${instancePath}${segment(String(params.missingProperty))}`,
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: `${instancePath}${segment(String(params.additionalProperty))}`,
        message: unknownField(error, options?.suggest ?? true),
      };
    case 'false schema':
      // the schema's only `false` are the reserved names of maps
      return {
        path: at,
        message:
          'is a reserved name and not allowed here (__proto__, constructor, prototype, or a YAML merge key <<)',
      };
    case 'pattern': {
      const known = PATTERNS.find(([where]) => where.test(schemaPath));
      return {
        path: at,
        message: known ? known[1] : 'is not written in the form allowed here',
      };
    }
    case 'format':
      return { path: at, message: `must be a valid ${params.format}` };
    case 'type': {
      const types = String(params.type).split(',');
      const expected = types.map(type => TYPE_NAMES[type] ?? type).join(' or ');
      return {
        path: at,
        message: `must be ${expected}${
          'data' in error ? `, not ${kindOf(error.data)}` : ''
        }`,
      };
    }
    case 'enum': {
      const allowed: unknown[] = params.allowedValues ?? [];
      return {
        path: at,
        message:
          allowed.length === 1
            ? `must be ${allowed[0]}`
            : `must be one of: ${allowed.join(', ')}`,
      };
    }
    case 'const':
      return { path: at, message: `must be ${params.allowedValue}` };
    case 'minLength':
      return {
        path: at,
        message:
          params.limit === 1
            ? 'must not be empty'
            : `must be at least ${plural(params.limit, 'character')} long`,
      };
    case 'maxLength':
      return {
        path: at,
        message: `must be at most ${plural(params.limit, 'character')} long`,
      };
    case 'minItems':
      return {
        path: at,
        message:
          params.limit === 1
            ? 'must list at least one item'
            : `must list at least ${plural(params.limit, 'item')}`,
      };
    case 'maxItems':
      return {
        path: at,
        message: `must list at most ${plural(params.limit, 'item')}`,
      };
    case 'minProperties':
      return {
        path: at,
        message:
          params.limit === 1
            ? 'must name at least one field'
            : `must name at least ${plural(params.limit, 'field')}`,
      };
    case 'maxProperties':
      return {
        path: at,
        message: `must name at most ${plural(params.limit, 'field')}`,
      };
    case 'uniqueItems':
      return {
        path: `${at === '<root>' ? '' : at}/${params.i}`,
        message: `is listed twice: item ${params.j} is the same`,
      };
    default:
      return { path: at, message: error.message ?? `fails ${keyword}` };
  }
}

/** Nobody reads more suggestions than this; a hostile text may need many. */
const MAX_SUGGESTIONS = 100;

/**
 * The schema errors of a Persona in words (see
 * {@link describePersonaSchemaError}), each problem once; the first
 * unknown fields suggest a known one they may be a misspelling of.
 *
 * @public
 */
export function describePersonaSchemaErrors(
  errors: ReadonlyArray<PersonaSchemaError>,
): PersonaFieldProblem[] {
  const seen = new Set<string>();
  const problems: PersonaFieldProblem[] = [];
  let unknownFields = 0;
  for (const error of errors) {
    if (error.keyword === 'additionalProperties') unknownFields += 1;
    const problem = describePersonaSchemaError(error, {
      suggest: unknownFields <= MAX_SUGGESTIONS,
    });
    if (!problem) continue;
    const key = `${problem.path}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
