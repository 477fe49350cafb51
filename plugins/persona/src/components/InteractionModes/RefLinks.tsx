import { Fragment } from 'react';
import { PersonaRefLink } from '../PersonaRefLink';

/** Entity links separated by commas, each titled from `titles` when known. */
export function RefLinks(props: {
  refs: string[];
  titles: Record<string, string>;
}) {
  return (
    <>
      {props.refs.map((ref, index) => (
        <Fragment key={ref}>
          {index > 0 && ', '}
          <PersonaRefLink entityRef={ref} title={props.titles[ref]} />
        </Fragment>
      ))}
    </>
  );
}
