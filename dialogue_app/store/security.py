"""What PostgreSQL itself enforces on a shared office database (DESIGN.md §8).

Every staff member signs in with their own login role, a member of one group role
(``dialogue_admin``, ``dialogue_head``, ``dialogue_clerk``, ``dialogue_viewer``). What the services
check, the database checks a second time, so that ``psql`` or an edited file cannot bypass it:

- GRANTs per group role: a viewer reads; a clerk writes the records but not the accounts, the
  settings or the deadline rules; admin and head write everything. The audit log is read by admin
  and head only and changed by nobody (only appended to).
- Row-level security: a role that is not head reads no denunciator known only as one (their
  citizen row and its search words), no search word that names a denunciator, no attachment
  of a denunciation and no issued document that names a denunciator (its data and .docx). The
  register of outgoing documents still lists every document's number, kind, date and title to
  every role, through the view ``issued_register`` (``ISSUED_REGISTER``), which holds neither.
  (Notes of a denunciation's timeline are hidden by the services: the timeline's automatic
  entries are not secret, and a clerk records them.)
- Triggers write every insert, update and delete of a table into the audit log with
  ``current_user``, the time, the record and the names of the fields changed (never their
  values: those may be a denunciator's name).

``secure_postgres`` applies all of it and can run any number of times: a migration calls it
(0019), and ``store.database.upgrade`` calls it again after every upgrade, so tables added by
later revisions get their GRANTs and triggers too. SQLite has one user, the OS account, and none
of this (its files are readable by that account alone).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from dialogue_app.domain.roles import Role
from dialogue_app.store.types import UTCDateTime

# The register of outgoing documents without the protected content (data and .docx), for every
# role on PostgreSQL: a view, in a metadata of its own so that the schema's autogenerate never
# takes it for a table.
ISSUED_REGISTER = Table(
    "issued_register",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("kind", String(32)),
    Column("year", Integer),
    Column("sequence", Integer),
    Column("number", String(100)),
    Column("issued_on", Date),
    Column("issued_at", UTCDateTime),
    Column("user_name", String(100)),
    Column("record_type", String(16)),
    Column("record_id", Integer),
    Column("title", Text),
    Column("search_key", Text),
    Column("confidential", Boolean),
)

# the actions of the audit log's rows written by the triggers (the services write the others)
CHANGE_ACTIONS = ("insert", "update", "delete")
GROUP_ROLES = tuple(role.group_role for role in Role)
HEAD = Role.HEAD.group_role

# tables with row-level security: bulk writes use INSERT there (COPY FROM refuses them)

# what a clerk may read but not change (settings, rules, accounts, the structure)
SETTINGS_TABLES = frozenset(
    {
        "users",
        "deadline_rules",
        "office_profile",
        "working_day_exceptions",
        "duty_quotas",
        "admin_levels",
        "pending_tasks",
    }
)
NOT_AUDITED = frozenset({"alembic_version", "audit_log", "citizen_search_terms"})
NOT_AUDITED |= {"case_search_terms", "pending_tasks"}  # derived or the application's own work

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION dialogue_sees_denunciators() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, 'dialogue_head', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION dialogue_event_of_denunciation(p_event integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id
                 WHERE e.id = p_event AND c.case_type = 'denunciation')
$$;

CREATE OR REPLACE FUNCTION dialogue_only_denunciator(p_citizen integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM case_citizens l JOIN cases c ON c.id = l.case_id
                 WHERE l.citizen_id = p_citizen AND c.case_type = 'denunciation')
     AND NOT EXISTS (SELECT 1 FROM case_citizens l JOIN cases c ON c.id = l.case_id
                     WHERE l.citizen_id = p_citizen AND c.case_type <> 'denunciation')
$$;

CREATE OR REPLACE FUNCTION dialogue_audit() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  -- runs as the login that made the change (no SECURITY DEFINER), so current_user is theirs;
  -- one statement-level trigger per operation, reading its transition table: a bulk import
  -- costs one INSERT … SELECT, not a trigger call per row
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_log (at, user_name, action, entity, entity_id, detail)
    SELECT now(), current_user, 'insert', TG_TABLE_NAME, (to_jsonb(n) ->> 'id')::integer, NULL
      FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO audit_log (at, user_name, action, entity, entity_id, detail)
    SELECT now(), current_user, 'delete', TG_TABLE_NAME, (to_jsonb(o) ->> 'id')::integer, NULL
      FROM old_rows o;
  ELSE
    INSERT INTO audit_log (at, user_name, action, entity, entity_id, detail)
    SELECT now(), current_user, 'update', TG_TABLE_NAME, x.id, x.changed
      FROM (SELECT (nn.j ->> 'id')::integer AS id,
                   (SELECT string_agg(k.key, ',' ORDER BY k.key) FROM jsonb_each(nn.j) k
                     WHERE k.value IS DISTINCT FROM oo.j -> k.key) AS changed
              FROM (SELECT to_jsonb(n) AS j FROM new_rows n) nn
              JOIN (SELECT to_jsonb(o) AS j FROM old_rows o) oo
                ON nn.j -> 'id' = oo.j -> 'id') x
     WHERE x.changed IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;
"""

# who reads which rows of the tables with row-level security (any role may write them, as
# their GRANTs allow)
_READ_POLICIES = {
    "citizens": "dialogue_sees_denunciators() OR NOT dialogue_only_denunciator(id)",
    "citizen_search_terms": (
        "dialogue_sees_denunciators() OR NOT dialogue_only_denunciator(citizen_id)"
    ),
    "case_search_terms": "dialogue_sees_denunciators() OR NOT confidential",
    "attachments": ("dialogue_sees_denunciators() OR NOT dialogue_event_of_denunciation(event_id)"),
    # a document that prints a denunciator's identity (a head's notice): its data and .docx
    "issued_documents": "dialogue_sees_denunciators() OR NOT confidential",
}
# tables with row-level security: bulk writes use INSERT there (COPY FROM refuses them)
ROW_SECURITY_TABLES = frozenset(_READ_POLICIES)


def drop_views(connection: Connection) -> None:
    """Drop the views ``secure_postgres`` makes (before a migration, which may alter the tables
    they read; ``secure_postgres`` makes them again after it)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("DROP VIEW IF EXISTS issued_register")


def secure_postgres(connection: Connection) -> None:
    """Group roles, functions, GRANTs, row-level security and audit triggers (idempotent)."""
    if connection.dialect.name != "postgresql":
        return
    for role in GROUP_ROLES:
        # roles are cluster-wide: another database of the same server may have made them
        connection.exec_driver_sql(
            f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    connection.exec_driver_sql(_FUNCTIONS)
    tables = list(
        connection.scalars(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version' ORDER BY tablename"
            )
        )
    )
    _grant(connection, tables)
    if "issued_documents" in tables:
        # owned by whoever secures the database (the owner, not subject to row-level
        # security): every row of the register, none of the protected content
        columns = ", ".join(column.name for column in ISSUED_REGISTER.columns)
        connection.exec_driver_sql(
            f"CREATE OR REPLACE VIEW issued_register AS SELECT {columns} FROM issued_documents"
        )
        connection.exec_driver_sql(f"GRANT SELECT ON issued_register TO {', '.join(GROUP_ROLES)}")
    for table, using in _READ_POLICIES.items():
        if table not in tables:
            continue
        connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS dialogue_select ON {table}")
        connection.exec_driver_sql(
            f"CREATE POLICY dialogue_select ON {table} FOR SELECT USING ({using})"
        )
        for command, clause in _WRITE_POLICIES:
            connection.exec_driver_sql(f"DROP POLICY IF EXISTS dialogue_{command} ON {table}")
            connection.exec_driver_sql(
                f"CREATE POLICY dialogue_{command} ON {table} FOR {command} {clause}"
            )
    for table in tables:
        if table in NOT_AUDITED:
            continue
        for operation, transition in _AUDITED_OPERATIONS:
            connection.exec_driver_sql(
                f"CREATE OR REPLACE TRIGGER dialogue_audit_{operation} AFTER {operation} "
                f"ON {table} REFERENCING {transition} FOR EACH STATEMENT "
                "EXECUTE FUNCTION dialogue_audit()"
            )


_WRITE_POLICIES = (
    ("insert", "WITH CHECK (true)"),
    ("update", "USING (true) WITH CHECK (true)"),
    ("delete", "USING (true)"),
)
_AUDITED_OPERATIONS = (
    ("insert", "NEW TABLE AS new_rows"),
    ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    ("delete", "OLD TABLE AS old_rows"),
)


def _grant(connection: Connection, tables: list[str]) -> None:
    everyone = ", ".join(GROUP_ROLES)
    writers = ", ".join(r.group_role for r in (Role.ADMIN, Role.HEAD))
    clerk = Role.CLERK.group_role
    run = connection.exec_driver_sql
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    run(f"GRANT SELECT ON alembic_version TO {everyone}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    run(
        f"GRANT EXECUTE ON FUNCTION dialogue_sees_denunciators(),"
        f" dialogue_event_of_denunciation(integer), dialogue_only_denunciator(integer) "
        f"TO {everyone}"
    )
    for table in tables:
        run(f"REVOKE ALL ON {table} FROM {everyone}")
        if table == "audit_log":
            # appended to by the services (the reads that matter) and the triggers; read by
            # admin and head; changed by nobody. ``id`` readable to all for INSERT … RETURNING.
            run(f"GRANT INSERT ON audit_log TO {everyone}")
            run(f"GRANT SELECT (id) ON audit_log TO {everyone}")
            run(f"GRANT SELECT ON audit_log TO {writers}")
            continue
        run(f"GRANT SELECT ON {table} TO {everyone}")
        run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {writers}")
        if table not in SETTINGS_TABLES:
            run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {clerk}")
