-- Runs once, when the compose PostgreSQL starts with an empty volume: one database per service.
CREATE DATABASE projects;
CREATE DATABASE funding;
