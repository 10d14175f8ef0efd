-- Pi-hole's long-term query database (pihole-FTL.db) in the layout Pi-hole 6 writes: database
-- version 21, queries in query_storage with domains and clients in link tables and the `queries`
-- view joining them back (pi-hole/FTL src/database/query-table.h). Timestamps are REAL seconds.
-- Holds the 46 queries of queries.csv, with the status Pi-hole would give them: the pupils'
-- dragon-chat queries blocked by a list (1, gravity), the rest forwarded (2) or answered from
-- the cache (3). The tests build a database from this script (Fixtures.log).
CREATE TABLE ftl (id INTEGER PRIMARY KEY NOT NULL, value BLOB NOT NULL, description TEXT);
INSERT INTO ftl VALUES (0, 21, 'Database version');
CREATE TABLE query_storage (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp INTEGER NOT NULL,
  type INTEGER NOT NULL, status INTEGER NOT NULL, domain INTEGER NOT NULL, client INTEGER NOT NULL,
  forward INTEGER, additional_info INTEGER, reply_type INTEGER, reply_time REAL, dnssec INTEGER,
  list_id INTEGER, ede INTEGER);
CREATE INDEX idx_query_storage_timestamp ON query_storage (timestamp);
CREATE TABLE domain_by_id (id INTEGER PRIMARY KEY, domain TEXT NOT NULL);
CREATE UNIQUE INDEX domain_by_id_domain_idx ON domain_by_id (domain);
CREATE TABLE client_by_id (id INTEGER PRIMARY KEY, ip TEXT NOT NULL, name TEXT);
CREATE UNIQUE INDEX client_by_id_client_idx ON client_by_id (ip, name);
CREATE TABLE forward_by_id (id INTEGER PRIMARY KEY, forward TEXT NOT NULL);
CREATE TABLE addinfo_by_id (id INTEGER PRIMARY KEY, type INTEGER NOT NULL, content NOT NULL);
CREATE VIEW queries AS SELECT id, timestamp, type, status,
  CASE typeof(domain) WHEN 'integer' THEN (SELECT domain FROM domain_by_id d WHERE d.id = q.domain) ELSE domain END domain,
  CASE typeof(client) WHEN 'integer' THEN (SELECT ip FROM client_by_id c WHERE c.id = q.client) ELSE client END client,
  CASE typeof(forward) WHEN 'integer' THEN (SELECT forward FROM forward_by_id f WHERE f.id = q.forward) ELSE forward END forward,
  CASE typeof(additional_info) WHEN 'integer' THEN (SELECT content FROM addinfo_by_id a WHERE a.id = q.additional_info) ELSE additional_info END additional_info,
  reply_type, reply_time, dnssec, list_id FROM query_storage q;
INSERT INTO forward_by_id VALUES (1, '9.9.9.9#53');
INSERT INTO domain_by_id VALUES (1, 'chat.dragon-chat.test');
INSERT INTO client_by_id VALUES (1, '10.20.1.11', 'elev-11.skola.lan');
INSERT INTO client_by_id VALUES (2, '10.20.1.12', 'elev-12.skola.lan');
INSERT INTO client_by_id VALUES (3, '10.20.1.13', '');
INSERT INTO client_by_id VALUES (4, '10.20.1.14', '');
INSERT INTO client_by_id VALUES (5, '10.20.1.15', '');
INSERT INTO client_by_id VALUES (6, '10.20.1.16', '');
INSERT INTO client_by_id VALUES (7, '10.30.0.21', 'handl-21.kommun.lan');
INSERT INTO domain_by_id VALUES (2, 'api.dragon-cloud.test');
INSERT INTO domain_by_id VALUES (3, 'nordic-chat.test');
INSERT INTO client_by_id VALUES (8, '10.30.0.22', '');
INSERT INTO client_by_id VALUES (9, '10.30.0.23', '');
INSERT INTO client_by_id VALUES (10, '2001:db8:30::7', '');
INSERT INTO domain_by_id VALUES (4, 'console.dragon-cloud.test');
INSERT INTO domain_by_id VALUES (5, 'www.bbc.co.uk');
INSERT INTO domain_by_id VALUES (6, 'news.bbc.co.uk');
INSERT INTO domain_by_id VALUES (7, 'cdn.example-analytics.com');
INSERT INTO domain_by_id VALUES (8, 'rare.example.org');
INSERT INTO domain_by_id VALUES (9, 'assistant.schoolportal.se');
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (1, 1795507200.0, 1, 1, 1, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (2, 1795507237.0, 1, 1, 1, 2, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (3, 1795507274.0, 1, 1, 1, 3, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (4, 1795507311.0, 1, 1, 1, 4, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (5, 1795507348.0, 1, 1, 1, 5, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (6, 1795507385.0, 1, 1, 1, 6, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (7, 1795507422.0, 1, 2, 1, 7, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (8, 1795507459.0, 1, 1, 1, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (9, 1795507496.0, 1, 1, 1, 2, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (10, 1795507533.0, 1, 1, 1, 3, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (11, 1795507570.0, 1, 1, 1, 4, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (12, 1795507607.0, 1, 1, 1, 5, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (13, 1795507644.0, 1, 1, 1, 6, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (14, 1795507681.0, 1, 2, 1, 7, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (15, 1795507718.0, 1, 3, 2, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (16, 1795507755.0, 1, 2, 2, 2, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (17, 1795507792.0, 1, 2, 3, 7, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (18, 1795507829.0, 1, 3, 3, 8, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (19, 1795507866.0, 1, 2, 3, 9, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (20, 1795507903.0, 2, 2, 3, 10, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (21, 1795507940.0, 1, 3, 3, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (22, 1795507977.0, 1, 2, 4, 7, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (23, 1795508014.0, 1, 2, 4, 8, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (24, 1795508051.0, 1, 3, 5, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (25, 1795508088.0, 1, 2, 5, 2, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (26, 1795508125.0, 1, 2, 5, 3, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (27, 1795508162.0, 1, 3, 5, 4, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (28, 1795508199.0, 1, 2, 5, 5, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (29, 1795508236.0, 1, 2, 5, 6, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (30, 1795508273.0, 1, 3, 6, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (31, 1795508310.0, 1, 2, 6, 2, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (32, 1795508347.0, 1, 2, 6, 3, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (33, 1795508384.0, 1, 3, 6, 7, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (34, 1795508421.0, 1, 2, 6, 8, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (35, 1795508458.0, 1, 2, 6, 9, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (36, 1795508495.0, 1, 3, 7, 1, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (37, 1795508532.0, 1, 2, 7, 2, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (38, 1795508569.0, 1, 2, 7, 3, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (39, 1795508606.0, 1, 3, 7, 4, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (40, 1795508643.0, 1, 2, 7, 5, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (41, 1795508680.0, 2, 2, 8, 10, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (42, 1795508717.0, 1, 3, 9, 2, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (43, 1795508754.0, 1, 2, 9, 3, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (44, 1795508791.0, 1, 2, 9, 4, 1, 4, 0.0214, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (45, 1795508828.0, 1, 3, 9, 5, NULL, 4, 0.0001, 0);
INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, reply_type, reply_time, dnssec) VALUES (46, 1795508865.0, 1, 2, 9, 6, 1, 4, 0.0214, 0);
