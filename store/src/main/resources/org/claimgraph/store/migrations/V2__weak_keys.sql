-- Weak keys (EntityKeys: a person's surname skeleton), kept apart from the strong keys of entity_key: many entities
-- may carry one weak key. full_name says whether the entity carried it under a full name ("Emmanuel Macron") or only
-- under a short one ("Macron"); a short name joins the one full-name entity with its weak key, never two.
CREATE TABLE entity_weak_key (
    weak_key VARCHAR(600) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    full_name BOOLEAN NOT NULL,
    PRIMARY KEY (weak_key, entity_id, full_name)
)
;
CREATE INDEX entity_weak_key_entity ON entity_weak_key (entity_id)
;
