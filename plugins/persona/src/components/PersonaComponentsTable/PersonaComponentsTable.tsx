import { parseEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import { PersonaComponent } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

type Row = PersonaComponent & { appliesTo?: string[] };

function kindOf(ref: string): string {
  const { kind } = parseEntityRef(ref);
  return kind.charAt(0).toLocaleUpperCase('en-US') + kind.slice(1);
}

function columnsOf(t: PersonaTranslate, showAppliesTo?: boolean) {
  const columns: TableColumn<Row>[] = [
    {
      title: t('componentsTable.component'),
      field: 'ref',
      highlight: true,
      render: row => (
        <PersonaRefLink
          entityRef={row.ref}
          title={row.title}
          missing={row.missing}
        />
      ),
    },
    { title: t('componentsTable.kind'), render: row => kindOf(row.ref) },
    { title: t('componentsTable.type'), field: 'type', emptyValue: '—' },
    {
      title: t('componentsTable.owner'),
      render: row =>
        row.owners.length ? (
          <EntityRefLinks entityRefs={row.owners} defaultKind="group" />
        ) : (
          '—'
        ),
    },
    {
      title: t('componentsTable.lifecycle'),
      field: 'lifecycle',
      emptyValue: '—',
    },
    {
      title: t('componentsTable.via'),
      render: row =>
        row.via.map(via => (
          <Chip
            key={via}
            size="small"
            variant="outlined"
            label={t(`via.${via}`)}
          />
        )),
    },
  ];
  if (showAppliesTo) {
    columns.push({
      title: t('componentsTable.appliesTo'),
      render: row =>
        row.appliesTo?.length ? (
          <EntityRefLinks entityRefs={row.appliesTo} />
        ) : (
          '—'
        ),
    });
  }
  return columns;
}

/**
 * The components of one mode of a persona: a link (or the missing ref), kind,
 * type, owners, lifecycle and whether the persona names it or a selector
 * found it. Long lists are paged.
 */
export function PersonaComponentsTable(props: {
  title: string;
  components: Row[];
  showAppliesTo?: boolean;
}) {
  const { title, components, showAppliesTo } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object, so keep them between renders
  const columns = useMemo(
    () => columnsOf(t, showAppliesTo),
    [t, showAppliesTo],
  );
  const paged = components.length > PAGE_SIZE;
  return (
    <Table<Row>
      title={title}
      columns={columns}
      // material-table writes its own state into the rows it gets
      data={components.map(component => ({ ...component }))}
      options={{
        paging: paged,
        pageSize: PAGE_SIZE,
        pageSizeOptions: [PAGE_SIZE, 25, 50],
        search: paged,
        padding: 'dense',
      }}
    />
  );
}
