import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

/** A4: an organisation (USCC) or a natural person (identity number — kept apart from the log, A28). */
export class RegisterSubjectRequest {
  @ApiProperty({ enum: ['organisation', 'person'], description: 'organisation 单位 / person 自然人' })
  @IsIn(['organisation', 'person'])
  kind!: 'organisation' | 'person';

  @ApiPropertyOptional({ example: '91320583722291823U', description: 'organisations: Unified Social Credit Code (GB 32100-2015) / 统一社会信用代码' })
  @ValidateIf((o: RegisterSubjectRequest) => o.kind === 'organisation')
  @IsString() @Length(18, 18)
  uscc?: string;

  @ApiPropertyOptional({ example: '昆山示例精密机械有限公司', description: 'organisations: registered name / 单位名称' })
  @ValidateIf((o: RegisterSubjectRequest) => o.kind === 'organisation')
  @IsString() @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: '王五', description: 'organisations: legal representative (may be published, docs/domain.md A28) / 法定代表人' })
  @IsOptional() @ValidateIf((o: RegisterSubjectRequest) => o.kind === 'organisation')
  @IsString() @Length(1, 100)
  legalRepresentative?: string;

  @ApiPropertyOptional({ example: '11010519491231002X', description: 'persons: resident identity number (GB 11643-1999); never stored in the log / 居民身份号码' })
  @ValidateIf((o: RegisterSubjectRequest) => o.kind === 'person')
  @IsString() @Length(18, 18)
  identityNumber?: string;

  @ApiPropertyOptional({ example: '张三', description: 'persons: full name; kept in the personal-data store only / 姓名' })
  @ValidateIf((o: RegisterSubjectRequest) => o.kind === 'person')
  @IsString() @Length(1, 50)
  fullName?: string;

  @ApiPropertyOptional({ example: '320583', description: 'persons: administrative division code / 行政区划代码' })
  @IsOptional() @IsString() @Matches(/^\d{6}$/)
  divisionCode?: string;
}
