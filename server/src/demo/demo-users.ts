import type { EntityManager } from 'typeorm';
import { User } from '../auth/entities/user.entity.js';
import { hashPassword } from '../auth/passwords.js';
import type { Role } from '../auth/roles.js';
import { demoWorkers } from './generate-time-records.js';

export interface DemoUser {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly workerCode?: string;
}

/**
 * One user per role, with passwords printed in the README: for trying the product on a demo database
 * only. Anyone with the README can sign in with them, so never load the demo into real use.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', password: 'admin-demo-2011', displayName: 'Pääkäyttäjä', roles: ['admin'] },
  {
    username: 'finance',
    password: 'finance-demo-2011',
    displayName: 'Talouden suunnittelija',
    roles: ['finance'],
  },
  { username: 'purchaser', password: 'purchaser-demo-2011', displayName: 'Tilaaja', roles: ['purchaser'] },
  { username: 'provider', password: 'provider-demo-2011', displayName: 'Tuottaja', roles: ['provider'] },
  { username: 'auditor', password: 'auditor-demo-2011', displayName: 'Tarkastaja', roles: ['auditor'] },
  {
    username: 'worker',
    password: 'worker-demo-2011',
    displayName: 'Sosiaalityöntekijä T0001',
    roles: ['worker'],
    // The demo organization's first worker, whose generated time records the worker's reports show.
    workerCode: demoWorkers()[0].code,
  },
];

/** Creates the demo users that do not exist yet; an existing user (and its password) is left alone. */
export async function registerDemoUsers(manager: EntityManager): Promise<void> {
  const users = manager.getRepository(User);
  for (const demo of DEMO_USERS) {
    if (await users.existsBy({ username: demo.username })) continue;
    const passwordHash = await hashPassword(demo.password);
    const { username, displayName, roles } = demo;
    await users.insert({ username, displayName, roles, passwordHash, workerCode: demo.workerCode ?? null });
  }
}
