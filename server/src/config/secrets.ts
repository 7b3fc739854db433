// Secrets that may be generated: created once in the data folder and reused, so pseudonymous client
// keys stay stable across restarts.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATED_SECRET_FILES = {
  PSEUDONYM_KEY: 'pseudonym.key',
  JWT_SECRET: 'jwt.secret',
} as const;

export type GeneratedSecretName = keyof typeof GENERATED_SECRET_FILES;

export function secretsDir(dataDir: string): string {
  return join(dataDir, 'secrets');
}

/** Reads the stored secret, creating it first if absent. Safe when two processes race to create it. */
export function readOrCreateSecret(dataDir: string, name: GeneratedSecretName): string {
  const dir = secretsDir(dataDir);
  const file = join(dir, GENERATED_SECRET_FILES[name]);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails if the file exists: whoever created it first wins and everyone reads that value.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const value = readFileSync(file, 'utf8').trim();
  if (value.length < 32)
    throw new Error(`${file} is corrupt (shorter than 32 characters): delete it or set ${name}`);
  return value;
}
