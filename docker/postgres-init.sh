#!/bin/bash
# Runs once, when the compose PostgreSQL starts with an empty volume: one database per service, each owned by a
# role of its own that may connect to its own database only. The passwords come from the environment
# (PROJECTS_DB_PASSWORD, FUNDING_DB_PASSWORD); psql quotes them (:'var'), so any character is safe.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v projects_password="$PROJECTS_DB_PASSWORD" -v funding_password="$FUNDING_DB_PASSWORD" <<'SQL'
CREATE ROLE projects LOGIN PASSWORD :'projects_password';
CREATE ROLE funding LOGIN PASSWORD :'funding_password';
CREATE DATABASE projects OWNER projects;
CREATE DATABASE funding OWNER funding;
-- by default every role may connect to every database; only the owner (and the superuser) may now
REVOKE ALL ON DATABASE projects FROM PUBLIC;
REVOKE ALL ON DATABASE funding FROM PUBLIC;
REVOKE ALL ON DATABASE postgres FROM PUBLIC;
SQL
