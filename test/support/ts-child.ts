// Runs a TypeScript module of this repository in a separate Node process: tests that need a real second
// process (the data-folder lock) or another time zone (TZ is read at process start) use it.
// The module and its relative imports are transpiled (no type check) into a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ES2022,
  target: ts.ScriptTarget.ES2023,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
};

export interface TsChild {
  readonly process: ChildProcess;
  /** Resolves with the exit code and everything the child wrote. */
  readonly exited: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
  /** Resolves with the first stdout line that satisfies the predicate. */
  waitForLine(predicate: (line: string) => boolean): Promise<string>;
}

let outDir: string | undefined;

/** Starts `node <entry>` where entry is a repository-relative .ts path. */
export function runTsChild(entry: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): TsChild {
  const script = transpileGraph(resolve(repoRoot, entry));
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners: ((text: string) => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const listener of listeners) listener(stdout);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((done) => child.on('exit', (code, signal) => done({ code, signal, stdout, stderr })));
  const waitForLine = (predicate: (line: string) => boolean) =>
    new Promise<string>((found, failed) => {
      const check = (text: string) => {
        const line = text.split('\n').find(predicate);
        if (line !== undefined) found(line);
      };
      listeners.push(check);
      check(stdout);
      void exited.then((result) =>
        failed(new Error(`child exited (${result.code}) first:\n${result.stderr}`)),
      );
    });
  return { process: child, exited, waitForLine };
}

/** Removes the transpiled files (call once, after all children have exited). */
export function cleanUpTsChildren(): void {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = undefined;
}

function transpileGraph(entry: string): string {
  outDir ??= prepareOutDir();
  const pending = [entry];
  const done = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, 'utf8');
    const output = ts.transpileModule(source, { compilerOptions, fileName: file }).outputText;
    const target = join(outDir, relative(repoRoot, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
    pending.push(...relativeImports(source).map((specifier) => resolveSource(file, specifier)));
  }
  return join(outDir, relative(repoRoot, entry)).replace(/\.ts$/, '.js');
}

function prepareOutDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tuotteisto-child-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function relativeImports(source: string): string[] {
  const found = source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g);
  return [...found].map((match) => match[1]);
}

function resolveSource(from: string, specifier: string): string {
  return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
}
