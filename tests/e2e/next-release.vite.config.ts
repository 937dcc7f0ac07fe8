// The app's Vite config with every script renamed, as a release whose code changed would have it: the tab left open
// on the previous build then asks for chunks the new one no longer has (tests/e2e/redeploy.spec.ts).
import type { ConfigEnv, UserConfig } from 'vite';
import appConfig from '../../vite.config.ts';

export default async (env: ConfigEnv): Promise<UserConfig> => {
  const config = await (appConfig as (env: ConfigEnv) => UserConfig | Promise<UserConfig>)(env);
  const output = config.build?.rolldownOptions?.output;
  if (!output || Array.isArray(output)) throw new Error('vite.config.ts: expected one output object');
  Object.assign(output, {
    entryFileNames: 'assets/[name]-next-[hash].js',
    chunkFileNames: 'assets/[name]-next-[hash].js',
  });
  return config;
};
