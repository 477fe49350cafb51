import { personaTitle, titleOf } from '../CoverageLabels';
import { toCsv } from './coverageCsv';
import { WholeCoverage } from './fetchWholeMatrix';

/** The gap kinds as the CSV names them. */
export const GAP_NAMES = {
  personasWithoutHolder: 'Persona without holder',
  uncoveredComponents: 'Uncovered platform component',
  groupsWithoutPersona: 'Group without persona',
} as const;

/**
 * The coverage gaps as CSV, one row per gap: which kind of gap (`Gap`), the
 * entity's ref (`ref`) and title (`Title`; the name humanised where the
 * answer has no title), and for platform components their type and owners.
 */
export function gapsToCsv(coverage: WholeCoverage): string {
  const personas = new Map(coverage.personas.map(p => [p.ref, p]));
  const rows = [
    ...coverage.personasWithoutHolder.map(ref => {
      const persona = personas.get(ref);
      return [
        GAP_NAMES.personasWithoutHolder,
        ref,
        persona ? personaTitle(persona) : titleOf(ref),
        '',
        '',
      ];
    }),
    ...coverage.uncoveredComponents.map(component => [
      GAP_NAMES.uncoveredComponents,
      component.ref,
      titleOf(component.ref, component.title),
      component.type ?? '',
      component.owners.join(' '),
    ]),
    ...coverage.groupsWithoutPersona.map(ref => [
      GAP_NAMES.groupsWithoutPersona,
      ref,
      titleOf(ref),
      '',
      '',
    ]),
  ];
  return toCsv([['Gap', 'ref', 'Title', 'Type', 'Owners'], ...rows]);
}
