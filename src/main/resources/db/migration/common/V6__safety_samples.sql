-- Spam and ham samples learned from admin decisions (the seed samples ship in safety/spam-samples.txt).
-- Texts are stored with personal data masked.

create table safety_sample (
    id         uuid        primary key,
    kind       varchar(8)  not null,
    text       varchar(4000) not null,
    created_at timestamp with time zone not null,
    constraint ck_safety_sample_kind check (kind in ('SPAM', 'HAM'))
);

create index ix_safety_sample_created on safety_sample (created_at);
