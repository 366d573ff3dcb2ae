import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The MySQL pass's jest filter (`jest --filter`, given by test-on-mysql.ts):
 * leaves out the test files that would run nothing there, so that pass does
 * not load a file only to skip every test in it (about a second each, for
 * some fifty files).
 *
 * Tests are declared by a file's top-level statements. A file is left out
 * only when every top-level statement that is not a declaration (imports,
 * functions, classes, types, constants) is a call of a describe the MySQL
 * pass skips: `describeWithoutDatabase`, `describeInBrowserOnce`, or
 * `describeInBrowser` told in so many words `layoutOnly: true` or
 * `mysqlPass: false` (test/support). Anything else there — a plain
 * `describe` or `it`, a hook, a shared contract's helper, a describe chosen
 * at run time — keeps the file in.
 */
const SKIPPED_ON_MYSQL = new Set(["describeWithoutDatabase", "describeInBrowserOnce"]);

/** Whether `describeInBrowser(name, tests, options)` is told, in literal words, to run in the first pass only. */
function browserTestsOnce(call: ts.CallExpression): boolean {
  const options = call.arguments[2];
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  return options.properties.some(
    (property) =>
      ts.isPropertyAssignment(property) &&
      ts.isIdentifier(property.name) &&
      ((property.name.text === "layoutOnly" && property.initializer.kind === ts.SyntaxKind.TrueKeyword) ||
        (property.name.text === "mysqlPass" && property.initializer.kind === ts.SyntaxKind.FalseKeyword)),
  );
}

function skippedOnMysql(statement: ts.Statement): boolean {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return false;
  const call = statement.expression;
  if (!ts.isIdentifier(call.expression)) return false;
  const name = call.expression.text;
  return SKIPPED_ON_MYSQL.has(name) || (name === "describeInBrowser" && browserTestsOnce(call));
}

function declaration(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isVariableStatement(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEmptyStatement(statement)
  );
}

/** True when a test file, as written, declares tests only in describes the MySQL pass skips. */
function runsNothingOnMysql(fileName: string, source: string): boolean {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const running = file.statements.filter((statement) => !declaration(statement));
  return running.length > 0 && running.every(skippedOnMysql);
}

/** jest's filter: every test file but those that would run nothing in the MySQL pass. */
async function mysqlPassFilter(testPaths: string[]): Promise<{ filtered: { test: string }[] }> {
  const left = testPaths.filter((test) => runsNothingOnMysql(test, fs.readFileSync(test, "utf8")));
  if (left.length > 0) {
    const names = left.map((test) => path.basename(test)).sort();
    process.stderr.write(`MySQL pass: ${left.length} test files run nothing on MySQL and are not loaded: ${names.join(", ")}\n`);
  }
  return { filtered: testPaths.filter((test) => !left.includes(test)).map((test) => ({ test })) };
}

// jest requires the filter's module and calls what it exports
export = Object.assign(mysqlPassFilter, { runsNothingOnMysql });
