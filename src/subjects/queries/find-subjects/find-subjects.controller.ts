import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { intParam } from '../../../use-case-support/lists/query-params.js';
import { OrganisationSearch } from './organisation-search.js';
import { SEARCH_TEXT_MAX, SEARCH_TEXT_MIN, searchText } from './search-text.js';

const EXAMPLE = {
  items: [{ subjectId: '91320583722291823U', kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: '91320583722291823U', legalRepresentative: '王建国' }],
  nextCursor: null,
};

/** Issue 12: auditors, the credit center and the credit office find an organisation by the start of its name or USCC. */
@ApiTags('subjects 信用主体')
@Controller('subjects')
export class FindSubjectsController {
  constructor(@Inject(OrganisationSearch) private readonly search: OrganisationSearch) {}

  @Get()
  @ApiOperation({
    summary: 'Find an organisation by the start of its name or USCC / 按名称或统一社会信用代码前缀查找单位',
    description:
      'Auditors, the credit center and the credit office. Organisations whose name starts with q (by name), then those whose USCC starts with q upper-cased (by USCC), each listed once. ' +
      'Persons are never found by name (A28: their names are in no view): find a person by identity number with POST /subjects/lookup. A page may hold fewer than limit items; follow nextCursor until null. ' +
      '审计人员、信用信息中心、市信用办可查询；自然人不可按姓名查找（A28）。',
  })
  @ApiQuery({ name: 'q', required: true, example: '昆山示例', description: `the start of the name or USCC, ${SEARCH_TEXT_MIN}–${SEARCH_TEXT_MAX} characters after NFC and trimming / 名称或代码前缀` })
  @ApiQuery({ name: 'limit', required: false, example: 20, description: 'page size 1–100 (default 20) / 每页条数' })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page, for the same q / 上一页返回的游标' })
  @ApiOkResponse({ description: '{ items: [{ subjectId, kind, name, uscc, legalRepresentative }], nextCursor } / 查找结果', schema: { example: EXAMPLE } })
  @ApiQueryErrors({
    invalid: `q: SEARCH_TEXT (missing or repeated), SEARCH_TEXT_LENGTH ${SEARCH_TEXT_MIN}–${SEARCH_TEXT_MAX}, the text rules (TEXT_CONTROL_CHARACTER …); limit: INTEGER_RANGE 1–100; INVALID_VIEW_QUERY cursor: CURSOR (not a nextCursor of this q)`,
    forbidden: 'auditors, the credit center and the credit office only / 仅审计人员、信用信息中心或市信用办',
    views: true,
  })
  async find(@Query('q') q?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const text = searchText(q);
    return this.search.page(text, intParam('limit', limit, 20, 1, 100), cursor);
  }
}
