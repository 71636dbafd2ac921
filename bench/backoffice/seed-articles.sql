-- Adds :count copies of the seed article under Articles, published, with one version each, so the back office's
-- screens can be timed against a big tree. Run by measure.sh on a copy of a site's SQLite database.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000),
seed AS (SELECT * FROM cmsNode WHERE Key = 'BA1BA528-A742-466A-A9BE-B8D98B905A00')
INSERT INTO cmsNode (Key, Kind, ParentKey, Level, Path, SortOrder, ContentTypeAlias, Name, TemplateKey, CreateDate,
                     UpdateDate, Trashed, VersionNumber, Edited, CreatorName, WriterName)
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-A'
             || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       seed.Kind, seed.ParentKey, seed.Level, 'bench', 1000 + i, seed.ContentTypeAlias, 'Bench article ' || i,
       seed.TemplateKey, seed.CreateDate, seed.UpdateDate, 0, 1, 0, 'bench', 'bench'
FROM n, seed;

UPDATE cmsNode SET Path = (SELECT Path FROM cmsNode WHERE Key = '3B52C067-66A6-48F0-B2C9-43555F0E59FF') || ',' || Id
WHERE Path = 'bench';

INSERT INTO cmsContentVersion (NodeId, Number, Name, TemplateKey, "Values", Date, UserName, WasPublished)
SELECT n.Id, 1, n.Name, n.TemplateKey, v."Values", v.Date, 'bench', 1
FROM cmsNode n, cmsContentVersion v
WHERE n.CreatorName = 'bench' AND n.VersionNumber = 1
  AND v.Id = (SELECT PublishedVersionId FROM cmsNode WHERE Key = 'BA1BA528-A742-466A-A9BE-B8D98B905A00');

UPDATE cmsNode SET DraftVersionId = (SELECT Id FROM cmsContentVersion WHERE NodeId = cmsNode.Id),
                   PublishedVersionId = (SELECT Id FROM cmsContentVersion WHERE NodeId = cmsNode.Id)
WHERE CreatorName = 'bench';
