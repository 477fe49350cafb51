export { ComponentRolesTable } from './ComponentRolesTable';
