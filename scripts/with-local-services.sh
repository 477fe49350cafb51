#!/usr/bin/env bash
# Runs a command with PostgreSQL and Redis available: finds them on this
# machine (127.0.0.1:5432 and 127.0.0.1:6379), starts them from the Debian
# packages when they are installed but stopped, and exports the connection
# strings that Backstage's TestDatabases and TestCaches read, and the
# POSTGRES_* / REDIS_* variables of app-config.production.yaml.
#
#   bash scripts/with-local-services.sh backstage-cli repo test
#
# Other servers: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING and
# BACKSTAGE_TEST_CACHE_REDIS7_CONNECTION_STRING yourself.
set -euo pipefail

listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for() {
  local name=$1 host=$2 port=$3
  for _ in $(seq 1 60); do
    listening "$host" "$port" && return 0
    sleep 0.5
  done
  echo "with-local-services: $name does not answer on $host:$port" >&2
  return 1
}

if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  if ! listening 127.0.0.1 5432; then
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
      echo "with-local-services: starting PostgreSQL" >&2
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
    fi
    wait_for PostgreSQL 127.0.0.1 5432
  fi
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432/postgres
fi

if [ -z "${BACKSTAGE_TEST_CACHE_REDIS7_CONNECTION_STRING:-}" ]; then
  if ! listening 127.0.0.1 6379; then
    if command -v redis-server >/dev/null; then
      echo "with-local-services: starting Redis" >&2
      redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
    fi
    wait_for Redis 127.0.0.1 6379
  fi
  # Database 1: the tests empty their cache, never the one a portal uses (0).
  export BACKSTAGE_TEST_CACHE_REDIS7_CONNECTION_STRING=redis://127.0.0.1:6379/1
fi

export POSTGRES_HOST=${POSTGRES_HOST:-127.0.0.1} POSTGRES_PORT=${POSTGRES_PORT:-5432}
export POSTGRES_USER=${POSTGRES_USER:-postgres} POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-}
export REDIS_HOST=${REDIS_HOST:-127.0.0.1} REDIS_PORT=${REDIS_PORT:-6379}

# Without a connection string, a test database would be started in Docker.
export BACKSTAGE_TEST_DISABLE_DOCKER=1
exec "$@"
