import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded servers on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: null, meiliHost: null, nodeEnv: 'development' });
  });

  it('names every bad variable at once and never echoes a database URL', () => {
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://u:secret@h/db',
        MEILI_HOST: 'nope',
        SEED_ON_BOOT: 'maybe',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'MEILI_HOST', 'SEED_ON_BOOT'])
        expect(message).toContain(name);
      expect(message).not.toContain('secret');
    }
  });

  it('limits heap growth to 50 % unless told otherwise, from 0 (V8 decides) to 300', () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(50);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '120' }).heapGrowthPercent).toBe(120);
    for (const bad of ['301', '-5', '1.5', 'lots']) {
      expect(() => loadConfig({ HEAP_GROWTH_PERCENT: bad })).toThrow(
        /HEAP_GROWTH_PERCENT must be an integer from 0 to 300/,
      );
    }
  });

  it('requires external servers in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL and MEILI_HOST are required/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://tara.ria.ee' })).toThrow(/must be set together/);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u:p@db:5432/elvl',
        MEILI_HOST: 'http://search:7700',
        MEILI_MASTER_KEY: 'k'.repeat(32),
        JWT_SECRET: 's'.repeat(32),
      }).introspection,
    ).toBe(false);
  });
});
