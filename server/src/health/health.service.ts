import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ENGINE_VERSION } from '../costing/domain/costing-case.js';

export class HealthStatus {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'embedded', enum: ['embedded', 'server'] }) database: 'embedded' | 'server';
  @ApiProperty({ example: '20260101000000-Initial' }) latestMigration: string;
  @ApiProperty({ example: '1.0.0' }) engineVersion: string;
}

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async status(): Promise<HealthStatus> {
    const [latest] = await this.dataSource.query<{ name: string }[]>(
      'SELECT name FROM migrations ORDER BY "timestamp" DESC LIMIT 1',
    );
    const [{ version }] = await this.dataSource.query<{ version: string }[]>('SELECT version()');
    return {
      status: 'ok',
      database: version.includes('PGlite') ? 'embedded' : 'server',
      latestMigration: latest?.name ?? '',
      engineVersion: ENGINE_VERSION,
    };
  }
}
