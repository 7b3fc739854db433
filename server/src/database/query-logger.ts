// TypeORM's loggers print a failing statement with its parameters. Parameters may carry imported personal
// data, so this one logs statements and errors only, never parameter values.
import type { Logger } from 'typeorm';

export type LogWriter = (level: 'error' | 'warn' | 'log', message: string) => void;

const toConsole: LogWriter = (level, message) => console[level](message);

export interface ParameterFreeLoggerOptions {
  readonly write?: LogWriter;
  /** Log each migration as it runs (default true). */
  readonly migrations?: boolean;
}

export class ParameterFreeLogger implements Logger {
  private readonly write: LogWriter;
  private readonly logMigrations: boolean;

  constructor(options: ParameterFreeLoggerOptions = {}) {
    this.write = options.write ?? toConsole;
    this.logMigrations = options.migrations ?? true;
  }

  logQuery(): void {}

  /** The parameters are accepted and deliberately dropped. */
  logQueryError(error: string | Error, query: string, _parameters?: unknown): void {
    const message = typeof error === 'string' ? error : error.message;
    this.write('error', `query failed: ${message}\n  ${abbreviate(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.write('warn', `slow query (${time} ms): ${abbreviate(query)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.logMigrations) this.write('log', message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.write(level === 'warn' ? 'warn' : 'log', String(message));
  }
}

function abbreviate(query: string): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return oneLine.length > 500 ? `${oneLine.slice(0, 500)}…` : oneLine;
}
