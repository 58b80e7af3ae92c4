import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { FILING_LEVELS } from '../../../../domain/agency/filing-level.js';

/** A15, A20: an agency's filing (备案) with a credit management body at city level or above. */
export class FileAgencyRequest {
  @ApiProperty({ example: '苏州示例信用评估有限公司', description: 'registered name of the agency / 信用服务机构名称' })
  @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '91320583796541485R', description: 'the agency\'s Unified Social Credit Code (GB 32100-2015) / 统一社会信用代码' })
  @IsString() @Length(18, 18)
  uscc!: string;

  @ApiProperty({ example: '江苏省社会信用体系建设领导小组办公室', description: 'the body the agency is filed with / 备案机关' })
  @IsString() @Length(1, 200)
  filingAuthority!: string;

  @ApiProperty({ enum: FILING_LEVELS, example: 'province', description: 'level of the filing authority; A15 requires city (市级) or above: city 市级 / province 省级 / national 国家级. Other values are refused with AGENCY_FILING_LEVEL_TOO_LOW.' })
  @IsString() @Length(1, 50)
  level!: string;

  @ApiProperty({ example: '苏信备〔2024〕017号', description: 'filing number given by the authority / 备案编号' })
  @IsString() @Length(1, 100)
  filingNumber!: string;

  @ApiProperty({ example: '2024-01-15', description: 'day the filing took effect, not after today (Asia/Shanghai) / 备案日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'filedOn must be a calendar date YYYY-MM-DD' })
  filedOn!: string;
}
