-- Customer merge fields a job's spreadsheet carried ({客户称呼}, {积分数}... as columns), per sheet row of the item:
-- { "<row>": { "客户称呼": "王女士", "积分数": "2300" } }. An export fills the approved text's placeholders from
-- them, checked against their types; the approved text around them stays as approved.
ALTER TABLE job_items ADD COLUMN merge_values jsonb NOT NULL DEFAULT '{}';
