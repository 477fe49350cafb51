import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { personaTranslationRef } from '../../translation';
import { FrameworkGroup, personaTitle } from '../CoverageLabels';
import { classNames, useMatrixStyles } from './useMatrixStyles';

/**
 * The two header rows of the matrix, both sticky: the frameworks, each over
 * its personas, and the personas; the team column header spans both.
 */
export function MatrixHead(props: {
  groups: FrameworkGroup[];
  scrolled: boolean;
}) {
  const { groups, scrolled } = props;
  const classes = useMatrixStyles();
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <TableHead>
      <TableRow>
        <TableCell
          rowSpan={2}
          className={classNames(
            classes.sticky,
            classes.team,
            classes.corner,
            classes.words,
            {
              [classes.scrolled]: scrolled,
            },
          )}
        >
          {t('matrix.team')}
        </TableCell>
        {groups.map(group => (
          <TableCell
            key={group.framework ?? ''}
            colSpan={group.personas.length}
            scope="colgroup"
            className={classNames(classes.sticky, classes.group)}
          >
            {group.label ?? t('matrix.noFramework')}
          </TableCell>
        ))}
      </TableRow>
      <TableRow>
        {groups.flatMap(group =>
          group.personas.map((persona, index) => (
            <TableCell
              key={persona.ref}
              scope="col"
              className={classNames(
                classes.sticky,
                classes.persona,
                classes.words,
                {
                  [classes.groupStart]: index === 0,
                },
              )}
            >
              <EntityRefLink
                entityRef={persona.ref}
                title={personaTitle(persona)}
              />
            </TableCell>
          )),
        )}
      </TableRow>
    </TableHead>
  );
}
