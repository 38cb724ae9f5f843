-- 0008: departments get a short Chinese name, the one a desk says and types
-- (住房, 税务, 公安 …), accepted wherever a department is named. The
-- migration's seed fills it for the shipped departments from
-- data/departments.csv; departments added on site may have none.
ALTER TABLE departments ADD COLUMN short_name_zh TEXT;
