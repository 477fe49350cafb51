/*
 * The Platform Personas example portal backend: the catalog with the Persona
 * kind, guest sign-in, and SQLite in memory by default (see
 * app-config.production.yaml for PostgreSQL).
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// auth: guest sign-in for the example portal
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// catalog, with the Persona kind
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(
  import('@platform-personas/backstage-plugin-catalog-backend-module-persona'),
);

// persona views: who builds, enables and consumes what
backend.add(import('@platform-personas/backstage-plugin-persona-backend'));

// permissions: allow-all until a policy is configured
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.start();
