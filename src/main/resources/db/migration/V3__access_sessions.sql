-- Access: web sessions in PostgreSQL (Spring Session JDBC), so that several instances can serve the same users.
create table access.session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint session_pk primary key (primary_id)
);
create unique index session_ix1 on access.session (session_id);
create index session_ix2 on access.session (expiry_time);
create index session_ix3 on access.session (principal_name);

create table access.session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint session_attributes_fk foreign key (session_primary_id) references access.session (primary_id) on delete cascade
);
