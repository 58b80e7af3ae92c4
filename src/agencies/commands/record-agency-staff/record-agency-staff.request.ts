import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { STAFF_CHANGES } from '../../../../domain/agency/filing-level.js';

/** A26 credit records of agency staff, under an opaque pseudonymous id (A28). */
export class RecordAgencyStaffRequest {
  @ApiProperty({ example: 'staff-2024-0042', description: 'opaque pseudonymous staff id — never a name or identity number (A28) / 从业人员匿名编号' })
  @IsString() @Length(3, 64)
  staffId!: string;

  @ApiProperty({ example: '信用分析师', description: 'role at the agency / 岗位' })
  @IsString() @Length(1, 100)
  role!: string;

  @ApiProperty({ enum: STAFF_CHANGES, example: 'joined', description: 'joined 入职 / left 离职' })
  @IsIn(STAFF_CHANGES)
  change!: (typeof STAFF_CHANGES)[number];

  @ApiProperty({ example: '2024-02-01', description: 'day of the change, not before the filing nor after today / 变动日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a calendar date YYYY-MM-DD' })
  on!: string;
}
