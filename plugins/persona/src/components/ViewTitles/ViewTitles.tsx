import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { createContext, Fragment, ReactNode, useContext } from 'react';

const ViewTitlesContext = createContext<Record<string, string>>({});

/**
 * Makes the display names a view carries (`titles`) available to the links
 * inside it, so that owners, holders and provenances read as titles at once,
 * without asking the catalog for each of them.
 */
export function ViewTitlesProvider(props: {
  titles?: Record<string, string>;
  children: ReactNode;
}) {
  const outer = useContext(ViewTitlesContext);
  return (
    <ViewTitlesContext.Provider value={{ ...outer, ...props.titles }}>
      {props.children}
    </ViewTitlesContext.Provider>
  );
}

/** The display name the view gave a User or Group, if any. */
export function useViewTitle(entityRef: string): string | undefined {
  return useContext(ViewTitlesContext)[entityRef];
}

/**
 * A link to an entity, labelled with the title its view gave it — or, when
 * the view gave none, with what the catalog's entity presentation says.
 */
export function TitledRefLink(props: {
  entityRef: string;
  defaultKind?: string;
}) {
  const title = useViewTitle(props.entityRef);
  return (
    <EntityRefLink
      entityRef={props.entityRef}
      title={title}
      defaultKind={props.defaultKind}
    />
  );
}

/** Several {@link TitledRefLink}s, separated by commas. */
export function TitledRefLinks(props: {
  entityRefs: string[];
  defaultKind?: string;
}) {
  return (
    <>
      {props.entityRefs.map((ref, index) => (
        <Fragment key={ref}>
          {index > 0 && ', '}
          <TitledRefLink entityRef={ref} defaultKind={props.defaultKind} />
        </Fragment>
      ))}
    </>
  );
}
