import { describe, expect, it } from '@jest/globals';
import { departmentDecider } from '../../../domain/department/decider.js';
import { PILOT_DEPARTMENTS, pilotDepartmentSeedCommands } from '../../../domain/department/pilot-departments.js';
import { participatesInReviewsOn } from '../../../domain/department/queries.js';
import { fold } from '../../../domain/kernel/decider.js';

// The list of A13 as printed in 昆政办发〔2017〕41号 (seed/kunshan-credit-measures-2017.txt).
const A13_TEXT =
  '市发改委、经信委、教育局、科技局、民政局、司法局、财政局、人力资源和社会保障局、住房和城乡建设局、规划局、交通运输局、水利局、农委、商务局、文广新局、体育局、环保局、旅游局、审计局、安监局、市场监督管理局、物价局、国资办、海关、出入境检验检疫局、人行、国税局、地税局';

describe('A13 pilot departments', () => {
  it('A13: 28 departments and units, with distinct short lowercase slugs', () => {
    expect(PILOT_DEPARTMENTS).toHaveLength(28);
    const ids = PILOT_DEPARTMENTS.map((pilot) => pilot.id);
    expect(new Set(ids).size).toBe(28);
    for (const id of ids) expect(id).toMatch(/^ks-[a-z]+(-[a-z]+)*$/);
    expect(ids).toContain('ks-drc');
  });

  it('A13: each Chinese name is the text of A13, in its order, with the city prefix', () => {
    const fromText = A13_TEXT.replace(/^市/, '').split('、');
    expect(PILOT_DEPARTMENTS.map((pilot) => pilot.nameZh.replace(/^市/, ''))).toEqual(fromText);
    expect(PILOT_DEPARTMENTS.slice(0, 2).map((pilot) => pilot.nameZh)).toEqual(['市发改委', '市经信委']);
  });

  it('A13: every pilot has an English name', () => {
    for (const pilot of PILOT_DEPARTMENTS) expect(pilot.nameEn.trim()).not.toBe('');
  });

  it('A13/A31: the seed registers every pilot, taking part in reviews from 2017-03-06', () => {
    const commands = pilotDepartmentSeedCommands('2026-03-06T09:30:00+08:00');
    expect(commands).toHaveLength(28);
    for (const command of commands) {
      const events = departmentDecider.decide(command, departmentDecider.initialState);
      expect(events).toEqual([
        {
          type: 'DepartmentRegistered',
          data: {
            departmentId: command.departmentId,
            nameZh: command.nameZh,
            nameEn: command.nameEn,
            kind: 'department',
            pilot: true,
            participatesFrom: '2017-03-06',
            basisDocument: '昆政办发〔2017〕41号',
          },
        },
      ]);
      expect(participatesInReviewsOn(fold(departmentDecider, events), '2017-03-06')).toBe(true);
    }
  });
});
