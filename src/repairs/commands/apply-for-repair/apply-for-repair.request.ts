import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { CommitmentTermsRequest } from '../../../use-case-support/requests/commitment-terms.request.js';

/** NDRC 令第36号 (docs/domain.md): a repair application with proof of fulfilment and a repair commitment. */
export class ApplyForRepairRequest {
  @ApiProperty({ example: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', description: 'the breach to repair / 拟修复的失信记录' })
  @IsString() @Length(1, 200)
  breachId!: string;

  @ApiProperty({ example: '罚款已于2026-04-01缴清，缴款凭证编号 KS20260401-118', description: 'proof that the obligations were fulfilled / 履行义务证明' })
  @IsString() @Length(1, 2000)
  proofOfFulfilment!: string;

  @ApiProperty({ type: CommitmentTermsRequest, description: 'the repair commitment, made to the department that recorded the breach / 信用修复承诺' })
  // Required: class-validator's ValidateNested alone lets a missing object through (issue 10: a 500).
  @IsObject() @ValidateNested() @Type(() => CommitmentTermsRequest)
  repairCommitment!: CommitmentTermsRequest;
}
