import { makeStyles } from '@material-ui/core/styles';

/** The height of the framework row, under which the persona row sticks. */
export const GROUP_ROW_HEIGHT = 36;

/**
 * The matrix scrolls inside its own box, both ways, so that its header
 * sticks to the top and its team column to the left; borders are separate
 * so that sticky cells keep theirs.
 */
export const useMatrixStyles = makeStyles(
  theme => ({
    frame: { position: 'relative' },
    scroller: {
      overflow: 'auto',
      maxHeight: 'calc(100vh - 240px)',
      minHeight: 160,
      scrollbarWidth: 'thin',
      scrollbarColor: `${theme.palette.text.disabled} transparent`,
      '&::-webkit-scrollbar': { width: 10, height: 10 },
      '&::-webkit-scrollbar-thumb': {
        background: theme.palette.text.disabled,
        borderRadius: 5,
      },
    },
    table: { borderCollapse: 'separate', borderSpacing: 0 },
    sticky: {
      position: 'sticky',
      backgroundColor: theme.palette.background.paper,
    },
    // whole words wrap, never syllables
    words: {
      '&, & *': {
        overflowWrap: 'normal',
        wordBreak: 'normal',
        hyphens: 'manual',
      },
    },
    team: {
      left: 0,
      zIndex: 2,
      minWidth: 200,
      maxWidth: 280,
      borderRight: `1px solid ${theme.palette.divider}`,
      // opaque, in the colour of the row's stripe
      'tbody tr:nth-of-type(odd) > &': {
        backgroundColor: theme.palette.background.default,
      },
      [theme.breakpoints.down('xs')]: { minWidth: 128, maxWidth: 150 },
    },
    scrolled: { boxShadow: `4px 0 6px -4px ${theme.palette.text.disabled}` },
    corner: { top: 0, zIndex: 4, verticalAlign: 'bottom' },
    group: {
      top: 0,
      zIndex: 3,
      height: GROUP_ROW_HEIGHT,
      boxSizing: 'border-box',
      whiteSpace: 'nowrap',
      fontWeight: 700,
      borderLeft: `1px solid ${theme.palette.divider}`,
    },
    persona: {
      top: GROUP_ROW_HEIGHT,
      zIndex: 3,
      minWidth: 128,
      maxWidth: 176,
      verticalAlign: 'bottom',
    },
    groupStart: { borderLeft: `1px solid ${theme.palette.divider}` },
    hintText: {
      display: 'block',
      textAlign: 'right',
      padding: theme.spacing(0.5, 2),
    },
    hint: {
      position: 'absolute',
      top: 0,
      right: 0,
      bottom: 0,
      width: 32,
      pointerEvents: 'none',
      zIndex: 5,
      background: `linear-gradient(to right, transparent, ${theme.palette.background.paper})`,
    },
  }),
  { name: 'PersonaCoverageMatrix' },
);

/** The class names whose condition holds, as one `className`. */
export function classNames(
  ...names: Array<string | Record<string, boolean>>
): string {
  return names
    .flatMap(name =>
      typeof name === 'string'
        ? [name]
        : Object.keys(name).filter(key => name[key]),
    )
    .join(' ');
}
