/*
 * The smallest backend that loads dynamic plugins: the catalog is installed
 * statically (a dynamic catalog module needs the catalog plugin of the host),
 * everything else comes from `dynamicPlugins.rootDirectory` through
 * `dynamicPluginsFeatureLoader`. The persona packages are NOT imported here.
 *
 * Started by `src/run.ts` with `--config <generated app-config>`.
 */
import { createBackend } from '@backstage/backend-defaults';
import { dynamicPluginsFeatureLoader } from '@backstage/backend-dynamic-feature-service';

const backend = createBackend();

backend.add(dynamicPluginsFeatureLoader);
backend.add(import('@backstage/plugin-catalog-backend'));

backend.start();
