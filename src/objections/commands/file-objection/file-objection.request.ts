import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { OBJECTION_TARGET_KINDS, type ObjectionTargetKind } from '../../../../domain/subject/values.js';

/** The record objected to (SH-SCR art. 36): its kind and its own id (for a commitment check, the commitment's id). */
export class ObjectionTargetRequest {
  @ApiProperty({ enum: OBJECTION_TARGET_KINDS, example: 'breach', description: 'breach 失信信息 / review-report 审查报告 / credit-report 信用报告 / commitment-check 承诺核查 / loan-check 贷款核查' })
  @IsIn(OBJECTION_TARGET_KINDS)
  kind!: ObjectionTargetKind;

  @ApiProperty({ example: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', description: 'the record id; for a commitment check, the commitment id / 记录标识' })
  @IsString() @Length(1, 200)
  id!: string;
}

/** An objection by the subject to one of its records (SH-SCR arts. 36–38). */
export class FileObjectionRequest {
  @ApiProperty({ type: ObjectionTargetRequest })
  // Required: class-validator's ValidateNested alone lets a missing object through (issue 10: a 500).
  @IsObject() @ValidateNested() @Type(() => ObjectionTargetRequest)
  target!: ObjectionTargetRequest;

  @ApiProperty({ example: '处罚决定已被行政复议撤销', description: 'why the record is wrong / 异议理由' })
  @IsString() @Length(1, 2000)
  reason!: string;
}
