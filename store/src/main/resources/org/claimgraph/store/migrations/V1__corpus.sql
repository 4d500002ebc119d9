-- The corpus store, version 1. One SQL subset that both H2 2.x and PostgreSQL accept: no sequences, no
-- vendor types; ids are computed by the store. Statements are separated by a line that holds only ';'.

-- One row per version of an article; the id is the hash of the input bytes.
CREATE TABLE article (
    id VARCHAR(128) PRIMARY KEY,
    seq BIGINT NOT NULL,
    source VARCHAR(600) NOT NULL,
    url VARCHAR(600),
    outlet VARCHAR(1000),
    title VARCHAR(4000),
    published VARCHAR(64),
    language VARCHAR(32),
    story VARCHAR(128) NOT NULL,
    version_number INTEGER NOT NULL,
    superseded_by VARCHAR(128),
    duplicate_of VARCHAR(128),
    resemblance DOUBLE PRECISION,
    body TEXT NOT NULL,
    document TEXT NOT NULL
)
;
CREATE INDEX article_seq ON article (seq)
;
CREATE INDEX article_source ON article (source)
;
CREATE INDEX article_url ON article (url)
;
CREATE INDEX article_duplicate ON article (duplicate_of)
;
CREATE INDEX article_story ON article (story)
;
-- Near-duplicate band keys of each article's text (NearDuplicates.bandKeys).
CREATE TABLE article_band (
    band VARCHAR(64) NOT NULL,
    article_id VARCHAR(128) NOT NULL,
    PRIMARY KEY (band, article_id)
)
;
-- One row per canonical entity across articles.
CREATE TABLE entity (
    id VARCHAR(64) PRIMARY KEY,
    seq BIGINT NOT NULL
)
;
CREATE INDEX entity_seq ON entity (seq)
;
-- The keys (EntityKeys.of) that lead to a canonical entity: two entities sharing a key are one.
CREATE TABLE entity_key (
    lookup_key VARCHAR(600) PRIMARY KEY,
    entity_id VARCHAR(64) NOT NULL
)
;
CREATE INDEX entity_key_entity ON entity_key (entity_id)
;
-- Every name and alias of a canonical entity, as EntityKeys.ofName gives it, for lookups by name.
CREATE TABLE entity_name (
    name_key VARCHAR(600) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (name_key, entity_id)
)
;
CREATE INDEX entity_name_entity ON entity_name (entity_id)
;
-- One entity of one article version, with the canonical entity it resolves to.
CREATE TABLE mention (
    article_id VARCHAR(128) NOT NULL,
    local_id VARCHAR(128) NOT NULL,
    entity_id VARCHAR(64),
    name VARCHAR(1000) NOT NULL,
    entity_type VARCHAR(16) NOT NULL,
    contract_json TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
)
;
CREATE INDEX mention_entity ON mention (entity_id)
;
-- One statement of one article version, in the contract's shape, with its cluster (the same utterance elsewhere).
CREATE TABLE statement (
    article_id VARCHAR(128) NOT NULL,
    local_id VARCHAR(128) NOT NULL,
    position INTEGER NOT NULL,
    speaker_entity VARCHAR(64),
    speaker_key VARCHAR(600),
    cluster_id VARCHAR(300) NOT NULL,
    said_on VARCHAR(64),
    content VARCHAR(20000) NOT NULL,
    contract_json TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
)
;
CREATE INDEX statement_speaker ON statement (speaker_entity)
;
CREATE INDEX statement_speaker_key ON statement (speaker_key)
;
CREATE INDEX statement_cluster ON statement (cluster_id)
;
CREATE INDEX statement_said_on ON statement (said_on)
;
-- Near-duplicate band keys of each statement's content (StatementKeys.of).
CREATE TABLE statement_band (
    band VARCHAR(64) NOT NULL,
    article_id VARCHAR(128) NOT NULL,
    local_id VARCHAR(128) NOT NULL,
    PRIMARY KEY (band, article_id, local_id)
)
;
