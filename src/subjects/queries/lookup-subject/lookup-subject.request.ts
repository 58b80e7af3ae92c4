import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The identity number travels in the body, never in a URL (A28). */
export class LookupSubjectRequest {
  @ApiProperty({ example: '11010519491231002X', description: 'resident identity number (GB 11643-1999) / 居民身份号码' })
  @IsString() @Length(18, 18)
  identityNumber!: string;
}
