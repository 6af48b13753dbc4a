import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { auditActionLabels, auditActionLabel, auditEntityLabels, isAuditAction } from './audit-actions.ts';
import { caseActions } from './cases.ts';
import { reportActions, taskActions } from './programmes.ts';

/**
 * Reads every audit entry the server writes (an object literal with `action` and `entityType`, or
 * `entity_type` for rows tagged directly) and works out each code it can carry, so that a code
 * written anywhere without a label in the table fails here, whatever the type checker was told.
 */

const srcDir = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'web' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** What `${x.type}` stands for after each prefix: the command types of the workflows. */
const families: Record<string, readonly string[]> = {
  'case.': caseActions,
  'task.': taskActions,
  'report.': reportActions,
};

interface Found {
  codes: string[];
  unread: string[];
}

function propertyNamed(object: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined {
  return object.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
  );
}

function codesOf(expression: ts.Node, where: string, found: Found): void {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    found.codes.push(expression.text);
  } else if (ts.isParenthesizedExpression(expression)) {
    codesOf(expression.expression, where, found);
  } else if (ts.isConditionalExpression(expression)) {
    codesOf(expression.whenTrue, where, found);
    codesOf(expression.whenFalse, where, found);
  } else if (ts.isTemplateExpression(expression) && expression.templateSpans.length === 1) {
    const span = expression.templateSpans[0]!;
    const prefix = expression.head.text;
    const values = span.literal.text === '' ? valuesOf(span.expression, prefix) : null;
    if (values) found.codes.push(...values.map((value) => `${prefix}${value}`));
    else found.unread.push(where);
  } else if (ts.isIdentifier(expression)) {
    const declaration = declarationOf(expression.text, expression);
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
      codesOf(declaration.initializer, where, found);
    else if (declaration && ts.isParameter(declaration) && declaration.type) codesOf(declaration.type, where, found);
    else found.unread.push(where);
  } else if (ts.isUnionTypeNode(expression)) {
    for (const member of expression.types) codesOf(member, where, found);
  } else if (ts.isLiteralTypeNode(expression) && ts.isStringLiteral(expression.literal)) {
    found.codes.push(expression.literal.text);
  } else {
    found.unread.push(where);
  }
}

/** The values a template's one placeholder takes: a literal-typed parameter, or a workflow's command type. */
function valuesOf(expression: ts.Expression, prefix: string): readonly string[] | null {
  if (ts.isIdentifier(expression)) {
    const inner: Found = { codes: [], unread: [] };
    codesOf(expression, '', inner);
    return inner.unread.length === 0 ? inner.codes : null;
  }
  if (ts.isPropertyAccessExpression(expression) && expression.name.text === 'type') return families[prefix] ?? null;
  return null;
}

/** The declaration a name refers to at a place: the nearest enclosing parameter or variable of that name. */
function declarationOf(name: string, at: ts.Node): ts.Node | undefined {
  for (let scope: ts.Node | undefined = at.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (parameter) return parameter;
    }
    if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const variable = statement.declarationList.declarations.find(
          (d) => ts.isIdentifier(d.name) && d.name.text === name,
        );
        if (variable) return variable;
      }
    }
  }
  return undefined;
}

function auditCodesInSources(): Found & { sites: number } {
  const found: Found = { codes: [], unread: [] };
  let sites = 0;
  for (const path of sourceFiles(srcDir)) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('entityType') && !text.includes('entity_type')) continue;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const action = propertyNamed(node, 'action');
        // A property read (`entry.action`, `row.action`) copies a code written elsewhere, and a call
        // (`Type.String()`) defines a schema: neither writes a code of its own.
        const writes =
          action && !ts.isPropertyAccessExpression(action.initializer) && !ts.isCallExpression(action.initializer);
        if (writes && (propertyNamed(node, 'entityType') || propertyNamed(node, 'entity_type'))) {
          const { line } = file.getLineAndCharacterOfPosition(action.getStart());
          sites += 1;
          codesOf(action.initializer, `${relative(srcDir, path)}:${line + 1}`, found);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { ...found, sites };
}

describe('audit action labels', () => {
  const { codes, unread, sites } = auditCodesInSources();

  it('reads the code of every audit entry in the sources', () => {
    expect(unread).toEqual([]);
    expect(sites).toBeGreaterThan(50);
    expect(codes).toEqual(expect.arrayContaining(['task.create', 'case.submit', 'auth.failed', 'case.dispatch']));
  });

  it('has a Chinese and an English label for every code written anywhere', () => {
    const missing = [...new Set(codes)].filter((code) => !isAuditAction(code)).sort();
    expect(missing).toEqual([]);
  });

  it('labels each code in both languages, the two differing', () => {
    for (const [code, label] of Object.entries(auditActionLabels)) {
      expect(label.zh, code).toMatch(/\p{Script=Han}/u);
      expect(label.en, code).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
    for (const [type, label] of Object.entries(auditEntityLabels)) {
      expect(label.zh, type).toMatch(/\p{Script=Han}/u);
      expect(label.en, type).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
  });

  it('gives no label to a code it does not know, so the view shows the code', () => {
    expect(auditActionLabel('task.create', 'en')).toBe('Task created');
    expect(auditActionLabel('task.create', 'zh')).toBe('新增任务');
    expect(auditActionLabel('retired.code', 'en')).toBeNull();
    expect(auditActionLabel('toString', 'en')).toBeNull();
  });
});
