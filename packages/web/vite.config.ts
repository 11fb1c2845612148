import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The console and the portal are one app split by route: the entry holds the shell (React, Mantine, the
// router, TanStack Query); each page is its own chunk. scripts/build.mjs reports the portal's initial JS.
export default defineConfig({
  plugins: [react()],
  // The repository root holds another React (a dependency of the deploy tooling): one copy only.
  resolve: { dedupe: ["react", "react-dom"] },
  // packages/web/public holds the page the runtime serves before the console is built, not build assets.
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
