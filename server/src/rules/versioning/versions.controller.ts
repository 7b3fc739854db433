import { Body, Controller, Get, Inject, Param, ParseIntPipe, Post, Query, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Audited, type AuditOptions } from '../../audit/audit.decorators.js';
import { Roles } from '../../auth/access.decorators.js';
import { CurrentUser } from '../../auth/current-user.js';
import { DATA_READERS, KEEPERS } from '../../auth/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorBody } from '../../common/errors/error-body.js';
import { DocumentOverviewDto, toDocumentOverviewDto } from '../dto/document-overview.dto.js';
import { SaveVersionDto } from '../dto/save-version.dto.js';
import { toVersionDiffDto, VersionDiffDto } from '../dto/version-diff.dto.js';
import { DiffQueryDto, OnDateQueryDto } from '../dto/version-queries.dto.js';
import { toVersionDto, toVersionSummaryDto, VersionDto, VersionSummaryDto } from '../dto/version.dto.js';
import type { VersionedDocumentsService } from './versioned-documents.service.js';

const versionNumber = new ParseIntPipe({
  exceptionFactory: () =>
    new DomainError('VALIDATION_FAILED', 'version: must be a whole number', {
      version: 'must be a whole number',
    }),
});

export interface VersionsRoute {
  /** `allocation-keys`: the path under /api/v1 and the Swagger tag. */
  path: string;
  /** The controller's class name, e.g. AllocationKeysController. */
  name: string;
  service: Type<VersionedDocumentsService>;
  /** What a document of this kind looks like, for the Swagger UI. */
  codeExample: string;
  documentExample: Record<string, unknown>;
  documentDescription: string;
}

/** The same endpoints for every kind of versioned document, bound to that kind's service. */
export function versionsController(route: VersionsRoute): Type<unknown> {
  const CODE = ApiParam({ name: 'code', example: route.codeExample });
  const saveExample = {
    document: route.documentExample,
    effectiveFrom: '2012-01-01',
    comment: 'Miksi',
    baseVersion: 1,
  };

  const versionAudit = versionAuditOf(route);

  @ApiTags(route.path)
  @Controller(route.path)
  class VersionsController {
    constructor(@Inject(route.service) private readonly documents: VersionedDocumentsService) {}

    @Get()
    @Roles(...DATA_READERS)
    @ApiOperation({ summary: 'Every code with its latest version and the version in force on the date' })
    @ApiOkResponse({ type: [DocumentOverviewDto] })
    async overview(@Query() query: OnDateQueryDto): Promise<DocumentOverviewDto[]> {
      return (await this.documents.overview(query.date)).map(toDocumentOverviewDto);
    }

    @Get(':code/versions')
    @Roles(...DATA_READERS)
    @CODE
    @ApiOperation({ summary: 'All versions of a code, oldest first (without their documents)' })
    @ApiOkResponse({ type: [VersionSummaryDto] })
    @ApiNotFoundResponse({ type: ErrorBody })
    async versions(@Param('code') code: string): Promise<VersionSummaryDto[]> {
      return (await this.documents.versions(code)).map(toVersionSummaryDto);
    }

    @Get(':code/versions/:version')
    @Roles(...DATA_READERS)
    @CODE
    @ApiParam({ name: 'version', example: 1 })
    @ApiOperation({ summary: 'One version with its document' })
    @ApiOkResponse({ type: VersionDto })
    @ApiNotFoundResponse({ type: ErrorBody })
    async version(
      @Param('code') code: string,
      @Param('version', versionNumber) version: number,
    ): Promise<VersionDto> {
      return toVersionDto(await this.documents.version(code, version));
    }

    @Get(':code/in-force')
    @Roles(...DATA_READERS)
    @CODE
    @ApiOperation({
      summary:
        'The version in force on a date: the latest effective date on or before it, then the highest version',
    })
    @ApiOkResponse({ type: VersionDto })
    @ApiNotFoundResponse({ type: ErrorBody })
    async inForce(@Param('code') code: string, @Query() query: OnDateQueryDto): Promise<VersionDto> {
      return toVersionDto(await this.documents.inForce(code, query.date));
    }

    @Get(':code/diff')
    @Roles(...DATA_READERS)
    @CODE
    @ApiOperation({ summary: 'What changed in the document between two versions' })
    @ApiOkResponse({ type: VersionDiffDto })
    @ApiNotFoundResponse({ type: ErrorBody })
    async diff(@Param('code') code: string, @Query() query: DiffQueryDto): Promise<VersionDiffDto> {
      return toVersionDiffDto(await this.documents.diff(code, query.from, query.to));
    }

    @Post(':code/versions')
    @Roles(...KEEPERS)
    @Audited(versionAudit)
    @CODE
    @ApiOperation({
      summary: 'Save a new immutable version (number = latest + 1)',
      description: `${route.documentDescription} A stale \`baseVersion\` answers 409 STALE_VERSION; a document and effective date identical to the latest version's answer 409 CONFLICT.`,
    })
    @ApiBody({ type: SaveVersionDto, examples: { [route.codeExample]: { value: saveExample } } })
    @ApiCreatedResponse({ type: VersionDto })
    @ApiConflictResponse({ type: ErrorBody, description: 'STALE_VERSION, or CONFLICT when nothing changed' })
    async save(
      @Param('code') code: string,
      @Body() body: SaveVersionDto,
      @CurrentUser('username') author: string,
    ): Promise<VersionDto> {
      return toVersionDto(await this.documents.save(code, body, author));
    }
  }

  Object.defineProperty(VersionsController, 'name', { value: route.name });
  return VersionsController;
}

interface VersionReader {
  version(code: string, version: number): Promise<VersionDto>;
}

/**
 * A new version in the audit log: the previous and the new version's metadata, and the diff of their
 * documents (for version 1: everything added).
 */
function versionAuditOf(route: VersionsRoute): AuditOptions {
  const withoutDocument = ({ document: _, ...summary }: VersionDto) => summary;
  return {
    objectType: route.path.replace(/s$/, ''),
    action: 'version.create',
    previous: (controller: VersionReader, saved: VersionDto) =>
      saved.version > 1 ? controller.version(saved.code, saved.version - 1) : Promise.resolve(null),
    describe: withoutDocument,
    compare: (before: VersionDto | null, after: VersionDto) => [before?.document ?? {}, after.document],
  };
}
