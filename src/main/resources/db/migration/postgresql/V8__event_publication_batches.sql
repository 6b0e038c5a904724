-- Kept in step with h2/V8, which widens event_publication.serialized_event; on PostgreSQL it is already text.
select 1;
