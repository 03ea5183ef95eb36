import { screen, within } from '@testing-library/react';
import { paymentsApiResponse } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { PeopleCard } from './PeopleCard';

describe('PeopleCard', () => {
  it('links both owners to their catalog pages, with email', async () => {
    await renderWithReadiness(
      <PeopleCard people={paymentsApiResponse.people} />,
    );

    const owner = screen.getByTestId('readiness-owner-group');
    expect(
      within(owner).getByRole('link', { name: 'Payments team' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-team');
    expect(
      within(owner).getByRole('list', { name: 'Members of the owner group' }),
    ).toHaveTextContent('Jane Doe');
    const operational = screen.getByTestId('readiness-operational-owner');
    expect(
      within(operational).getByRole('link', { name: 'jonas@acme.example' }),
    ).toHaveAttribute('href', 'mailto:jonas@acme.example');
  });

  it('shows a group without an email as a link only', async () => {
    await renderWithReadiness(
      <PeopleCard
        people={{
          ownerGroup: {
            entityRef: 'group:default/payments-team',
            title: 'Payments team',
          },
        }}
      />,
    );

    const owner = screen.getByTestId('readiness-owner-group');
    expect(within(owner).getAllByRole('link')).toHaveLength(1);
    expect(owner).toHaveTextContent('The group has no members.');
  });

  it('explains owners that are declared but not in the catalog', async () => {
    await renderWithReadiness(
      <PeopleCard
        people={{}}
        declaredOwner="group:default/ghosts"
        declaredOperationalOwner="user:default/nobody"
      />,
    );

    expect(screen.getByTestId('readiness-owner-group')).toHaveTextContent(
      'spec.owner names group:default/ghosts, which is not a group in the catalog',
    );
    expect(screen.getByTestId('readiness-operational-owner')).toHaveTextContent(
      'readiness/operational-owner names user:default/nobody, which is not a user',
    );
  });

  it('says what to add when nobody is named', async () => {
    await renderWithReadiness(<PeopleCard people={{}} />);

    expect(screen.getByTestId('readiness-owner-group')).toHaveTextContent(
      'No owner: set spec.owner to a group.',
    );
    expect(screen.getByTestId('readiness-operational-owner')).toHaveTextContent(
      'readiness/operational-owner: user:<name>',
    );
  });
});
