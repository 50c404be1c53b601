// The real configuration lives in src/config/site-config.ts so test fixtures build the same way.
import { defineConfig } from 'astro/config';
import { createSiteConfig } from './src/config/site-config.ts';

export default defineConfig(createSiteConfig());
