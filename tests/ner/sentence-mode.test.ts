import { describe, expect, it } from 'vitest';
import { isTableLine } from '../../src/ner/sentence-mode';

const tok = (sentence: string): string[] => sentence.split(' ');

describe('table lines', () => {
  it('recognises results, standings, scorers and fixtures, where towns name clubs', () => {
    for (const line of [
      'Rotherham 1 Shrewsbury 2',
      'Barnsley 1 ( Redfearn 12th ) Rotherham 0 .',
      'Huddersfield 2 1 0 1 3 3 3',
      'BALTIMORE 67 58 .536 5',
      'Goals : Rooney 68 , Dunne 75 og .',
      'English division three - Swansea v Lincoln .',
      'Burnley or Liverpool v Bournemouth',
      'OAKLAND AT BOSTON',
    ]) {
      expect(isTableLine(tok(line)), line).toBe(true);
    }
  });

  it('leaves prose alone, however many numbers or names it has', () => {
    for (const line of [
      'The report said 1,400 children suffered sexual exploitation in Rotherham between 1997 and 2013 .',
      'Around 300 people met at the Unity Centre in Rotherham on Monday to discuss the boycott',
      'Rotherham MP Sarah Champion said a boycott was not the right way forward',
      'Shares in Barclays were trading down 0.67 % at 1405 GMT .',
      'Police seek talks following Rotherham Muslim boycott',
      'Rooney Fires Warning At Ferguson',
    ]) {
      expect(isTableLine(tok(line)), line).toBe(false);
    }
  });
});
