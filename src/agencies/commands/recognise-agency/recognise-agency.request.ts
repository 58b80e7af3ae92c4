import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { FILING_LEVELS } from '../../../../domain/agency/filing-level.js';

/** A15, A20 "filed or recognised" (备案或认可): an agency's recognition by a credit management body at city level or above. */
export class RecogniseAgencyRequest {
  @ApiProperty({ example: '昆山示例征信服务有限公司', description: 'registered name of the agency / 信用服务机构名称' })
  @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '91320583722291823U', description: 'the agency\'s Unified Social Credit Code (GB 32100-2015) / 统一社会信用代码' })
  @IsString() @Length(18, 18)
  uscc!: string;

  @ApiProperty({ example: '苏州市社会信用体系建设领导小组办公室', description: 'the body that recognised the agency / 认可机关' })
  @IsString() @Length(1, 200)
  recognisingAuthority!: string;

  @ApiProperty({ enum: FILING_LEVELS, example: 'city', description: 'level of the recognising body; A15 requires city (市级) or above: city 市级 / province 省级 / national 国家级. Other values are refused with AGENCY_FILING_LEVEL_TOO_LOW.' })
  @IsString() @Length(1, 50)
  level!: string;

  @ApiProperty({ example: '苏信办认〔2025〕2号 关于认可昆山示例征信服务有限公司的决定', description: 'the recognition document, number and title / 认可文件（文号及标题）' })
  @IsString() @Length(1, 200)
  recognitionDocument!: string;

  @ApiProperty({ example: '2025-03-10', description: 'day the recognition took effect, not after today (Asia/Shanghai) nor before 2014-06-14 / 认可日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'recognisedOn must be a calendar date YYYY-MM-DD' })
  recognisedOn!: string;
}
