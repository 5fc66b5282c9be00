-- Access: a role may be limited to an area and everything beneath it (area codes are hierarchical, so the limit is a
-- code prefix); null = everywhere. The same role may be held in several areas.
alter table access.user_role drop constraint user_role_pkey;
alter table access.user_role add column id bigint generated always as identity primary key;
alter table access.user_role add column area_code varchar(16) check (area_code ~ '^[0-9]{3,16}$');
alter table access.user_role add constraint user_role_grant_key unique nulls not distinct (user_id, role, area_code);
alter table access.user_role add constraint user_role_admin_everywhere check (role <> 'ADMIN' or area_code is null);
create index user_role_user_idx on access.user_role (user_id);
