import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { CommitmentKind } from '../../../../domain/subject/values.js';
import { CommitmentTermsRequest } from '../../../use-case-support/requests/commitment-terms.request.js';

/** Repair commitments are made only inside a repair application (POST /subjects/{id}/repairs). */
export const REQUESTABLE_COMMITMENT_KINDS = ['approval-replacing', 'voluntary-public', 'industry-self-discipline'] as const satisfies readonly CommitmentKind[];

/** A6–A7: a credit commitment letter, made by the subject or taken by a department. */
export class MakeCommitmentRequest extends CommitmentTermsRequest {
  @ApiProperty({
    enum: REQUESTABLE_COMMITMENT_KINDS,
    example: 'approval-replacing',
    description: 'approval-replacing 审批替代型 / voluntary-public 主动公示型 / industry-self-discipline 行业自律型',
  })
  @IsIn(REQUESTABLE_COMMITMENT_KINDS)
  kind!: (typeof REQUESTABLE_COMMITMENT_KINDS)[number];

  @ApiPropertyOptional({
    example: 'ks-housing',
    description: 'the department the commitment is made to: required when the subject acts; a department records its own / 承诺对象部门（主体提交时必填）',
  })
  @IsOptional() @Matches(/^[A-Za-z0-9._:@-]{1,100}$/, { message: 'departmentId must be a department id' })
  departmentId?: string;
}
