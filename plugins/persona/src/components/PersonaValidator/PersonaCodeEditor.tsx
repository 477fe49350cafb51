import { StreamLanguage } from '@codemirror/language';
import { yaml } from '@codemirror/legacy-modes/mode/yaml';
import {
  EditorState,
  RangeSetBuilder,
  StateEffect,
  StateField,
} from '@codemirror/state';
import { Decoration, DecorationSet, EditorView } from '@codemirror/view';
import { alpha, useTheme } from '@material-ui/core/styles';
import CodeMirror, { ReactCodeMirrorRef } from '@uiw/react-codemirror';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
} from 'react';
import { PersonaEditorHandle, PersonaEditorProps } from './PersonaYamlEditor';
import { ProblemLine, problemLines } from './problemLines';

const setProblemLines = StateEffect.define<ProblemLine[]>();

function decorate(state: EditorState, lines: ProblemLine[]): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { line, severity, title } of lines) {
    if (line > state.doc.lines) continue;
    builder.add(
      state.doc.line(line).from,
      state.doc.line(line).from,
      Decoration.line({
        class: `cm-persona-${severity}`,
        attributes: { title, 'data-problem': severity },
      }),
    );
  }
  return builder.finish();
}

/** The line decorations of the problems: mapped through edits, replaced by each answer. */
const problemLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setProblemLines)) {
        next = decorate(transaction.state, effect.value);
      }
    }
    return next;
  },
  provide: field => EditorView.decorations.from(field),
});

const yamlLanguage = StreamLanguage.define(yaml);

/**
 * The CodeMirror editor of the validator: YAML highlighting, line numbers,
 * the lines with a problem highlighted (errors and warnings in the theme's
 * colours, the messages as a tooltip), no line wrapping (so that lines are
 * the lines the problems point at). Loaded lazily by `PersonaYamlEditor`.
 */
const PersonaCodeEditor = forwardRef<PersonaEditorHandle, PersonaEditorProps>(
  function CodeEditor(props, ref) {
    const { value, onChange, problems, label, placeholder } = props;
    const theme = useTheme();
    const editor = useRef<ReactCodeMirrorRef>(null);

    useImperativeHandle(ref, () => ({
      goTo(line: number, column = 1) {
        const view = editor.current?.view;
        if (!view) return;
        const { doc } = view.state;
        const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
        const anchor =
          target.from + Math.min(Math.max(column, 1) - 1, target.length);
        view.dispatch({
          selection: { anchor },
          effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
        });
        view.focus();
      },
    }));

    useEffect(() => {
      const view = editor.current?.view;
      if (!view) return;
      view.dispatch({
        effects: setProblemLines.of(
          problemLines(problems, view.state.doc.lines),
        ),
      });
    }, [problems, value]);

    const extensions = useMemo(() => {
      const line = (color: string) => ({
        backgroundColor: alpha(
          color,
          theme.palette.type === 'dark' ? 0.25 : 0.12,
        ),
        boxShadow: `inset 3px 0 0 ${color}`,
      });
      return [
        yamlLanguage,
        problemLineField,
        EditorView.contentAttributes.of({
          'aria-label': label,
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
        EditorView.theme({
          '&': {
            fontSize: theme.typography.body2.fontSize ?? '0.875rem',
            border: `1px solid ${theme.palette.divider}`,
            borderRadius: theme.shape.borderRadius,
          },
          '&.cm-focused': {
            outline: `2px solid ${theme.palette.primary.main}`,
            outlineOffset: '-1px',
          },
          '.cm-scroller': {
            fontFamily: 'monospace',
            lineHeight: 1.5,
          },
          '.cm-persona-error': line(theme.palette.error.main),
          '.cm-persona-warning': line(theme.palette.warning.main),
        }),
      ];
    }, [theme, label]);

    return (
      <CodeMirror
        ref={editor}
        value={value}
        onChange={onChange}
        extensions={extensions}
        placeholder={placeholder}
        theme={theme.palette.type === 'dark' ? 'dark' : 'light'}
        minHeight="420px"
        maxHeight="70vh"
        basicSetup={{
          lineNumbers: true,
          foldGutter: false,
          highlightActiveLine: true,
          autocompletion: false,
          searchKeymap: true,
        }}
        onCreateEditor={view =>
          view.dispatch({
            effects: setProblemLines.of(
              problemLines(problems, view.state.doc.lines),
            ),
          })
        }
      />
    );
  },
);

export default PersonaCodeEditor;
