// Bundles the back office's browser code and styles into ../wwwroot/dist/backoffice/.
// Run by the web project's build (see ClinicCms.Web.csproj); `npm run build` does the same by hand.
import * as esbuild from 'esbuild';
import { rm } from 'node:fs/promises';

const outdir = new URL('../wwwroot/dist/backoffice/', import.meta.url).pathname;
await rm(outdir, { recursive: true, force: true });

await esbuild.build({
  entryPoints: ['src/backoffice.js', 'src/backoffice.css'],
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome120', 'firefox120', 'safari17'],
  // Fonts keep a content hash in their name, so they can be cached for good.
  loader: { '.woff2': 'file' },
  assetNames: 'fonts/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
