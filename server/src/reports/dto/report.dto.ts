import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReportColumnDto {
  @ApiProperty({ example: 'clientHours' }) key: string;
  @ApiProperty({ example: 'Asiakastyö yhteensä h', description: 'the column header of the exports' })
  label: string;
  @ApiProperty({
    enum: ['text', 'integer', 'hours', 'money', 'percent', 'date'],
    description: 'hours, money, percent: decimal strings; integer: a number; date: "2025-01-01"',
  })
  type: string;
}

export class PeriodDto {
  @ApiProperty({ example: '2025-01-01' }) from: string;
  @ApiProperty({ example: '2025-12-31' }) to: string;
}

export class PriceOriginDto {
  @ApiProperty({ enum: ['run'], description: "issue 4 adds 'price-list'" }) kind: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'TP' }) costVersion: string;
  @ApiProperty({ example: 'base' }) scenario: string;
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty() finishedAt: string;
  @ApiProperty({ description: "SHA-256 of the run's result" }) outputHash: string;
}

const CELLS_DESCRIPTION = 'column key → value: a decimal string, an integer, a date string or null';

/** Every report: a typed table, its filters, period, price sources and notes. */
export class ReportDto {
  @ApiProperty({ example: 'working-time' }) report: string;
  @ApiProperty({ example: 'Työaika 2025-01-01–2025-12-31' }) title: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) filters: Record<string, unknown>;
  @ApiPropertyOptional({ type: PeriodDto }) period?: PeriodDto;
  @ApiPropertyOptional({ type: [PriceOriginDto], description: 'where the prices came from' })
  priceSources?: PriceOriginDto[];
  @ApiProperty({ type: [String] }) notes: string[];
  @ApiProperty({ type: [ReportColumnDto] }) columns: ReportColumnDto[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: CELLS_DESCRIPTION,
  })
  rows: Record<string, string | number | null>[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `the totals row, when the report has one (${CELLS_DESCRIPTION})`,
  })
  totals?: Record<string, string | number | null>;
}
