import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('verifies the right password only, with Estonian letters intact', async () => {
    const hash = await hashPassword('Õunapuu-äärel-öösel-üksi', 2 ** 10);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('Õunapuu-äärel-öösel-üksi', hash)).toBe(true);
    expect(await verifyPassword('Ounapuu-aarel-oosel-uksi', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password!', 2 ** 10)).not.toBe(
      await hashPassword('same password!', 2 ** 10),
    );
  });

  it('asks for at least 12 characters', () => {
    expect(passwordProblem('short')).toMatch(/12/);
    expect(passwordProblem('long enough pass')).toBeNull();
  });
});
