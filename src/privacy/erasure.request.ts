import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** A28: an erasure rests on a lawful request, named by its document. */
export class ErasureRequest {
  @ApiProperty({ example: '昆信用办函〔2026〕5号 关于删除个人信息的决定', description: 'the legal basis document (number and title) / 删除依据文书' })
  @IsString() @Length(2, 200)
  basisDocument!: string;
}
