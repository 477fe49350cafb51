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

// search: the catalog and the Personas (responsibilities, holders and
// components), in memory (Lunr) on SQLite, in PostgreSQL when the backend's
// database is PostgreSQL (app-config.production.yaml)
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(
  import('@platform-personas/backstage-plugin-search-backend-module-persona'),
);

// MCP: the actions of backend.actions.pluginSources as tools for AI
// assistants, at /api/mcp-actions/v1 (see the README)
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// notifications, delivered live through signals: the persona module tells
// people when they come to hold a persona or a persona of theirs reaches a
// new component
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(
  import(
    '@platform-personas/backstage-plugin-persona-backend-module-notifications'
  ),
);

// scorecards: tech insights with the JSON-rules fact checker and the persona
// coverage facts (has a builder, an enabler, a consumer; bus factor)
backend.add(import('@backstage-community/plugin-tech-insights-backend'));
backend.add(
  import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
);
backend.add(
  import(
    '@platform-personas/backstage-plugin-tech-insights-backend-module-persona'
  ),
);

// permissions: allow-all until a policy is configured
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.start();
