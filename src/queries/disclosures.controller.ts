import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DisclosureDoc } from '../../projections/disclosures/disclosures.doc.js';
import { isUnderObjection, type ObjectionDoc } from '../../projections/objections/objections.doc.js';
import { maskPersonName } from '../../domain/rules/masking.js';
import { BREACH_CLASS_LABELS } from '../http/labels.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../personal-data/personal-data.port.js';
import { ViewReader } from '../projections/view-reader.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { pageParams } from './query-params.js';
import { queryTime } from './query-time.js';

/**
 * A9: breach information is made public during its disclosure period — never after repair or
 * revocation, never for an undisclosed minor class or a subject who was a minor (A28) — and is
 * marked while an objection is open. Persons appear only with a masked name (A28).
 */
@ApiTags('public 公示')
@Controller('disclosures')
export class DisclosuresController {
  constructor(
    @Inject(ViewReader) private readonly views: ViewReader,
    @Inject(PERSONAL_DATA_STORE) private readonly personal: PersonalDataStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Public breach disclosures, masked (A9, A28) / 失信信息公示（脱敏）' })
  async list(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { today, now } = queryTime(this.clock.nowMs());
    const page = await this.views.find('disclosures', 'disclosures', {
      filter: { publishable: true, disclosedThrough: { gte: today }, decisionDate: { lte: today } },
      sort: { field: 'decisionDate', direction: 'desc' },
      ...pageParams(limit, cursor),
    });
    const items = await Promise.all((page.items as unknown as DisclosureDoc[]).map((doc) => this.publicEntry(doc)));
    return { asOf: now, items, nextCursor: page.nextCursor };
  }

  private async publicEntry(doc: DisclosureDoc) {
    const subject = await this.views.get('disclosures', 'disclosure_subjects', doc.subjectId);
    const objection = doc.lastObjectionId ? ((await this.views.get('objections', 'objections', doc.lastObjectionId)) as unknown as ObjectionDoc | null) : null;
    return {
      breachId: doc.breachId,
      subject: subject?.kind === 'person'
        ? { kind: 'person', name: await this.maskedName(doc.subjectId) }
        : { kind: 'organisation', name: subject?.displayName ?? null, uscc: subject?.uscc ?? null, legalRepresentative: subject?.legalRepresentative ?? null },
      breachClass: doc.breachClass,
      breachClassLabel: BREACH_CLASS_LABELS[doc.breachClass],
      departmentId: doc.departmentId,
      basisDocument: doc.basisDocument,
      decisionDate: doc.decisionDate,
      disclosedThrough: doc.disclosedThrough,
      underObjection: isUnderObjection(objection),
    };
  }

  /** A person's name masked (张*), or a marker when erased or unknown; never the pseudonymous id. */
  private async maskedName(subjectId: string): Promise<string> {
    const found = await this.personal.get(subjectId);
    return found.state === 'present' ? maskPersonName(found.record.fullName) : '***';
  }
}
