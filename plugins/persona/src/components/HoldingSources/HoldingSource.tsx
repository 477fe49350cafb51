import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonaHoldingSource } from '@platform-personas/backstage-plugin-persona-common';

/** One way of holding a persona, in words, with links to the groups involved. */
export function HoldingSource(props: { source: PersonaHoldingSource }) {
  const { source } = props;
  switch (source.type) {
    case 'direct':
      return <>Held directly</>;
    case 'inherited':
      return (
        <>
          Inherited from parent group <EntityRefLink entityRef={source.from} />
        </>
      );
    case 'membership':
      return (
        <>
          Through membership of <EntityRefLink entityRef={source.group} />
          {source.from !== source.group && (
            <>
              {' '}
              (inherited from <EntityRefLink entityRef={source.from} />)
            </>
          )}
        </>
      );
    default:
      return null;
  }
}
