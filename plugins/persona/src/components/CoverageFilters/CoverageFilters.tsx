import Grid from '@material-ui/core/Grid';
import { FilterSelect } from './FilterSelect';

/**
 * The filters of the coverage matrix; both narrow its columns (personas).
 */
export type CoverageFilterValues = {
  framework?: string;
  type?: string;
};

/** Framework and type selects for the coverage matrix. */
export function CoverageFilters(props: {
  values: CoverageFilterValues;
  frameworks: string[];
  types: string[];
  onChange: (values: CoverageFilterValues) => void;
}) {
  const { values, frameworks, types, onChange } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={4} md={3}>
        <FilterSelect
          label="Framework"
          value={values.framework}
          options={frameworks}
          onChange={framework => onChange({ ...values, framework })}
        />
      </Grid>
      <Grid item xs={12} sm={4} md={3}>
        <FilterSelect
          label="Type"
          value={values.type}
          options={types}
          onChange={type => onChange({ ...values, type })}
        />
      </Grid>
    </Grid>
  );
}
