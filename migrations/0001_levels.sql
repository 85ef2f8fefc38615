-- Administrative levels are data. The district level (huyện) ended on 30/6/2025 when local government
-- became two-level (Resolution 202/2025/QH15; Law on Organisation of Local Government 2025).
INSERT INTO "levels" ("code", "name_vi", "name_en", "rank", "valid_from", "valid_to") VALUES
  ('province', 'Cấp tỉnh', 'Provincial level', 1, '1946-11-09', NULL),
  ('district', 'Cấp huyện', 'District level', 2, '1946-11-09', '2025-06-30'),
  ('commune', 'Cấp xã', 'Commune level', 3, '1946-11-09', NULL);
