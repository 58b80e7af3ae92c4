/**
 * Identifiers unique by construction, so subjects can be made in parallel without a shared set
 * of taken ids: subject i's USCC and identity number are functions of i (a permutation of the
 * index, so neighbours do not look alike). They come from the demo's own makers (check
 * characters and all), fed with the index's digits in place of random draws.
 */
import { Prng } from '../../src/demo/prng.js';
import { demoIdentityNumber, demoUscc } from '../../src/demo/identifiers.js';
import { dayIndexOf, dateAtIndex } from './city-days.js';

/** Answers the demo's makers with given values, in order, instead of random ones. */
class GivenDraws extends Prng {
  private readonly values: number[];

  constructor(values: readonly number[]) {
    super(0);
    this.values = [...values];
  }

  override pick<T>(items: readonly T[]): T {
    return items[this.values.shift()!]!;
  }

  override int(): number {
    return this.values.shift()!;
  }
}

/** The demo's USCC body has five free characters out of 31: 28,629,151 organisations. */
const USCC_SPACE = 31 ** 5;
export function cityUscc(index: number): string {
  let n = (index * 7_919 + 104_729) % USCC_SPACE;
  const digits: number[] = [];
  for (let i = 0; i < 5; i++, n = Math.floor(n / 31)) digits.push(n % 31);
  return demoUscc(new GivenDraws(digits));
}

/** Birth dates from 1950 through 2008 and sequence numbers 010–999: 21 million persons. */
const FIRST_BIRTH = '1950-01-01';
const BIRTH_DAYS = 21_550;
const SEQUENCES = 990;
const PERSON_SPACE = BIRTH_DAYS * SEQUENCES;

export function cityIdentityNumber(index: number): { identityNumber: string; birthDate: string } {
  // 1,000,003 is prime and does not divide the space: the map is a permutation.
  const n = (index * 1_000_003 + 7_777) % PERSON_SPACE;
  const birthDate = dateAtIndex(dayIndexOf(FIRST_BIRTH) + Math.floor(n / SEQUENCES));
  return { identityNumber: demoIdentityNumber(new GivenDraws([10 + (n % SEQUENCES)]), birthDate), birthDate };
}
