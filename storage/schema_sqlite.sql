-- The SQLite schema the migrations end with (revision 0007); written by `python -m storage.fresh`, do not edit.
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)
;
CREATE TABLE pages (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	url TEXT NOT NULL, 
	parser VARCHAR(50) NOT NULL, 
	created_at VARCHAR(27) NOT NULL, 
	CONSTRAINT pk_pages PRIMARY KEY (id), 
	CONSTRAINT uq_pages_name UNIQUE (name)
)
;
CREATE TABLE snapshots (
	id INTEGER NOT NULL, 
	page_id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	content_type TEXT, 
	etag TEXT, 
	last_modified TEXT, 
	final_url TEXT, 
	first_seen_at VARCHAR(27) NOT NULL, 
	first_check_id INTEGER NOT NULL, parsed_sha256 VARCHAR(64), 
	CONSTRAINT pk_snapshots PRIMARY KEY (id), 
	CONSTRAINT fk_snapshots_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id), 
	CONSTRAINT fk_snapshots_first_check_id_checks FOREIGN KEY(first_check_id) REFERENCES checks (id), 
	CONSTRAINT uq_snapshots_page_id UNIQUE (page_id, sha256)
)
;
CREATE TABLE "checks" (
	id INTEGER NOT NULL, 
	page_id INTEGER NOT NULL, 
	started_at VARCHAR(27) NOT NULL, 
	duration_ms INTEGER NOT NULL, 
	http_status INTEGER, 
	bytes INTEGER, 
	outcome VARCHAR(12) NOT NULL, 
	error TEXT, 
	snapshot_id INTEGER, 
	CONSTRAINT pk_checks PRIMARY KEY (id), 
	CONSTRAINT ck_checks_outcome CHECK (outcome IN ('changed', 'unchanged', 'not_modified', 'failed', 'refused')), 
	CONSTRAINT fk_checks_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id), 
	CONSTRAINT fk_checks_snapshot_id_snapshots FOREIGN KEY(snapshot_id) REFERENCES snapshots (id)
)
;
CREATE TABLE page_state (
	page_id INTEGER NOT NULL, 
	consecutive_failures INTEGER NOT NULL, 
	failing_since VARCHAR(27), 
	alert_open BOOLEAN NOT NULL, 
	last_check_at VARCHAR(27), 
	last_success_at VARCHAR(27), 
	etag TEXT, 
	last_modified TEXT, 
	last_good_snapshot_id INTEGER, 
	CONSTRAINT pk_page_state PRIMARY KEY (page_id), 
	CONSTRAINT fk_page_state_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id), 
	CONSTRAINT fk_page_state_last_good_snapshot_id_snapshots FOREIGN KEY(last_good_snapshot_id) REFERENCES snapshots (id)
)
;
CREATE TABLE events (
	id INTEGER NOT NULL, 
	page_id INTEGER NOT NULL, 
	"key" TEXT NOT NULL, 
	first_key TEXT NOT NULL, 
	title TEXT NOT NULL, 
	date DATE NOT NULL, 
	start_local TEXT, 
	end_local TEXT, 
	start_utc VARCHAR(27), 
	status VARCHAR(12) NOT NULL, 
	location TEXT, 
	first_seen_at VARCHAR(27) NOT NULL, 
	last_seen_at VARCHAR(27) NOT NULL, 
	first_seen_check_id INTEGER NOT NULL, 
	last_check_id INTEGER NOT NULL, 
	gone_at VARCHAR(27), 
	data JSON NOT NULL, 
	CONSTRAINT pk_events PRIMARY KEY (id), 
	CONSTRAINT fk_events_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id), 
	CONSTRAINT fk_events_first_seen_check_id_checks FOREIGN KEY(first_seen_check_id) REFERENCES checks (id), 
	CONSTRAINT fk_events_last_check_id_checks FOREIGN KEY(last_check_id) REFERENCES checks (id)
)
;
CREATE TABLE event_versions (
	id INTEGER NOT NULL, 
	event_id INTEGER NOT NULL, 
	valid_from VARCHAR(27) NOT NULL, 
	valid_to VARCHAR(27), 
	check_id INTEGER NOT NULL, 
	data JSON NOT NULL, 
	changed_fields JSON NOT NULL, 
	CONSTRAINT pk_event_versions PRIMARY KEY (id), 
	CONSTRAINT fk_event_versions_event_id_events FOREIGN KEY(event_id) REFERENCES events (id), 
	CONSTRAINT fk_event_versions_check_id_checks FOREIGN KEY(check_id) REFERENCES checks (id)
)
;
CREATE TABLE changes (
	id INTEGER NOT NULL, 
	page_id INTEGER NOT NULL, 
	event_id INTEGER, 
	check_id INTEGER, 
	detected_at VARCHAR(27) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	fields JSON NOT NULL, 
	data JSON NOT NULL, 
	CONSTRAINT pk_changes PRIMARY KEY (id), 
	CONSTRAINT fk_changes_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id), 
	CONSTRAINT fk_changes_event_id_events FOREIGN KEY(event_id) REFERENCES events (id), 
	CONSTRAINT fk_changes_check_id_checks FOREIGN KEY(check_id) REFERENCES checks (id), 
	CONSTRAINT ck_changes_kind CHECK (kind IN ('new_date', 'rescheduled', 'updated', 'cancelled', 'removed', 'concluded', 'monitor_error', 'monitor_recovered'))
)
;
CREATE TABLE leases (
	name VARCHAR(200) NOT NULL, 
	holder TEXT NOT NULL, 
	acquired_at VARCHAR(27) NOT NULL, 
	expires_at VARCHAR(27) NOT NULL, 
	CONSTRAINT pk_leases PRIMARY KEY (name)
)
;
CREATE TABLE robots (
	host VARCHAR(255) NOT NULL, 
	fetched_at VARCHAR(27) NOT NULL, 
	status INTEGER, 
	body TEXT, 
	CONSTRAINT pk_robots PRIMARY KEY (host)
)
;
CREATE TABLE daemons (
	holder VARCHAR(200) NOT NULL, 
	host VARCHAR(255) NOT NULL, 
	pid INTEGER NOT NULL, 
	started_at VARCHAR(27) NOT NULL, 
	beat_at VARCHAR(27) NOT NULL, 
	interval_s INTEGER NOT NULL, 
	CONSTRAINT pk_daemons PRIMARY KEY (holder)
)
;
CREATE TABLE "deliveries" (
	id INTEGER NOT NULL, 
	change_id INTEGER NOT NULL, 
	subscriber VARCHAR(100) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at VARCHAR(27), 
	claimed_by TEXT, 
	claimed_until VARCHAR(27), 
	uncertain_at VARCHAR(27), 
	last_error TEXT, 
	message_id TEXT NOT NULL, 
	created_at VARCHAR(27) NOT NULL, 
	sent_at VARCHAR(27), 
	attempt_started_at VARCHAR(27), 
	CONSTRAINT pk_deliveries PRIMARY KEY (id), 
	CONSTRAINT uq_deliveries_change_id UNIQUE (change_id, subscriber), 
	CONSTRAINT fk_deliveries_change_id_changes FOREIGN KEY(change_id) REFERENCES changes (id), 
	CONSTRAINT ck_deliveries_status CHECK (status IN ('pending', 'claimed', 'sending', 'sent', 'uncertain', 'failed'))
)
;
CREATE TABLE blobs (
	sha256 VARCHAR(64) NOT NULL, 
	codec VARCHAR(10) NOT NULL, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	CONSTRAINT pk_blobs PRIMARY KEY (sha256)
)
;
CREATE TABLE instance (
	id INTEGER NOT NULL, 
	instance_id VARCHAR(64) NOT NULL, 
	created_at VARCHAR(27) NOT NULL, 
	CONSTRAINT pk_instance PRIMARY KEY (id), 
	CONSTRAINT ck_instance_ck_instance_one_row CHECK (id = 1)
)
;
CREATE TABLE web_subscribers (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	email TEXT NOT NULL, 
	email_key VARCHAR(254) NOT NULL, 
	kinds JSON NOT NULL, 
	language VARCHAR(2) NOT NULL, 
	confirmed_at VARCHAR(27) NOT NULL, 
	CONSTRAINT ck_web_subscribers_ck_web_subscribers_language CHECK (language IN ('de', 'en')), 
	CONSTRAINT uq_web_subscribers_email_key UNIQUE (email_key)
)
;
CREATE TABLE web_signups (
	id INTEGER NOT NULL, 
	email TEXT NOT NULL, 
	email_key VARCHAR(254) NOT NULL, 
	kinds JSON NOT NULL, 
	language VARCHAR(2) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(27) NOT NULL, 
	expires_at VARCHAR(27) NOT NULL, 
	CONSTRAINT pk_web_signups PRIMARY KEY (id), 
	CONSTRAINT ck_web_signups_ck_web_signups_language CHECK (language IN ('de', 'en')), 
	CONSTRAINT uq_web_signups_token_hash UNIQUE (token_hash)
)
;
CREATE TABLE web_keys (
	name VARCHAR(50) NOT NULL, 
	value VARCHAR(128) NOT NULL, 
	created_at VARCHAR(27) NOT NULL, 
	CONSTRAINT pk_web_keys PRIMARY KEY (name)
)
;
CREATE INDEX ix_checks_page_started ON checks (page_id, started_at)
;
CREATE INDEX ix_events_page_key ON events (page_id, "key")
;
CREATE INDEX ix_event_versions_event_id ON event_versions (event_id)
;
CREATE INDEX ix_changes_event_id ON changes (event_id)
;
CREATE INDEX ix_changes_detected_at ON changes (detected_at)
;
CREATE INDEX ix_checks_down ON checks (page_id, started_at) WHERE outcome IN ('failed', 'refused')
;
CREATE INDEX ix_deliveries_status_due ON deliveries (status, next_attempt_at)
;
CREATE INDEX ix_web_signups_email_created ON web_signups (email_key, created_at)
;
CREATE INDEX ix_web_signups_created_at ON web_signups (created_at)
;
CREATE VIEW v_events AS
SELECT
    e.id AS event_id,
    p.name AS page,
    e.key,
    e.first_key,
    e.title,
    e.status,
    e.date,
    e.start_local,
    e.end_local,
    e.location,
    e.first_seen_at,
    e.last_seen_at,
    e.gone_at,
    CAST(ROUND(julianday(e.date) - julianday(date(e.first_seen_at))) AS INTEGER) AS lead_days,
    CASE WHEN EXISTS (
        SELECT 1 FROM changes ch WHERE ch.event_id = e.id AND ch.kind = 'new_date'
    ) THEN 1 ELSE 0 END AS announced,
    (SELECT COUNT(*) FROM changes ch WHERE ch.event_id = e.id AND ch.kind = 'rescheduled') AS times_rescheduled,
    (SELECT COUNT(*) FROM changes ch WHERE ch.event_id = e.id AND ch.kind = 'updated') AS times_updated,
    CASE WHEN e.status = 'cancelled' THEN 1 ELSE 0 END AS cancelled
FROM events e
JOIN pages p ON p.id = e.page_id
;
CREATE VIEW v_changes AS
SELECT
    c.id AS change_id,
    p.name AS page,
    c.event_id,
    e.key AS event_key,
    e.first_key AS event_first_key,
    COALESCE(json_extract(c.data, '$.new.title'), json_extract(c.data, '$.old.title')) AS event_title,
    COALESCE(json_extract(c.data, '$.new.date'), json_extract(c.data, '$.old.date')) AS event_date,
    c.kind,
    c.detected_at,
    c.check_id,
    COALESCE((SELECT group_concat(json_extract(f.value, '$.field'), ', ') FROM json_each(c.fields) AS f), '') AS field_names,
    c.fields
FROM changes c
JOIN pages p ON p.id = c.page_id
LEFT JOIN events e ON e.id = c.event_id
;
CREATE VIEW v_checks_daily AS
SELECT
    p.name AS page,
    date(c.started_at) AS day,
    COUNT(*) AS checks,
    SUM(CASE WHEN c.outcome = 'failed' THEN 1 ELSE 0 END) AS failures,
    SUM(CASE WHEN c.outcome = 'refused' THEN 1 ELSE 0 END) AS refused,
    SUM(CASE WHEN c.outcome = 'not_modified' THEN 1 ELSE 0 END) AS not_modified,
    SUM(CASE WHEN c.outcome = 'unchanged' THEN 1 ELSE 0 END) AS unchanged,
    SUM(CASE WHEN c.outcome = 'changed' THEN 1 ELSE 0 END) AS changed,
    MIN(CASE WHEN c.outcome IN ('failed', 'refused') THEN c.started_at END) AS first_failure_at,
    MAX(CASE WHEN c.outcome IN ('failed', 'refused') THEN c.started_at END) AS last_failure_at,
    SUM(CASE WHEN c.outcome IN ('failed', 'refused') THEN COALESCE(CAST(ROUND((julianday((SELECT MIN(n.started_at) FROM checks n WHERE n.page_id = c.page_id AND n.started_at > c.started_at)) - julianday(c.started_at)) * 1440) AS INTEGER), 0) ELSE 0 END)
        AS downtime_minutes
FROM checks c
JOIN pages p ON p.id = c.page_id
GROUP BY p.name, date(c.started_at)
;
CREATE VIEW v_outages AS
SELECT
    p.name AS page,
    o.started_at,
    o.ended_at,
    CAST(ROUND((julianday(o.ended_at) - julianday(o.started_at)) * 1440) AS INTEGER) AS minutes,
    (SELECT COUNT(*) FROM checks f WHERE f.page_id = o.page_id AND f.started_at >= o.started_at AND f.started_at < COALESCE(o.ended_at, '9999-12-31 23:59:59.999999Z')) AS checks,
    o.first_error
FROM (
    SELECT
        c.page_id,
        c.started_at,
        (SELECT n.started_at FROM checks n WHERE n.page_id = c.page_id AND n.started_at > c.started_at AND n.outcome IN ('changed', 'unchanged', 'not_modified') ORDER BY n.started_at LIMIT 1) AS ended_at,
        c.error AS first_error
    FROM checks c
    WHERE c.outcome IN ('failed', 'refused')
      AND COALESCE((SELECT pc.outcome FROM checks pc WHERE pc.page_id = c.page_id AND pc.started_at < c.started_at ORDER BY pc.started_at DESC LIMIT 1), 'none') NOT IN ('failed', 'refused')
) o
JOIN pages p ON p.id = o.page_id
;
