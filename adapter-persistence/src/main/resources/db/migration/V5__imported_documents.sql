-- The documents imported into this database, by their stable keys: importing one document twice enters it once.
create table imported_document (
    document_key varchar(200) not null primary key,
    digest varchar(80) not null,
    community_id uuid not null references community (id),
    imported_at timestamp with time zone not null
);

create index imported_document_community on imported_document (community_id, imported_at);
