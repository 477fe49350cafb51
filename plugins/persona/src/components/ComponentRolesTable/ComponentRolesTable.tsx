import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ComponentPersonaRole,
  PersonaListPage,
} from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { useViewListPages } from '../../hooks/useViewListPages';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { ShowMoreButton } from '../ShowMoreButton';
import { ViewTitlesProvider } from '../ViewTitles';
import { ViaChips } from '../ViaChips';
import { RoleHolders } from './RoleHolders';

const PAGE_SIZE = 10;

type Row = ComponentPersonaRole & { id: string };

function columnsOf(t: PersonaTranslate, entityRef: string): TableColumn<Row>[] {
  return [
    {
      title: t('rolesTable.persona'),
      highlight: true,
      render: role => (
        <PersonaRefLink
          entityRef={role.persona.ref}
          title={role.persona.title}
        />
      ),
    },
    { title: t('rolesTable.type'), render: role => role.persona.type },
    {
      title: t('rolesTable.holders'),
      render: role => <RoleHolders entityRef={entityRef} role={role} />,
    },
    {
      title: t('rolesTable.via'),
      render: role => <ViaChips via={role.via} selectors={role.selectors} />,
    },
  ];
}

/**
 * The personas of one mode of a component, with their holders (of the
 * viewed entity `entityRef`, whose view may have cut them short). When the
 * view cut the personas short (`page`), "Show more" under the table adds
 * the next page of them.
 */
export function ComponentRolesTable(props: {
  title: string;
  entityRef: string;
  roles: ComponentPersonaRole[];
  page?: PersonaListPage;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object, so keep them between renders
  const columns = useMemo(
    () => columnsOf(t, props.entityRef),
    [t, props.entityRef],
  );
  const pages = useViewListPages(props.entityRef, props.roles, props.page);
  // and its state per row: the rows too, so a cell's loaded holders stay
  const rows = useMemo(
    () => pages.items.map(role => ({ ...role, id: role.persona.ref })),
    [pages.items],
  );
  const paged = pages.items.length > PAGE_SIZE;
  return (
    <ViewTitlesProvider titles={pages.titles}>
      <Table<Row>
        title={props.title}
        columns={columns}
        // a persona appears once per mode: its ref is the row's id
        data={rows}
        options={{
          paging: paged,
          pageSize: PAGE_SIZE,
          search: false,
          padding: 'dense',
        }}
      />
      <ShowMoreButton pages={pages} />
    </ViewTitlesProvider>
  );
}
