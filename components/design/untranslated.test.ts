/**
 * Keeps English literals out of the views that read their text from locales/en.json: the side
 * panel, the reading list (with import/export and the Save button) and the reader. It parses each
 * file with the TypeScript compiler and reports JSX text, and strings in JSX expressions or in the
 * text attributes (aria-label, title, placeholder, alt), that hold a letter. Strings handed to a
 * call (`t('…')`), compared (`state === 'archived'`) or used as keys are code, not text, and key
 * caps inside <kbd> are names of keys. Strings built outside JSX (a toast set in a handler) are not
 * seen: this catches the common case, not every one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** The folders whose .tsx files must take every user-visible string from t(). */
const LOCALISED_DIRS = ['components/sidepanel', 'components/reading-list', 'entrypoints/sidepanel', 'entrypoints/library', 'entrypoints/reader'];
/** Attributes a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
const LETTER = /\p{L}/u;

interface Finding {
  line: number;
  text: string;
}

const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/**
 * Is this string literal code rather than text: inside a call's arguments (a message key, its
 * substitutions), in a list of values (`['serif', 'sans'].map(…)`), compared, or a key?
 */
function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return true;
  if (ts.isElementAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isCaseClause(parent)) return true;
  for (let child: ts.Node = node, p = node.parent; p && !ts.isJsxExpression(p); child = p, p = p.parent) {
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.some((a) => a === child)) return true;
    if (ts.isArrayLiteralExpression(p)) return true;
  }
  return false;
}

/** String literals with a letter inside an expression shown as text. */
function literalsIn(expression: ts.Node, sf: ts.SourceFile, out: Finding[]): void {
  const visit = (node: ts.Node): void => {
    // A nested element is checked on its own; a function's body is not this expression's text.
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('') : null;
    if (text !== null && LETTER.test(text) && !isCode(node)) {
      out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
}

function insideKbd(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isJsxElement(p)) return p.openingElement.tagName.getText() === 'kbd';
  }
  return false;
}

/** The untranslated text in a TSX source. */
export function untranslated(source: string, name = 'view.tsx'): Finding[] {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text) && !insideKbd(node)) {
      out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.text.trim() });
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      literalsIn(node.expression, sf, out);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) {
        if (LETTER.test(init.text)) out.push({ line: sf.getLineAndCharacterOfPosition(init.getStart(sf)).line + 1, text: init.text });
      } else if (ts.isJsxExpression(init) && init.expression) literalsIn(init.expression, sf, out);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function viewFiles(): string[] {
  return LOCALISED_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'))
      .map((f) => join(ROOT, dir, f)),
  );
}

describe('untranslated text', () => {
  it('finds English in JSX text, text attributes and shown expressions, and leaves code alone', () => {
    const found = untranslated(`
      const a = <p title="Favourite" class="x">Saved {n} articles</p>;
      const b = <button aria-label={busy ? 'Saving…' : t('save')}>{state === 'archived' ? t('a') : \`\${n} left\`}</button>;
      const c = <p data-kind="person" aria-label={t('k', ['name'])}>{t('x')} · <kbd>Enter</kbd> {'←'}</p>;
    `);
    expect(found.map((f) => f.text)).toEqual(['Favourite', 'Saved', 'articles', 'Saving…', ' left']);
  });

  it('no view of the side panel, reading list or reader shows an English literal', () => {
    const files = viewFiles();
    expect(files.length).toBeGreaterThan(10);
    const report = files.flatMap((file) => untranslated(readFileSync(file, 'utf8'), file).map((f) => `${relative(ROOT, file)}:${f.line} ${JSON.stringify(f.text)}`));
    expect(report).toEqual([]);
  });
});
