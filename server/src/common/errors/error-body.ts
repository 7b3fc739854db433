import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error answer. */
export class ErrorBody {
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code: string;
  @ApiProperty({ example: 'amount: must be a decimal number' }) message: string;
  @ApiProperty({ description: 'Quote this when reporting a problem; the server log has the same id.' })
  correlationId: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { amount: 'must be a decimal number' },
  })
  fields?: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
}
