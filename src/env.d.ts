// Compile-time constants the Vite plugin defines (src/node/vite-plugin.ts, `config` hook).

/** True in a PRERENDER=shell build, whose data files are packed (src/common/data-packs.ts). */
declare const __READOUT_PACKED_DATA__: boolean | undefined;
