import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  PersonaCoverageRow,
  PersonaPage,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { CoverageCell } from './CoverageCell';

/**
 * The team × persona matrix: a row per team of the current page, a column
 * per persona, each cell saying whether the team holds the persona directly
 * or inherits it.
 */
export function CoverageMatrix(props: {
  personas: PersonaSummary[];
  teams: PersonaPage<PersonaCoverageRow>;
}) {
  const { personas, teams } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const columns: TableColumn<PersonaCoverageRow>[] = [
    {
      title: t('matrix.team'),
      highlight: true,
      render: row => <EntityRefLink entityRef={row.group} title={row.title} />,
    },
    ...personas.map(
      (persona): TableColumn<PersonaCoverageRow> => ({
        title: (
          <EntityRefLink
            entityRef={persona.ref}
            title={persona.title ?? persona.ref}
          />
        ),
        render: row => (
          <CoverageCell
            cell={row.cells.find(cell => cell.persona === persona.ref)}
          />
        ),
      }),
    ),
  ];
  return (
    <Table<PersonaCoverageRow>
      title={t('matrix.title', { total: String(teams.total) })}
      subtitle={t('matrix.subtitle')}
      columns={columns}
      data={teams.items.map(row => ({ ...row }))}
      options={{
        paging: false,
        search: false,
        padding: 'dense',
        sorting: false,
      }}
      emptyContent={t('matrix.empty')}
    />
  );
}
