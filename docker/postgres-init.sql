-- Temporal's auto-setup creates its own databases; this only makes sure the role can.
ALTER ROLE tablekeeper CREATEDB;
