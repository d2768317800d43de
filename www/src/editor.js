// The YAML editor: CodeMirror 6 (basicSetup: line numbers, bracket matching, indent on
// input, search, history…) with YAML highlighting and live diagnostics from
// Playground.validate(), debounced 250 ms, at the reported 1-based line/column.

import { EditorView } from "codemirror";
import { EditorState, Prec } from "@codemirror/state";
import {
  keymap,
  lineNumbers,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
  dropCursor,
  rectangularSelection,
  crosshairCursor,
  highlightActiveLine,
} from "@codemirror/view";
import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { yaml } from "@codemirror/lang-yaml";
import { linter, lintGutter, lintKeymap, forEachDiagnostic, forceLinting } from "@codemirror/lint";
import { HighlightStyle, syntaxHighlighting, indentUnit, foldGutter, indentOnInput, bracketMatching, foldKeymap } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

// codemirror's basicSetup without autocompletion (nothing to complete in a manifest yet):
// line numbers, folding, history, bracket matching/closing, indent on input, search, lint keys.
const setup = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  foldGutter(),
  drawSelection(),
  dropCursor(),
  EditorState.allowMultipleSelections.of(true),
  indentOnInput(),
  bracketMatching(),
  closeBrackets(),
  rectangularSelection(),
  crosshairCursor(),
  highlightActiveLine(),
  highlightSelectionMatches(),
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
];

// Colours come from CSS variables so one editor serves both themes.
const theme = EditorView.theme({
  "&": { height: "100%", color: "var(--fg)", backgroundColor: "var(--bg-panel)", fontSize: "13px" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.45" },
  ".cm-content": { caretColor: "var(--fg)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)" },
  ".cm-gutters": { backgroundColor: "var(--bg-panel)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "var(--active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--active-line)", color: "var(--fg)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "var(--selection)" },
  ".cm-selectionMatch": { backgroundColor: "var(--selection-match)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--selection-match)", outline: "1px solid var(--muted)" },
  ".cm-panels": { backgroundColor: "var(--bg-sunken)", color: "var(--fg)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--border)" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid var(--border)" },
  ".cm-textfield, .cm-button": { font: "inherit", fontSize: "12px" },
  ".cm-tooltip": { backgroundColor: "var(--bg-raised)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-tooltip-lint": { fontFamily: "var(--mono)", fontSize: "12px", maxWidth: "42em" },
  ".cm-diagnostic-error": { borderLeftColor: "var(--err)" },
  ".cm-diagnostic-warning": { borderLeftColor: "var(--warn)" },
  ".cm-searchMatch": { backgroundColor: "var(--search-match)", outline: "1px solid var(--warn)" },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: "var(--selection)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--bg-sunken)", border: "1px solid var(--border)", color: "var(--muted)" },
});

const highlight = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: "var(--syn-key)" },
  { tag: [t.string, t.special(t.string), t.content], color: "var(--syn-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--syn-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--syn-comment)", fontStyle: "italic" },
  { tag: [t.keyword, t.meta, t.processingInstruction, t.labelName], color: "var(--syn-meta)" },
  { tag: [t.punctuation, t.separator, t.brace, t.squareBracket, t.operator], color: "var(--syn-punct)" },
  { tag: [t.typeName, t.tagName], color: "var(--syn-meta)" },
  { tag: t.invalid, color: "var(--err)" },
]);

/** A 1-based (line, column) diagnostic → a CodeMirror range covering the token there. */
export function diagnosticRange(doc, d) {
  const lineNo = Math.min(Math.max(1, d.line | 0), doc.lines);
  const line = doc.line(lineNo);
  const from = Math.min(line.from + Math.max(0, (d.column | 0) - 1), line.to);
  let to = from;
  const text = line.text;
  let i = from - line.from;
  // To the end of the token (a key stops at its colon).
  while (i < text.length && !/[\s:,\]}]/.test(text[i])) i++;
  to = line.from + i;
  if (to === from) {
    if (from < line.to) to = from + 1;
    else if (line.text.length > 0) return { from: Math.max(line.from, from - 1), to: line.to };
  }
  return { from, to };
}

/**
 * @param {HTMLElement} parent
 * @param {{ doc: string, validate: (text: string) => any[], onApply: () => void,
 *           onChange: (text: string) => void, onDiagnostics: (diags: any[]) => void }} opts
 */
export function createEditor(parent, opts) {
  const lint = linter(
    (view) => {
      const text = view.state.doc.toString();
      let diags;
      try {
        diags = opts.validate(text);
      } catch (err) {
        diags = [{ line: 1, column: 1, severity: "error", message: `validation failed: ${err.message}` }];
      }
      opts.onDiagnostics(diags, text);
      return diags.map((d) => ({
        ...diagnosticRange(view.state.doc, d),
        severity: d.severity === "warning" ? "warning" : "error",
        message: `${d.line}:${d.column}: ${d.message}`,
        source: "kubeplay",
      }));
    },
    { delay: 250 },
  );

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.doc,
      extensions: [
        setup,
        yaml(),
        indentUnit.of("  "),
        EditorState.tabSize.of(2),
        syntaxHighlighting(highlight),
        theme,
        lint,
        lintGutter(),
        // Tab indents; Escape then Tab (or Shift-Tab) leaves the editor (no keyboard trap).
        keymap.of([indentWithTab]),
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: () => (opts.onApply(), true) },
            { key: "Mod-s", run: () => (opts.onApply(), true), preventDefault: true },
          ]),
        ),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) opts.onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ "aria-label": "YAML manifest editor", "aria-describedby": "editor-help" }),
      ],
    }),
  });

  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** Moves the cursor to a 1-based line/column and focuses the editor. */
    goTo(line, column = 1) {
      const r = diagnosticRange(view.state.doc, { line, column });
      view.dispatch({ selection: { anchor: r.from, head: r.to }, scrollIntoView: true });
      view.focus();
    },
    focus() {
      view.focus();
    },
    /** Validates again now (the cluster changed, the text did not). */
    relint() {
      forceLinting(view);
    },
    diagnosticCount() {
      let n = 0;
      forEachDiagnostic(view.state, () => n++);
      return n;
    },
  };
}
