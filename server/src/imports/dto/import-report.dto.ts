import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DeletedImport,
  ImportBatchSummary,
  ImportKind,
  ImportReport,
  ImportStatus,
  RejectionEntry,
} from '../import-report.js';

export class RejectionDto implements RejectionEntry {
  @ApiProperty({ example: 4, description: '1-based line of the file; 0 for the file as a whole' })
  line: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Kesto min' }) column: string | null;
  @ApiProperty({ example: 'Kesto min: 2000 minutes is more than a day (max 1440)' }) reason: string;
}

export class ImportBatchDto implements ImportBatchSummary {
  @ApiProperty({ format: 'uuid' }) batchId: string;
  @ApiProperty({ enum: ['time', 'ledger'] }) kind: ImportKind;
  @ApiProperty({ enum: ['running', 'completed', 'failed', 'refused', 'deleted'] }) status: ImportStatus;
  @ApiProperty({ example: 'effica-2011.csv' }) fileName: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the file' }) fileSha256: string;
  @ApiProperty({ example: 'effica-time-v1' }) profileCode: string;
  @ApiProperty({ example: 1 }) profileVersion: number;
  @ApiProperty({ description: 'data rows read; always imported + duplicate + rejected when completed' })
  rowsRead: number;
  @ApiProperty() rowsImported: number;
  @ApiProperty({ description: 'rows stored by an earlier import (the same or an overlapping file)' })
  rowsDuplicate: number;
  @ApiProperty() rowsRejected: number;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'why a refused or failed import stored nothing',
  })
  error: string | null;
  @ApiProperty({ example: 'api' }) author: string;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) finishedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) deletedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) deletedBy: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) recordsDeleted: number | null;
}

export class ImportReportDto extends ImportBatchDto implements ImportReport {
  @ApiProperty({
    description: 'time records or cost lines stored from this batch (a Jyväskylä row gives two: TA and TP)',
  })
  recordsStored: number;
  @ApiProperty() rejectionsTotal: number;
  @ApiProperty({ description: 'position of the first rejection of this page' }) rejectionsOffset: number;
  @ApiProperty({ type: [RejectionDto], description: 'a page of the rejections, by line' })
  rejections: RejectionDto[];
}

export class DeletedImportDto implements DeletedImport {
  @ApiProperty({ format: 'uuid' }) batchId: string;
  @ApiProperty({ enum: ['deleted'] }) status: 'deleted';
  @ApiProperty({ description: 'time records or cost lines removed' }) recordsDeleted: number;
}
