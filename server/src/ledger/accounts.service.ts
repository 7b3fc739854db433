import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalid, notFoundByCode } from '../catalog/shared/master-data-errors.js';
import { toAccountDto, type AccountDto, type AccountFilterDto } from './dto/account.dto.js';
import { Account } from './entities/account.entity.js';

@Injectable()
export class AccountsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: AccountFilterDto): Promise<AccountDto[]> {
    const query = this.accounts().createQueryBuilder('a').orderBy('a.code');
    // starts_with, not LIKE: a prefix is taken literally, "_" and "%" included.
    if (filter.prefix) query.where('starts_with(a.code, :prefix)', { prefix: filter.prefix });
    return (await query.getMany()).map(toAccountDto);
  }

  async get(code: string): Promise<AccountDto> {
    const account = await this.accounts().findOneBy({ code });
    if (!account) throw notFoundByCode('account', code);
    return toAccountDto(account);
  }

  /** Creates the account or renames it: one statement, so concurrent saves cannot collide. */
  async save(code: string, name: string): Promise<AccountDto> {
    if (!/^\S(.*\S)?$/.test(code) || code.length > 64) {
      throw invalid({ code: 'must be a code without leading or trailing spaces, at most 64 characters' });
    }
    await this.dataSource.query(
      `INSERT INTO accounts (code, name) VALUES ($1, $2)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, updated_at = now()`,
      [code, name],
    );
    return this.get(code);
  }

  private accounts() {
    return this.dataSource.getRepository(Account);
  }
}
