import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The rollup page renders charts and tables from several requests; on a
// loaded 2-core CI machine the default 1 s for findBy* queries was seen to
// run out before the first render finished.
configure({ asyncUtilTimeout: 5000 });
