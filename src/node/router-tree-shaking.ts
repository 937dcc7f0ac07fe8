// React Router's build marks none of its top-level `React.forwardRef(…)` and `React.createContext(…)` calls pure and
// names each component afterwards (`Form.displayName = "Form"`, for React's developer tools), so the bundler keeps
// every component it defines, used or not, with all they use: <Form> and its submission code, and <Link>'s route
// prefetching and framework-mode links (the app has links of its own, src/components/ui/link.tsx). This says the
// calls are pure and drops the names, so the home page carries only what the app calls (−1.3 kB gz; READER.md,
// session 27).
import type { Plugin } from 'vite';

const routerChunk = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/][^\\/]+[\\/]chunk-[\w-]+\.m?js$/;

/** React Router's chunk source with its component definitions pure and their display names gone. */
function shakeableRouterSource(code: string): string {
  return code
    .replace(/^(var [\w$]+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm, '$1/* @__PURE__ */ $2')
    .replace(/^[\w$]+\.displayName = "[^"\n]*";$/gm, '');
}

export function routerTreeShakingPlugin(): Plugin {
  return {
    name: 'readout:router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      return routerChunk.test(id) ? { code: shakeableRouterSource(code), map: null } : undefined;
    },
  };
}
