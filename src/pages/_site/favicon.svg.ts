/** The site icon at /favicon.svg (Starlight's head links it), made here so every build of the site has it. */
import type { APIRoute } from 'astro';

export const prerender = true;

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#3b5bdb"/><path d="M9 22V10h3.2l3.8 7.2L19.8 10H23v12h-2.8v-7.3L17 20.6h-2l-3.2-5.9V22z" fill="#fff"/></svg>\n`;

export const GET: APIRoute = () => new Response(ICON, { headers: { 'Content-Type': 'image/svg+xml' } });
