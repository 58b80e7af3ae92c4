import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class DepartmentUsageQuery {
  @ApiProperty({ example: '2026', description: 'calendar year (Asia/Shanghai), 2017 or later / 年度' })
  @IsString() @Matches(/^(20(1[7-9]|[2-9]\d)|2[1-9]\d\d)$/, { message: 'year must be a year YYYY from 2017 (A31) on' })
  year!: string;
}
