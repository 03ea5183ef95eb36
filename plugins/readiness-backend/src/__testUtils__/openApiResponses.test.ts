import { responseErrors } from './openApiResponses';

describe('responseErrors', () => {
  const history = {
    groupBy: 'owner',
    tiers: ['pilot', 'beta', 'production'],
    groupCount: 0,
    points: [
      {
        date: '2026-11-21',
        total: { entityCount: 0, meanScore: 0, tiers: { none: 0 } },
        groups: [],
      },
    ],
  };

  it('accepts a body the spec describes', () => {
    expect(responseErrors('GetRollupHistory', history)).toEqual([]);
  });

  it('names what a drifted body lacks, adds or gets wrong', () => {
    const { groupCount: _dropped, ...withoutCount } = history;
    const errors = responseErrors('GetRollupHistory', {
      ...withoutCount,
      groupBy: 'team',
      points: [{ ...history.points[0], date: 'yesterday', extra: true }],
    });
    expect(errors.map(e => e.split(' {')[0])).toEqual(
      expect.arrayContaining([
        "(body) must have required property 'groupCount'",
        '/groupBy must be equal to one of the allowed values',
        '/points/0 must NOT have additional properties',
        '/points/0/date must match format "date"',
      ]),
    );
  });

  it('follows shared responses to their schema', () => {
    expect(
      responseErrors(
        'GetScorecard',
        { error: { name: 'NotFoundError', message: 'No entity' } },
        '404',
      ),
    ).toEqual([]);
    expect(responseErrors('GetScorecard', { error: {} }, '404')).toHaveLength(
      2,
    );
  });

  it('refuses an operation or a status the spec does not have', () => {
    expect(() => responseErrors('GetNothing', {})).toThrow(
      'No operation GetNothing in openapi.yaml',
    );
    expect(() => responseErrors('GetHealth', {}, '500')).toThrow(
      'GetHealth has no 500 response in openapi.yaml',
    );
  });
});
