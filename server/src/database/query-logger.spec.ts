import { describe, expect, it } from '@jest/globals';
import { ParameterFreeLogger } from './query-logger.js';

describe('ParameterFreeLogger', () => {
  it('logs a failing statement without its parameters', () => {
    const lines: string[] = [];
    const logger = new ParameterFreeLogger({ write: (_level, message) => lines.push(message) });
    logger.logQueryError(new Error('boom'), 'INSERT INTO t (ref)\n   VALUES ($1)', ['010190-123A']);
    expect(lines).toEqual(['query failed: boom\n  INSERT INTO t (ref) VALUES ($1)']);
  });

  it('shortens long statements and can leave migrations out', () => {
    const lines: string[] = [];
    const logger = new ParameterFreeLogger({
      write: (_level, message) => lines.push(message),
      migrations: false,
    });
    logger.logQuerySlow(1200, `SELECT ${'x, '.repeat(400)}1`);
    logger.logMigration('Migration X has been executed');
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('…')).toBe(true);
  });
});
