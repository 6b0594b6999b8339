import { getRouteApi } from '@tanstack/react-router';

/** The root route's search params (filters, window, grouping), typed, for any component. */
export const rootRouteApi = getRouteApi('__root__');
