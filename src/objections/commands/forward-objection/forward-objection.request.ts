import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** SH-SCR art. 37: the center forwards an objection to the department that provided the record. */
export class ForwardObjectionRequest {
  @ApiProperty({ example: 'ks-housing', description: 'the providing department (or its successor) / 转交的信息提供部门' })
  @Matches(/^[A-Za-z0-9._:@-]{1,100}$/, { message: 'toDepartmentId must be a department id' })
  toDepartmentId!: string;
}
