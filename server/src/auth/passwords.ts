import bcrypt from 'bcryptjs';
import { DomainError } from '../common/errors/domain-error.js';

export const PASSWORD_MIN_LENGTH = 12;
/** bcrypt reads only the first 72 bytes: a longer password would silently lose its tail. */
export const PASSWORD_MAX_BYTES = 72;
/** ~0.4 s per hash with bcryptjs on a small server: slow for guessing, fine for a sign-in. */
const COST = 12;

/**
 * Compared against when the user does not exist, so an unknown name takes as long as a wrong password.
 * A cost-12 hash of a throw-away text, written out to spare computing it at start.
 */
const DUMMY_HASH = '$2b$12$gVFQ.E2UJ8zeGl4DiQ1kLetr/Pii4jMokSagzvO4H6vdFBEFUcINK';

export function passwordProblem(password: string): string | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) {
    return `must be at most ${PASSWORD_MAX_BYTES} bytes long (bcrypt ignores the rest)`;
  }
  if (password.trim() !== password) return 'must not begin or end with a space';
  return undefined;
}

/** Checks the policy (400 on the `password` field) and hashes. */
export async function hashPassword(password: string, field = 'password'): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError('VALIDATION_FAILED', `${field}: ${problem}`, { [field]: problem });
  return bcrypt.hash(password, COST);
}

/** True when the password matches; without a hash (unknown user) it spends the same time and says no. */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && hash !== undefined;
}
