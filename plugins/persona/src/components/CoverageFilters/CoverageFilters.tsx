import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Grid from '@material-ui/core/Grid';
import { personaTranslationRef } from '../../translation';
import { humanize } from '../CoverageLabels';
import { FilterSelect } from './FilterSelect';
import { TeamSearch } from './TeamSearch';

/**
 * The filters of the coverage matrix; both narrow its columns (personas).
 */
export type CoverageFilterValues = {
  framework?: string;
  type?: string;
};

/**
 * Framework and type selects for the coverage matrix (values shown as people
 * read them: `cncf-platforms` as `CNCF Platforms`), and the team search,
 * which narrows its rows.
 */
export function CoverageFilters(props: {
  values: CoverageFilterValues;
  frameworks: string[];
  types: string[];
  onChange: (values: CoverageFilterValues) => void;
  team: string;
  onTeamChange: (search: string) => void;
}) {
  const { values, frameworks, types, onChange } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={4} md={3}>
        <TeamSearch value={props.team} onChange={props.onTeamChange} />
      </Grid>
      <Grid item xs={12} sm={4} md={3}>
        <FilterSelect
          id="persona-coverage-framework"
          label={t('filters.framework')}
          value={values.framework}
          options={frameworks}
          labelOf={humanize}
          onChange={framework => onChange({ ...values, framework })}
        />
      </Grid>
      <Grid item xs={12} sm={4} md={3}>
        <FilterSelect
          id="persona-coverage-type"
          label={t('filters.type')}
          value={values.type}
          options={types}
          labelOf={humanize}
          onChange={type => onChange({ ...values, type })}
        />
      </Grid>
    </Grid>
  );
}
