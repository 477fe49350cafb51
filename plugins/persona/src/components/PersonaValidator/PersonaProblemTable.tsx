import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { problemPosition } from './problemReport';

/**
 * The problems of the text, one row each: the document (counted from 1),
 * `line:column` — a button that moves the caret there —, the JSON path and
 * what is wrong.
 */
export function PersonaProblemTable(props: {
  problems: PersonaProblem[];
  onSelect: (problem: PersonaProblem) => void;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Table size="small" aria-label={t('validator.problems')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('validator.document')}</TableCell>
          <TableCell>{t('validator.position')}</TableCell>
          <TableCell>{t('validator.path')}</TableCell>
          <TableCell>{t('validator.message')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.problems.map((problem, index) => (
          <TableRow key={index}>
            <TableCell>{problem.document + 1}</TableCell>
            <TableCell>
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
            </TableCell>
            <TableCell>
              <code>{problem.path}</code>
            </TableCell>
            <TableCell>{problem.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
