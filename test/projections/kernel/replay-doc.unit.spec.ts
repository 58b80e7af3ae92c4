import { describe, it, expect } from '@jest/globals';
import { DISCLOSURES_COLLECTION, disclosuresProjection } from '../../../projections/disclosures/disclosures.projection.js';
import { replayDoc } from '../../../projections/kernel/replay-doc.js';
import { OBJECTIONS_COLLECTION, objectionsProjection } from '../../../projections/objections/objections.projection.js';
import { ProjectionHarness, projected } from '../support/harness.js';
import { storedScenario, SUBJECT_ID } from '../support/subject-scenario.js';

const BR1 = { collection: DISCLOSURES_COLLECTION, id: `${SUBJECT_ID}:breach:BR-1` };
const OB1 = { collection: OBJECTIONS_COLLECTION, id: 'OB-1' };

describe('replayDoc: one view document as it stood after a prefix of the log, by the projection\'s own keysFor and evolve', () => {
  const scenario = storedScenario();

  it.each([
    ['disclosures (A9: the breach corrected to 3 months, then repaired)', disclosuresProjection, BR1],
    ['objections (SH-SCR 36–38: filed, forwarded, decided, corrected)', objectionsProjection, OB1],
  ] as const)('%s: after every prefix of the scenario, the same document the runner holds', async (_name, projection, key) => {
    const harness = new ProjectionHarness(projection);
    for (let end = 0; end < scenario.length; end += 1) {
      await harness.apply(scenario[end]!);
      expect({ end, doc: replayDoc(projection, scenario.slice(0, end + 1).map(projected), key) }).toEqual({ end, doc: harness.doc(key.collection, key.id) });
    }
  });

  it('A9: before the breach is recorded there is no document; after the correction its disclosure runs to the corrected day', () => {
    expect(replayDoc(disclosuresProjection, [], BR1)).toBeNull();
    const throughCorrection = scenario.slice(0, scenario.findIndex((e) => e.type === 'RecordCorrected') + 1).map(projected);
    expect(replayDoc(disclosuresProjection, throughCorrection, BR1)).toMatchObject({ disclosureMonths: 3, disclosedThrough: '2026-04-15', corrected: true, publishable: true });
  });
});
