-- One AssistsRecorded event carries the assists of a whole transaction (up to huzhu.task.max-assist-batch),
-- far more than 4,000 characters once serialised.
alter table event_publication alter column serialized_event set data type varchar(1000000);
