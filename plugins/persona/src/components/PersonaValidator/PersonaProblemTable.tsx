import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { PersonaProblemSeverity } from './PersonaProblemSeverity';
import { problemPosition } from './problemReport';

const useStyles = makeStyles(theme => ({
  where: { whiteSpace: 'nowrap', verticalAlign: 'top', width: '1%' },
  problem: { verticalAlign: 'top' },
  path: {
    // long paths wrap at any character, short ones stay whole
    overflowWrap: 'anywhere',
    marginLeft: theme.spacing(1),
  },
}));

/**
 * The problems of the text, one row each: `line:column` — a button that
 * moves the cursor there — and the document (counted from 1); then how bad
 * it is, the JSON path and what is wrong. Two columns, so that it reads on
 * a phone as on a desktop.
 */
export function PersonaProblemTable(props: {
  problems: PersonaProblem[];
  onSelect: (problem: PersonaProblem) => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Table size="small" aria-label={t('validator.problems')}>
      <TableHead>
        <TableRow>
          <TableCell className={classes.where}>
            {t('validator.position')}
          </TableCell>
          <TableCell>{t('validator.message')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.problems.map((problem, index) => (
          <TableRow key={index}>
            <TableCell className={classes.where}>
              {problem.line === undefined ? (
                problemPosition(problem)
              ) : (
                <Button
                  size="small"
                  color="primary"
                  title={t('validator.moveCaret', {
                    line: String(problem.line),
                  })}
                  onClick={() => props.onSelect(problem)}
                >
                  {problemPosition(problem)}
                </Button>
              )}
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                {t('validator.inDocument', {
                  document: String(problem.document + 1),
                })}
              </Typography>
            </TableCell>
            <TableCell className={classes.problem}>
              <Box display="flex" flexWrap="wrap" alignItems="baseline">
                <PersonaProblemSeverity problem={problem} />
                <code className={classes.path}>{problem.path}</code>
              </Box>
              <Typography variant="body2">{problem.message}</Typography>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
