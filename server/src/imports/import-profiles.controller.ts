import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { DATA_READERS } from '../auth/roles.js';
import { ImportProfileDto } from './dto/import-profile.dto.js';
import { ImportProfilesService } from './import-profiles.service.js';

@ApiTags('imports')
@Controller('import-profiles')
export class ImportProfilesController {
  constructor(private readonly profiles: ImportProfilesService) {}

  @Get()
  @Roles(...DATA_READERS)
  @ApiOperation({ summary: 'The import profiles: the built-in ones and any stored ones, latest versions' })
  @ApiOkResponse({ type: [ImportProfileDto] })
  list(): Promise<ImportProfileDto[]> {
    return this.profiles.list();
  }
}
