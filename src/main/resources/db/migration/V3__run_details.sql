-- Cascade run store, schema version 3 (version 2 is left free for the order-path rewrite).
-- What a finished backtest adds so it can be found again and understood without its report folder:
-- the data description after reading (lines read and skipped, the real time range), the period actually
-- sampled, where the report was written and the summary as printed. One row per run, written when the run
-- has finished; a run without a row failed before its report.
CREATE TABLE run_details (
    run_id           BIGINT        NOT NULL PRIMARY KEY REFERENCES runs (id),
    data_description VARCHAR(4000) NOT NULL,
    first_sample_ms  BIGINT        NOT NULL,
    last_sample_ms   BIGINT        NOT NULL,
    report_dir       VARCHAR(2000),              -- absolute path of the report folder; NULL when none was written
    summary_text     CLOB          NOT NULL      -- the summary as printed (summary.txt)
);
