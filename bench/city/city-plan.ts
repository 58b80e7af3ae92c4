/**
 * The demo's plan with cheaper record ids: a UUID v7 at the business instant with random bits
 * from the seeded generator, as the demo makes them, without parsing the instant through luxon
 * and drawing 32 bits at a time instead of 4. The last group starts with the subject's index: each
 * subject's generator (mulberry32) walks one 2^32 cycle from its seed, so at a million subjects many
 * walks overlap and two subjects draw the same ids at the same instants (city-v3 failed at 1M on that).
 */
import { DemoPlan } from '../../src/demo/demo-plan.js';
import { demoUuid } from '../../src/demo/identifiers.js';
import { shanghaiInstantMs } from './city-days.js';

export class CityPlan extends DemoPlan {
  constructor(seed: number, today: string, private readonly subjectIndex: number) {
    super(seed, today);
  }

  override id(instant: string): string {
    const ms = shanghaiInstantMs(instant);
    if (ms === null) return demoUuid(this.rng, instant);
    const time = ms.toString(16).padStart(12, '0');
    const bits = () => Math.floor(this.rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
    const random = bits() + bits();
    const variant = (8 + (parseInt(random[0]!, 16) & 3)).toString(16);
    const subject = this.subjectIndex.toString(16).padStart(7, '0');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(1, 4)}-${variant}${random.slice(4, 7)}-${subject}${random.slice(7, 12)}`;
  }
}
