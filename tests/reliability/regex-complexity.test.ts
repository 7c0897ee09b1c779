/**
 * Every regular expression written in the source, checked by recheck for backtracking that grows
 * faster than the input (ReDoS). Received documents and pastes reach most of these patterns, and a
 * quadratic one turns a long run of one character into a hang: the fuzzer found such runs three
 * times before this check existed. Patterns built at run time (`new RegExp`) are not literals and
 * are left to the fuzzer and review.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Literal {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--', 'shared', 'electron', 'renderer'], { encoding: 'utf8' });
  return listed.split('\n').filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
}

function regexLiterals(file: string): Literal[] {
  const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(tree);
      const slash = text.lastIndexOf('/');
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      found.push({ where: `${file}:${String(line)}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('regular expressions in the source', { timeout: 600_000 }, () => {
  it('all backtrack in time linear in their input', () => {
    const literals = sourceFiles().flatMap(regexLiterals);
    expect(literals.length).toBeGreaterThan(200);
    const unsafe = literals.flatMap(({ where, source, flags }) => {
      // The verdict must not depend on the machine's load. Seeding and incubation stop by their
      // step limits, not by the clock; the attack (a real match) may take 10 s, not 1 s, before it
      // counts as slow: on a busy machine a linear match took over 1 s and was called polynomial.
      const verdict = checkSync(source, flags, {
        randomSeed: 1,
        timeout: 60_000,
        attackTimeout: 10_000,
        incubationTimeout: null,
        seedingTimeout: null,
      });
      if (verdict.status === 'safe') return [];
      const kind =
        verdict.status === 'vulnerable'
          ? `${verdict.complexity.type}, e.g. ${verdict.attack.pattern}`
          : `not decided (${verdict.error.kind})`;
      return [`${where} /${source}/${flags}: ${kind}`];
    });
    expect(unsafe).toEqual([]);
  });
});
