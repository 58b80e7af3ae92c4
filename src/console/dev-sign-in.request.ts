import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ID_PATTERN, ROLES, type Role } from '../auth/roles.js';

/** What the console's development sign-in asks for: the claims `npm run token` takes (src/auth/mint-token.ts). */
export class DevSignInRequest {
  @ApiProperty({ enum: ROLES, example: 'auditor' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: 'auditor-1' }) @IsOptional() @IsString() @Matches(ID_PATTERN)
  sub?: string;

  @ApiPropertyOptional({ example: 'ks-drc' }) @IsOptional() @IsString() @Matches(ID_PATTERN)
  department?: string;

  @ApiPropertyOptional({ example: '91320583722291823U' }) @IsOptional() @IsString() @Matches(ID_PATTERN)
  subject?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ID_PATTERN)
  agency?: string;

  @ApiPropertyOptional({ example: 'bank.icbc-kunshan' }) @IsOptional() @IsString() @Matches(ID_PATTERN)
  bank?: string;
}
