import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { Worker } from '../organization/entities/worker.entity.js';
import type { SignedInUser } from './current-user.js';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';
import { User } from './entities/user.entity.js';
import { hashPassword } from './passwords.js';

/** Local users, kept by administrators. Users are deactivated, never deleted: the audit log names them. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { username: 'ASC' } });
  }

  async get(username: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ username });
    if (!user) throw notFound(`User "${username}"`);
    return user;
  }

  async create(input: CreateUserDto): Promise<User> {
    await this.checkWorker(input.workerCode);
    const passwordHash = await hashPassword(input.password);
    const { username, displayName, roles } = input;
    try {
      await this.dataSource
        .getRepository(User)
        .insert({ username, displayName, roles, passwordHash, workerCode: input.workerCode ?? null });
    } catch (error) {
      if (isUniqueViolation(error)) throw usernameTaken(username);
      throw error;
    }
    return this.get(username);
  }

  /** Roles, name, worker link, active. An administrator cannot lock themself out, nor leave no administrator. */
  async update(username: string, change: UpdateUserDto, by: SignedInUser): Promise<User> {
    await this.checkWorker(change.workerCode);
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, username);
      const next = { ...user, ...withoutUndefined(change) };
      if (user.roles.includes('admin') && user.active && !(next.roles.includes('admin') && next.active)) {
        if (username === by.username) throw selfLockout();
        await assertAnotherAdmin(manager, username);
      }
      const { displayName, roles, workerCode, active } = next;
      await manager.getRepository(User).update({ username }, { displayName, roles, workerCode, active });
      return manager.getRepository(User).findOneByOrFail({ username });
    });
  }

  /** Sets a new password; every session opened with the old one ends. */
  async resetPassword(username: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const result = await this.dataSource
      .getRepository(User)
      .update({ username }, { passwordHash, passwordChangedAt: () => 'clock_timestamp()' });
    if (result.affected === 0) throw notFound(`User "${username}"`);
  }

  private async checkWorker(workerCode: string | null | undefined): Promise<void> {
    if (!workerCode) return;
    if (await this.dataSource.getRepository(Worker).existsBy({ code: workerCode })) return;
    const problem = `unknown worker "${workerCode}"`;
    throw new DomainError('VALIDATION_FAILED', `workerCode: ${problem}`, { workerCode: problem });
  }
}

async function lockUser(manager: EntityManager, username: string): Promise<User> {
  const user = await manager
    .getRepository(User)
    .findOne({ where: { username }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw notFound(`User "${username}"`);
  return user;
}

async function assertAnotherAdmin(manager: EntityManager, username: string): Promise<void> {
  // Locking the other administrators' rows: two of them cannot demote each other at the same moment.
  const others: unknown[] = await manager.query(
    `SELECT username FROM users WHERE active AND 'admin' = ANY (roles) AND username <> $1 FOR UPDATE`,
    [username],
  );
  if (others.length > 0) return;
  throw new DomainError(
    'CONFLICT',
    `User "${username}" is the last active administrator: appoint another first`,
  );
}

function selfLockout(): DomainError {
  return new DomainError(
    'CONFLICT',
    'You cannot take away your own administrator role or deactivate yourself: ask another administrator',
  );
}

function usernameTaken(username: string): DomainError {
  const problem = `user "${username}" already exists`;
  return new DomainError('CONFLICT', `username: ${problem}`, { username: problem });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
