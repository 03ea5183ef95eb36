import readinessPlugin from './alpha';

describe('the /alpha entry point', () => {
  it('exports the readiness plugin for feature discovery', () => {
    // `app.packages: all` loads the default export of `/alpha`.
    expect(readinessPlugin.id).toBe('readiness');
    expect(readinessPlugin.$$type).toBe('@backstage/FrontendPlugin');
  });
});
