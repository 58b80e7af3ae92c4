import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** Paging of the agency registry. */
export class ListAgenciesQuery {
  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 200, description: 'page size (default 50) / 每页条数' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'the nextCursor of the previous page / 上一页返回的游标' })
  @IsOptional() @IsString() @Length(1, 500)
  cursor?: string;
}
