import { StreamableFile } from '@nestjs/common';
import type { AboutItem } from '../exports/export-table.js';
import { exportTable, type ExportedFile } from '../exports/export-file.js';
import type { ReportFormat } from './dto/report-query.dto.js';
import type { Report } from './report.js';

/**
 * The one export scheme of every report: `?format=json` (default) answers the report as JSON;
 * `?format=csv` and `?format=xlsx` answer the same report as a file to download.
 */
export async function respond(
  report: Promise<Report>,
  format: ReportFormat = 'json',
): Promise<Report | StreamableFile> {
  const answer = await report;
  if (format === 'json') return answer;
  const file = await exportTable({ ...answer, about: aboutReport(answer) }, format, baseName(answer));
  return download(file);
}

export function download(file: ExportedFile): StreamableFile {
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.body.length,
  });
}

function baseName(report: Report): string {
  return report.period ? `${report.report}-${report.period.from}-${report.period.to}` : report.report;
}

/** The "Tiedot" sheet: what the report is, for which filters, and where its prices came from. */
export function aboutReport(report: Report): AboutItem[] {
  const items: AboutItem[] = [{ label: 'Raportti', value: report.title }];
  if (report.period) {
    items.push({ label: 'Alkaen', value: report.period.from, type: 'date' });
    items.push({ label: 'Päättyen', value: report.period.to, type: 'date' });
  }
  for (const [key, value] of Object.entries(report.filters)) {
    if (value !== undefined) items.push({ label: `Rajaus: ${key}`, value: String(value) });
  }
  for (const source of report.priceSources ?? []) {
    items.push({
      label: `Hinnat ${source.year}`,
      value:
        `laskenta-ajo ${source.runId} (${source.costVersion}, ${source.scenario}, ` +
        `valmis ${source.finishedAt}, tulostiiviste ${source.outputHash})`,
    });
  }
  for (const note of report.notes) items.push({ label: 'Huomio', value: note });
  return items;
}
