import { neutraliseFormula } from './csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+372 5555 5555', "'+372 5555 5555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['-1000.00', '-1000.00'],
    ['42', '42'],
    ['Õie Šmidt', 'Õie Šmidt'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(neutraliseFormula(input)).toBe(expected));
});
