import { QueryClient } from '@tanstack/react-query';
import { isNotFound } from '../common/fetch-json.ts';

/** The app's QueryClient (browser and prerender share the defaults). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data files never change while a deployed site is open.
        staleTime: Infinity,
        // One quiet retry for a flaky connection; a missing file stays missing.
        retry: (failures, error) => !isNotFound(error) && failures < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
