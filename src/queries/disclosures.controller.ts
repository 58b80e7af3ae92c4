import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import { BREACH_CLASSES } from '../../domain/rules/disclosure.js';
import type { DisclosureDoc } from '../../projections/disclosures/disclosures.doc.js';
import { isUnderObjection, type ObjectionDoc } from '../../projections/objections/objections.doc.js';
import { BREACH_CLASS_LABELS } from '../http/labels.js';
import { publicPersonDisplay } from '../personal-data/person-display.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore, type PersonalLookup } from '../personal-data/personal-data.port.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import type { JsonObject } from '../shared/json.js';
import { LISTS } from '../use-case-support/lists/list-queries.js';
import { ListReader } from '../use-case-support/lists/list-reader.js';
import { pageParams } from '../use-case-support/lists/query-params.js';
import { scopeCursor, unscopeCursor } from '../use-case-support/lists/scoped-cursor.js';
import { disclosureFilters, disclosureFiltersScope } from './disclosure-filters.js';
import { queryTime } from './query-time.js';

const EXAMPLE = {
  asOf: '2026-03-06T09:30:00.000+08:00',
  items: [
    {
      breachId: '0195f3a0-0000-7000-8000-000000000001', subject: { kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: '91320583722291823U', legalRepresentative: '王建国' },
      breachClass: 'general', breachClassLabel: '一般失信', departmentId: 'ks-drc', basisDocument: '昆发改罚〔2026〕3号', decisionDate: '2026-02-10', disclosedThrough: '2026-08-09', underObjection: false,
    },
    {
      breachId: '0195f3a0-0000-7000-8000-000000000002', subject: { kind: 'person', name: '张*' },
      breachClass: 'serious', breachClassLabel: '严重失信', departmentId: 'ks-market', basisDocument: '昆市监罚〔2026〕8号', decisionDate: '2026-01-20', disclosedThrough: '2027-01-19', underObjection: true,
    },
  ],
  nextCursor: null,
};

/**
 * A9: breach information is made public during its disclosure period — never after repair or
 * revocation, never for an undisclosed minor class or a subject who was a minor (A28) — and is
 * marked while an objection is open. Persons appear only with a masked name, or as erased
 * (`{ name: '已删除', erased: true }`) once the credit office erased their data (A28).
 */
@ApiTags('public 公示')
@Controller('disclosures')
export class DisclosuresController {
  constructor(
    @Inject(ListReader) private readonly lists: ListReader,
    @Inject(PERSONAL_DATA_STORE) private readonly personal: PersonalDataStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Public breach disclosures, masked (A9, A28) / 失信信息公示（脱敏）' })
  @ApiQuery({ name: 'limit', required: false, example: 50, description: 'page size 1–500 (default 50) / 每页条数' })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page / 上一页返回的游标' })
  @ApiQuery({ name: 'breachClass', required: false, enum: BREACH_CLASSES, description: 'only this class (A9) / 仅此失信类别' })
  @ApiQuery({ name: 'departmentId', required: false, example: 'ks-housing', description: 'only breaches recorded by this department / 仅此部门认定的失信信息' })
  @ApiQuery({ name: 'decidedFrom', required: false, example: '2026-01-01', description: 'decision date on or after (YYYY-MM-DD) / 认定日期起' })
  @ApiQuery({ name: 'decidedTo', required: false, example: '2026-03-31', description: 'decision date on or before (YYYY-MM-DD, not before decidedFrom) / 认定日期止' })
  @ApiOkResponse({ description: '{ asOf, items, nextCursor }: disclosures in force today, newest decision first, narrowed by the filters given; persons masked (A28); nextCursor continues only the same filters / 公示中的失信信息', schema: { example: EXAMPLE } })
  @ApiQueryErrors({
    invalid: 'limit: INTEGER_RANGE 1–500; breachClass: ONE_OF minor, general, serious; departmentId: DEPARTMENT_ID; decidedFrom, decidedTo: DATE (YYYY-MM-DD); decidedTo: DATE_ORDER (before decidedFrom); INVALID_VIEW_QUERY cursor: CURSOR (not a nextCursor of this query and these filters)',
    views: true,
  })
  async list(
    @Query('limit') limit?: string, @Query('cursor') cursor?: string,
    @Query('breachClass') breachClass?: string, @Query('departmentId') departmentId?: string, @Query('decidedFrom') decidedFrom?: string, @Query('decidedTo') decidedTo?: string,
  ) {
    const { today, now } = queryTime(this.clock.nowMs());
    const filters = disclosureFilters({ breachClass, departmentId, decidedFrom, decidedTo });
    const scope = disclosureFiltersScope(filters);
    const page = await this.lists.page(LISTS.disclosures(today, { ...pageParams(limit), cursor: unscopeCursor(scope, cursor) }, filters));
    const docs = page.items as unknown as DisclosureDoc[];
    // One call per store for the whole page: who each breach is about, its last objection, a person's masked name.
    const [subjects, objections] = await Promise.all([
      this.lists.getMany('disclosures', 'disclosure_subjects', docs.map((doc) => doc.subjectId)),
      this.lists.getMany('objections', 'objections', docs.flatMap((doc) => (doc.lastObjectionId ? [doc.lastObjectionId] : []))),
    ]);
    const persons = docs.filter((doc) => subjects.get(doc.subjectId)?.kind === 'person').map((doc) => doc.subjectId);
    const personal = persons.length > 0 ? await this.personal.getMany([...new Set(persons)]) : new Map<string, PersonalLookup>();
    const items = docs.map((doc) => publicEntry(doc, subjects.get(doc.subjectId) ?? null, objections.get(doc.lastObjectionId ?? '') ?? null, personal.get(doc.subjectId)));
    return { asOf: now, items, nextCursor: scopeCursor(scope, page.nextCursor) };
  }
}

/** A9, A28: what the public sees of one breach. */
function publicEntry(doc: DisclosureDoc, subject: JsonObject | null, objection: JsonObject | null, person: PersonalLookup | undefined) {
  return {
    breachId: doc.breachId,
    subject: subject?.kind === 'person'
      ? { kind: 'person', ...publicPersonDisplay(person ?? { state: 'unknown' }) }
      : { kind: 'organisation', name: subject?.displayName ?? null, uscc: subject?.uscc ?? null, legalRepresentative: subject?.legalRepresentative ?? null },
    breachClass: doc.breachClass,
    breachClassLabel: BREACH_CLASS_LABELS[doc.breachClass],
    departmentId: doc.departmentId,
    basisDocument: doc.basisDocument,
    decisionDate: doc.decisionDate,
    disclosedThrough: doc.disclosedThrough,
    underObjection: isUnderObjection(objection as unknown as ObjectionDoc | null),
  };
}
